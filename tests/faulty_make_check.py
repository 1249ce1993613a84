"""scripts/make_check.py with the crash tests' faults (``tests/faulty_regenerate.py``, read from
the same environment variables) in its own process and in the regenerate.py it runs: the
pipeline itself reads no such variable."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from faulty_regenerate import deliver_ctrl_c, fault  # tests/, this script's folder, is first on sys.path
from rtkgen.install import journal as install_journal
from rtkgen.install import output_check as make_check

HERE = Path(__file__).resolve().parent


def _python(script: str, *arguments: str | Path) -> list[str]:
    """make_check's command for a script, regenerate.py being the tests' faulty one."""
    path = HERE / "faulty_regenerate.py" if script == "regenerate.py" else make_check.SCRIPTS / script
    return [sys.executable, str(path), *map(str, arguments)]


if __name__ == "__main__":
    deliver_ctrl_c()
    install_journal.step_hook = fault
    make_check._python = _python
    sys.exit(make_check.main())
