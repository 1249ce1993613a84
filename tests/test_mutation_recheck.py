"""mutation/recheck.py: which tests a survivor of mutmut's run is checked against again, and
what a check's exit says."""

from __future__ import annotations

import os
import signal
import sys
import tomllib
from types import ModuleType

import pytest

from conftest import ROOT


def load_recheck() -> ModuleType:
    sys.path.insert(0, str(ROOT / "mutation"))  # recheck imports its neighbours by name
    try:
        import recheck
    finally:
        sys.path.remove(str(ROOT / "mutation"))
    return recheck


RECHECK = load_recheck()
STATS = {
    "a.b.x_f": ["tests/test_two.py::test_y[1]", "tests/test_one.py::test_x", "tests/test_two.py::test_z"],
    "a.b.xǁCǁm": ["tests/test_three.py::test_w"],
}


@pytest.mark.parametrize(
    ("mutant", "files"),
    [
        ("a.b.x_f__mutmut_3", ["tests/test_one.py", "tests/test_two.py"]),
        ("a.b.xǁCǁm__mutmut_12", ["tests/test_three.py"]),
        ("a.b.x_g__mutmut_1", []),  # reached by no test in mutmut's run
        ("a.b.x_f_too__mutmut_1", []),  # another function whose name starts alike
    ],
)
def test_a_survivor_is_checked_against_the_files_of_the_tests_mutmut_chose(
    mutant: str, files: list[str]
) -> None:
    assert RECHECK.test_files(mutant, STATS) == files


def test_the_whole_selection_keeps_mutmuts_deselections_and_options() -> None:
    pyproject = tomllib.loads((ROOT / "mutation" / "pyproject.toml").read_text(encoding="utf-8"))
    paths, options = RECHECK.selection(pyproject)
    assert paths == ["tests"]
    chosen = pyproject["tool"]["mutmut"]["pytest_add_cli_args_test_selection"]
    deselected = [arg for arg in chosen if arg.startswith("--deselect=")]
    assert deselected and options == [*deselected, "--max-examples", "10"]


def exit_status(code: int | None = None, killed_by: int | None = None) -> int:
    """A real wait status: a child that exits with ``code`` or dies of ``killed_by``."""
    child = os.fork()
    if child == 0:
        if killed_by is not None:
            os.kill(os.getpid(), killed_by)
        os._exit(code or 0)
    _, status = os.waitpid(child, 0)
    return status


@pytest.mark.parametrize(
    ("code", "killed_by", "said"),
    [
        (0, None, "survived"),
        (1, None, "killed"),
        (2, None, "error"),  # interrupted, a collection error: no kill
        (4, None, "error"),
        (None, signal.SIGXCPU, "timeout"),
        (None, signal.SIGKILL, "timeout"),
    ],
)
def test_the_verdict_reads_the_exit_of_the_check(code: int | None, killed_by: int | None, said: str) -> None:
    assert RECHECK.verdict(exit_status(code, killed_by)) == said
