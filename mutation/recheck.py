"""A second look at the survivors of a ``mutmut run``, with more tests than mutmut chose.

Run by ``make mutation`` in its workspace (.mutation/), after ``mutmut run`` and before score.py.

mutmut runs a mutant against the tests that reached its function when it ran the suite once
(``mutants/mutmut-stats.json``). A function called at import, such as a codec factory of
model_base (run when a models module is first imported), or whose result is memoized, such as
the facade's renderings, is reached once in that run, by whichever test came first: the tests
that would kill its mutants are not chosen, and the mutant survives. Each survivor not listed in
equivalent.md is run again (as killcheck.py runs one: a fork, the project imported anew, a CPU
limit) against every test of the files its chosen tests are in, and, if it lives through that,
against the whole selection of mutation/pyproject.toml (every test that runs in-process).

The verdicts go to ``recheck.json`` in the workspace, which score.py reads: a mutant a test kills
here counts as killed. The tests must pass without a mutant first (exit 2 otherwise).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from killcheck import WORKSPACE, start
from score import EQUIVALENT_LIST, judged_equivalent, surviving

VERDICTS = WORKSPACE.parent / "recheck.json"
CPU_LIMIT_SECONDS = 600  # a mutant that loops is stopped (and counted killed, as mutmut counts a timeout)
JOBS = max(1, len(os.sched_getaffinity(0)))


def function_of(mutant: str) -> str:
    """The mangled function a mutant belongs to (``a.b.x_f__mutmut_3`` -> ``a.b.x_f``)."""
    return mutant.rpartition("__mutmut_")[0]


def test_files(mutant: str, tests_by_function: Mapping[str, Iterable[str]]) -> list[str]:
    """The files of the tests mutmut chose for ``mutant``, in order."""
    return sorted({test.partition("::")[0] for test in tests_by_function.get(function_of(mutant), ())})


def selection(pyproject: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(the test paths of mutmut's selection, the options that go with any subset of it: its
    ``--deselect``s and its other pytest options), from ``[tool.mutmut]``; ``-m "not slow"`` is
    in killcheck's arguments already."""
    settings = pyproject["tool"]["mutmut"]
    chosen: list[str] = list(settings["pytest_add_cli_args_test_selection"])
    paths = [arg for arg in chosen if not arg.startswith("-") and arg != "not slow"]
    options = [arg for arg in chosen if arg.startswith("--deselect=")]
    return paths, options + list(settings["pytest_add_cli_args"])


def verdict(status: int) -> str:
    """killed (a test failed), timeout (stopped at the CPU limit), survived (every test passed),
    or error (pytest could not run them: counted as no kill)."""
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        return "timeout"
    return {0: "survived", 1: "killed"}.get(os.waitstatus_to_exitcode(status), "error")


def run_all(jobs: list[tuple[str, list[str]]]) -> dict[str, str]:
    """Each (mutant, tests) run, ``JOBS`` at a time; mutant -> verdict."""
    pending, running, done = list(reversed(jobs)), dict[int, str](), dict[str, str]()
    while pending or running:
        while pending and len(running) < JOBS:
            mutant, tests = pending.pop()
            running[start(mutant, tests, CPU_LIMIT_SECONDS)] = mutant
        pid, status = os.wait()
        mutant = running.pop(pid)
        done[mutant] = verdict(status)
        print(f"{done[mutant]} {mutant}", flush=True)
    return done


def _pass_without_a_mutant(tests: list[str]) -> bool:
    """Whether ``tests`` pass on the original code (else every mutant would look killed)."""
    _, status = os.waitpid(start(None, tests, CPU_LIMIT_SECONDS), 0)
    if os.waitstatus_to_exitcode(status) == 0:
        return True
    print("recheck: the tests fail without a mutant: fix them first", file=sys.stderr)
    return False


def main() -> int:
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    results = subprocess.run(
        [mutmut, "results", "--all", "true"], cwd=WORKSPACE.parent, check=True, capture_output=True, text=True
    )
    listed = set(judged_equivalent(EQUIVALENT_LIST.read_text(encoding="utf-8")))
    survivors = [name for name in surviving(results.stdout) if name not in listed]
    stats = json.loads((WORKSPACE / "mutmut-stats.json").read_text(encoding="utf-8"))
    pyproject = tomllib.loads((WORKSPACE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    everything, options = selection(pyproject)
    os.chdir(WORKSPACE)
    sys.dont_write_bytecode = False  # each fork imports the project anew: from .pyc, not source
    files = {name: test_files(name, stats["tests_by_mangled_function_name"]) for name in survivors}
    used = sorted({file for chosen in files.values() for file in chosen})
    if used and not _pass_without_a_mutant([*used, *options]):
        return 2
    print(f"recheck: {len(survivors)} survivor(s) not listed as equivalent, against their tests' files")
    verdicts = run_all([(name, [*files[name], *options]) for name in survivors if files[name]])
    alive = [name for name in survivors if verdicts.get(name, "survived") == "survived"]
    print(f"recheck: {len(alive)} still alive, against every test of the selection")
    if alive and not _pass_without_a_mutant([*everything, *options]):
        return 2
    verdicts |= run_all([(name, [*everything, *options]) for name in alive])
    VERDICTS.write_text(json.dumps(dict(sorted(verdicts.items())), indent=1) + "\n", encoding="utf-8")
    killed = sum(verdict in ("killed", "timeout") for verdict in verdicts.values())
    print(f"recheck: {killed} of {len(survivors)} killed ({VERDICTS.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
