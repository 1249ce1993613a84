"""Runs chosen tests against chosen mutants of ``make mutation``'s workspace: the check, while
writing a test, that it kills the survivors it is meant to.

usage (from the repository, after a ``make mutation`` run or a part of one)::

    .venv-mutation/bin/python mutation/killcheck.py MUTANTS_FILE TEST [TEST ...]

MUTANTS_FILE lists mutant names, one a line (``rtkgen.overlays.apply.x__kind__mutmut_2``); the
TESTs are pytest arguments relative to the workspace (copy a new test file into
``.mutation/mutants/tests/`` first). The tests run once without a mutant (they must pass), then
once per mutant in a process forked from this one, with the mutant switched on as mutmut does
(``MUTANT_UNDER_TEST``) and the project imported anew (the workspace's conftest.py). Prints
KILLED, SURVIVED or ERROR per mutant and the total; exits 1 when a mutant survives, 2 when the
tests fail without one.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

import pytest

WORKSPACE = Path(__file__).resolve().parent.parent / ".mutation" / "mutants"
ARGUMENTS = ["--rootdir=.", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-m", "not slow"]


def start(mutant: str | None, tests: list[str], cpu_seconds: int | None = None) -> int:
    """Fork a child that runs ``tests`` with ``mutant`` switched on (None: the original code),
    stopped by SIGXCPU after ``cpu_seconds`` of CPU when given; its pid."""
    child = os.fork()
    if child == 0:
        if cpu_seconds is not None:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        if mutant is not None:
            os.environ["MUTANT_UNDER_TEST"] = mutant
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (the child ends below)
        os._exit(int(pytest.main([*ARGUMENTS, *tests])))
    return child


def outcome(mutant: str | None, tests: list[str]) -> int:
    """pytest's exit code for ``tests`` with ``mutant`` switched on (None: the original code)."""
    _, status = os.waitpid(start(mutant, tests), 0)
    return os.waitstatus_to_exitcode(status)


def verdict(code: int) -> str:
    """What pytest's exit code says of a mutant: 1 is a failed test, 0 all passed."""
    return {0: "SURVIVED", 1: "KILLED"}.get(code, f"ERROR(exit {code})")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    mutants = [line.strip() for line in Path(argv[0]).read_text().splitlines() if line.strip()]
    os.chdir(WORKSPACE)
    sys.dont_write_bytecode = False  # each fork imports the project anew: from .pyc, not source
    if outcome(None, argv[1:]) != 0:
        print("the tests fail without a mutant: fix them first", file=sys.stderr)
        return 2
    killed = 0
    for mutant in mutants:
        said = verdict(outcome(mutant, argv[1:]))
        killed += said == "KILLED"
        print(f"{said} {mutant}", flush=True)
    print(f"{killed} of {len(mutants)} killed")
    return 0 if killed == len(mutants) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
