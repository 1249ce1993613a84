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
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Mapping
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


def _faulty_main(arguments: list[str]) -> int:
    """regenerate.py's main with the environment's fault in place, as this script runs it."""
    deliver_ctrl_c()
    install_journal.step_hook = fault
    gc.disable()  # as regenerate.py's own entry point does
    return regenerate.main(arguments)


def run_forked(arguments: list[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """This script run with ``arguments`` and ``env`` added to the environment, in a process of
    its own forked from the caller: the same process this script would be (it dies at the
    fault with ``os._exit``, its output is what it wrote to its file descriptors 1 and 2), without
    starting Python and importing the pipeline again (0.3 s of the 0.7 s a crash run takes). The
    caller must have imported nothing that a fresh ``regenerate.py`` would not see anew: the
    pipeline keeps no state between runs (``regenerate.main`` is called many times per test
    process already)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", buffering=1, encoding="utf-8", closefd=False)  # noqa: SIM115
                os.environ.update(env)
                code = _faulty_main(arguments)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 1
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        command = [sys.executable, __file__, *arguments]
        stdout, stderr = out.read().decode("utf-8"), err.read().decode("utf-8")
        return subprocess.CompletedProcess(command, os.waitstatus_to_exitcode(status), stdout, stderr)


if __name__ == "__main__":
    sys.exit(_faulty_main(sys.argv[1:]))
