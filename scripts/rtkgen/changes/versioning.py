"""The generated package's next version, from the API changes.

Versions are ``MAJOR.MINOR.PATCH``. A breaking change bumps the minor version while the major
is 0 (``0.3.2`` -> ``0.4.0``; semantic versioning's rule for initial development) and the major
version from 1.0 on (``1.3.2`` -> ``2.0.0``); other changes bump the patch version; no change
keeps the version.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rtkgen.changes.compare import Change

_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; raises ValueError for anything else."""
    match = _VERSION.fullmatch(text)
    if match is None:
        raise ValueError(f"version {text!r} is not MAJOR.MINOR.PATCH (such as 0.1.0)")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def next_version(current: str, changes: Iterable[Change]) -> str:
    """The version after ``current`` for ``changes`` (see the module docstring)."""
    major, minor, patch = parse_version(current)
    items = list(changes)
    if not items:
        return current
    if any(change.breaking for change in items):
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    return f"{major}.{minor}.{patch + 1}"
