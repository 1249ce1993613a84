"""scripts/regenerate.py with a fault at one step, for the crash tests (run as a script, in a
subprocess, with regenerate.py's arguments). The faults are the tests' own: the pipeline only
calls ``rtkgen.install.journal.reached(step)``, whose ``step_hook`` this wrapper replaces. Which fault,
and where, is read here (never by the pipeline) from the environment:

- ``REGENERATE_CRASH_AT=STEP``: the process dies there (``os._exit(CRASH_EXIT)``, no cleanup,
  like SIGKILL);
- ``REGENERATE_INTERRUPT_AT=STEP``: KeyboardInterrupt there (Ctrl-C);
- ``REGENERATE_SIGINT_AT=STEP``: the process sends itself SIGINT there (a real Ctrl-C: deferred
  where the pipeline defers signals, ``rtkgen.install.journal.signals_deferred``);
- ``REGENERATE_PAUSE_AT=STEP``: prints ``paused at STEP`` and waits for a line on stdin.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from rtkgen.install import journal as install_journal
from rtkgen.install import pipeline as regenerate

CRASH_EXIT = 70
CRASH_AT, INTERRUPT_AT, PAUSE_AT = "REGENERATE_CRASH_AT", "REGENERATE_INTERRUPT_AT", "REGENERATE_PAUSE_AT"
SIGINT_AT = "REGENERATE_SIGINT_AT"


def fault(step: str) -> None:
    """The fault the environment asks for at ``step``, if any (see the module doc)."""
    if os.environ.get(CRASH_AT) == step:
        os._exit(CRASH_EXIT)
    if os.environ.get(INTERRUPT_AT) == step:
        raise KeyboardInterrupt
    if os.environ.get(SIGINT_AT) == step:
        os.kill(os.getpid(), signal.SIGINT)
    if os.environ.get(PAUSE_AT) == step:
        print(f"paused at {step}", flush=True)
        sys.stdin.readline()


def deliver_ctrl_c() -> None:
    """Ctrl-C raises KeyboardInterrupt, as in a terminal, even when the test run was started in
    the background: a shell without job control starts background commands with SIGINT ignored,
    and Python then keeps it ignored, so a Ctrl-C test would wait forever."""
    signal.signal(signal.SIGINT, signal.default_int_handler)


if __name__ == "__main__":
    deliver_ctrl_c()
    install_journal.step_hook = fault
    gc.disable()  # as regenerate.py's own entry point does
    sys.exit(regenerate.main(sys.argv[1:]))
