"""Which files of a client folder are generated, and keeping the others across a regeneration.

Every generated client holds ``.generated-files``: the sorted list of the files the generator
made (paths relative to the folder, ``/``-separated). A file of the old client that is not in
its list (nor in ``git ls-files`` when an old client has no list) was put there by someone
else: it is copied into the new client, and named, instead of being deleted with the old one.
Python's ``__pycache__`` folders are caches and are not kept. When the old client has no list
and is not tracked by git, its files that the new client lacks cannot be told apart from
generated ones that went away: the run is refused with their names.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

MANIFEST = ".generated-files"


class ForeignFiles(RuntimeError):
    """Files of the old client that regenerating would lose; the message names them."""


def tree_files(folder: Path) -> list[str]:
    """The files under ``folder`` (relative, sorted), caches left out (``os.walk`` on strings:
    a large client has 24,000 files)."""
    found: list[str] = []
    root = str(folder)
    for parent, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        prefix = os.path.relpath(parent, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.extend(prefix + name for name in files if name != "__pycache__")
        # a symbolic link to a folder is listed as a folder: it is a file of the tree here
        found.extend(prefix + name for name in folders if os.path.islink(os.path.join(parent, name)))
    return sorted(found)


def named(files: list[str], shown: int = 5) -> str:
    """The first ``shown`` of ``files``, and how many more there are."""
    more = len(files) - shown
    return ", ".join(files[:shown]) + (f" and {more} more" if more > 0 else "")


def write_manifest(folder: Path) -> None:
    """List the files of the freshly generated ``folder`` in its manifest (deterministic)."""
    files = [name for name in tree_files(folder) if name != MANIFEST]
    (folder / MANIFEST).write_text("".join(f"{name}\n" for name in [MANIFEST, *files]), encoding="utf-8")


def _git_tracked(folder: Path) -> set[str] | None:
    try:
        run = subprocess.run(
            ["git", "ls-files", "-z", "--", "."], cwd=folder, capture_output=True, check=False
        )
    except OSError:
        return None
    names = {name for name in run.stdout.decode("utf-8", "surrogateescape").split("\0") if name}
    return names if run.returncode == 0 and names else None


def generated_by_record(folder: Path) -> set[str] | None:
    """The generated files of an existing client, from its manifest or else git; None if unknown."""
    manifest = folder / MANIFEST
    if manifest.is_file():
        return {line for line in manifest.read_text(encoding="utf-8").splitlines() if line}
    return _git_tracked(folder)


def carry_over(old: Path, new: Path) -> list[str]:
    """Copy into ``new`` the files of ``old`` nobody generated; returns their names.

    Raises :class:`ForeignFiles` naming the files when one would overwrite a generated file,
    or when ``old`` has no record of what was generated and holds files ``new`` lacks.
    """
    if not old.is_dir():
        return []
    present = tree_files(old)
    fresh = set(tree_files(new))
    generated = generated_by_record(old)
    if generated is None:
        unknown = [name for name in present if name not in fresh]
        if unknown:
            raise ForeignFiles(
                f"{old} has no {MANIFEST} and is not tracked by git, so these files, which the new "
                f"client lacks, may be yours: {', '.join(unknown)}; move or delete them and run again"
            )
        return []
    foreign = [name for name in present if name not in generated]
    clashing = [name for name in foreign if name in fresh]
    if clashing:
        raise ForeignFiles(
            f"these files of {old} are not generated but the new client has files of the same "
            f"name: {', '.join(clashing)}; move them away and run again"
        )
    for name in foreign:
        (new / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(old / name, new / name, follow_symlinks=False)
    return foreign
