"""The one rule for every cache entry of the pipeline: it carries the SHA-256 of its content and
is verified on read.

An entry file is one line ``sha256:HEX`` and then the content (bytes: JSON, a pickle, a list of
file hashes). :func:`read_entry` gives the content back only when its hash is the one written
with it: a file changed by hand, by a tool or by a bad disk is a miss (the caller makes the
result anew and writes the entry again), never a wrong output, and one warning line on stderr
names it. A missing or unreadable file is a plain miss, with no warning. :func:`write_entry`
writes an entry atomically (readers see the old entry or the new one), best effort: a cache
that cannot be written is no cache. A cache folder holding several files (a shard of
``rtkgen.generator.sharded_generation``) lists their hashes in one such entry (:func:`tree_hashes`,
:func:`tree_matches`).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

_PREFIX = b"sha256:"
_HEADER = len(_PREFIX) + 64 + 1  # the prefix, 64 hex digits, a newline


def digest(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex."""
    return hashlib.sha256(data).hexdigest()


def warn_corrupt(path: Path, what: str = "does not match the hash it was written with") -> None:
    """The one warning line for an entry that is not what was written."""
    print(f"warning: cache entry {path} {what}; ignored, made anew", file=sys.stderr)


def read_entry(path: Path) -> bytes | None:
    """The content of the entry ``path``; None (a miss) when there is none or it fails its
    hash (then with a warning naming it)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    content = data[_HEADER:]
    header = data[:_HEADER]
    if header != _PREFIX + digest(content).encode("ascii") + b"\n":
        warn_corrupt(path)
        return None
    return content


def write_entry(path: Path, content: bytes) -> bool:
    """Write ``content`` as the entry ``path`` (atomically; no temporary file is left, even on
    Ctrl-C); False when it could not be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_PREFIX + digest(content).encode("ascii") + b"\n" + content)
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return True


def tree_hashes(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file under ``folder`` (``/``-separated relative path -> hash)."""
    hashes: dict[str, str] = {}
    root = str(folder)
    for parent, _, files in os.walk(root):
        for name in files:
            file = os.path.join(parent, name)
            with open(file, "rb") as stream:
                hashes[os.path.relpath(file, root).replace(os.sep, "/")] = digest(stream.read())
    return hashes


def tree_matches(
    folder: Path, hashes: Mapping[str, str], skip: frozenset[str] = frozenset(), quiet: bool = False
) -> bool:
    """Whether the files under ``folder`` (but ``skip``) are exactly ``hashes``; else False,
    with a warning naming the first file that differs (or is missing, or was added) unless
    ``quiet``."""
    try:
        found = {name: sha for name, sha in tree_hashes(folder).items() if name not in skip}
    except OSError:
        found = {}
    for name in sorted(set(found) | set(hashes)):
        if found.get(name) != hashes.get(name):
            what = "is missing" if name not in found else "was not written with the entry"
            if name in found and name in hashes:
                what = "does not match the hash it was written with"
            if not quiet:
                warn_corrupt(folder / name, what)
            return False
    return True
