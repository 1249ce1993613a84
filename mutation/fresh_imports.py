"""Makes every pytest session of a ``make mutation`` run import the project anew.

`make mutation` copies this file to its workspace as conftest.py (named so here, mypy would see
two modules called conftest).

mutmut runs each mutant's tests in a process forked from its own, which has already run the whole
suite once (to learn which tests reach which function). Whatever that run computed from the
original code stays in the fork: the models' codecs built at import, the facade's resolved
operations, functools caches. A mutant of the code behind them is then never run, and the tests
that kill it pass. pytest imports this file at the start of each session, before the tests'
own conftest and test modules; it drops every module loaded from the workspace (the mutated
sources, the generated client, the tests and their helpers), so that they are imported again
with the mutant switched on. Libraries (pytest, hypothesis, httpx, ...) stay imported: that is
what makes a fork cheaper than a fresh process.
"""

from __future__ import annotations

import sys
from pathlib import Path

WORKSPACE = Path(__file__).resolve().parent


def _loaded_from_workspace(module: object) -> bool:
    """Whether a module's file lies in the workspace (not a library, not mutmut itself)."""
    file = getattr(module, "__file__", None)
    if not file:
        return False
    return Path(file).resolve().is_relative_to(WORKSPACE)


def forget_workspace_modules() -> list[str]:
    """Removes the workspace's modules from ``sys.modules``; returns their names."""
    names = [
        name
        for name, module in list(sys.modules.items())
        if name != __name__ and _loaded_from_workspace(module)
    ]
    for name in names:
        del sys.modules[name]
    return names


forget_workspace_modules()
