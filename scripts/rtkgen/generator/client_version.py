"""Set the version of a generated client after it was generated.

The package version is the spec's ``info.version``, which the generator writes in three places:
``pyproject.toml`` (``version = "X"``), the package's ``__init__.py`` (``__version__ = "X"``) and
the first line of ``README.md`` (``# name X``, scripts/rtkgen/facade/readme.py). The version is final
only once the new client has been compared with the old one (rtkgen.changes.settle.settle_client),
so ``regenerate.py`` generates with the version the spec comparison gives and, when the merged
verdict gives another, sets it here; the shards of a large spec are all generated at version
0.0.0 and given theirs here too (sharded_generation: so a version bump regenerates no shard).
Each place must hold the old version exactly once, or
nothing is changed and RuntimeError says where. Files are replaced, never written in place: a
generated file may be a hard link to the previous client's (sharded_generation).
"""

from __future__ import annotations

import re
from pathlib import Path

from rtkgen.converter.yaml_writer import write_atomically


def _places(project: Path, readme: bool) -> list[tuple[Path, str, str]]:
    """(file, what comes before the version on its line, what comes after)."""
    packages = sorted(p.parent for p in project.glob("*/__init__.py"))
    if len(packages) != 1:
        raise RuntimeError(f"{project}: cannot set the version: expected one package, found {len(packages)}")
    places = [
        (project / "pyproject.toml", r'^version = "', r'"$'),
        (packages[0] / "__init__.py", r'^__version__ = "', r'"$'),
    ]
    return [*places, (project / "README.md", r"^# \S+ ", r"$")] if readme else places


def set_client_version(project: Path, old: str, new: str, *, readme: bool = True) -> None:
    """Replace version ``old`` by ``new`` in the generated project folder ``project`` (not in
    its README with ``readme=False``: before the facade step writes it, it has no version)."""
    if old == new:
        return
    edits: list[tuple[Path, str]] = []
    for path, before, after in _places(project, readme):
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        line = re.compile(f"({before}){re.escape(old)}({after})", re.MULTILINE)
        edited, count = line.subn(lambda match: f"{match.group(1)}{new}{match.group(2)}", text)
        if count != 1:
            raise RuntimeError(f"{path}: cannot set the version: {count} line(s) with version {old}")
        edits.append((path, edited))
    for path, text in edits:
        write_atomically(path, text)
