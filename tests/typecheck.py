"""mypy on programs written against the generated client, as a user's CI would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, shared_cache


def run_mypy(files: list[Path], config: str, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """mypy on ``files`` with the settings ``config`` (a mypy.ini text, written into ``folder``),
    the generated client on its path; the completed run (stdout holds the messages)."""
    ini = folder / "mypy.ini"
    ini.write_text(config)
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(ini),
        "--cache-dir",
        str(shared_cache("mypy")),
    ]
    return subprocess.run(
        [*command, *args, *(str(file) for file in files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"MYPYPATH": str(ROOT / "generated_client"), "PATH": ""},
    )
