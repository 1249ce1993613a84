"""ruff's fixes and formatting of the files the pipeline renders itself, cached by what decides them.

The facade (``facade.py``, ``paged.py``: 300,000 lines for 2,600 operations) and, in a sharded
build, ``models/__init__.py`` are rendered by this project and then fixed and formatted by ruff,
as the generator's post hooks do for its own files: about 2 s at that scale, on every run,
though most runs render the very same text. :func:`ruff_in_place` writes the rendered texts and
runs the ruff commands on them, unless ``.cache/ruff/`` (``rtkgen.caches.cache_dirs``) holds the result for
the same key: the SHA-256 of ruff's version, the commands, the files' paths and rendered texts,
and the ruff settings that apply to them (``[tool.ruff]`` and ``requires-python`` of the
project's ``pyproject.toml``, or a ``ruff.toml``). When the settings cannot be told from the
project (none there, or one that ``extend``s another file) nothing is cached. Only the newest
:data:`KEEP` results are kept; deleting the folder is always safe. Each result carries the hash
of its content (``rtkgen.caches.cache_entry``): one changed since it was written is a miss, with a warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Mapping, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from rtkgen.caches.cache_entry import read_entry, write_entry

KEEP = 4


def _replace(path: Path, text: str) -> None:
    """``text`` as a new file at ``path`` (never a write into the old one, whose inode another
    folder may share)."""
    fresh = path.with_name(f".{path.name}.new")
    fresh.write_bytes(text.encode("utf-8"))
    os.replace(fresh, path)


def _settings(project: Path, relative: str) -> Any:
    """The ruff settings that apply to ``project/relative``, as ruff finds them (the nearest
    folder with a ``ruff.toml``, ``.ruff.toml`` or a ``pyproject.toml`` with ``[tool.ruff]``);
    None when they are not inside ``project`` or name another file."""
    folder = (project / relative).parent
    while True:
        for name in ("ruff.toml", ".ruff.toml"):
            if (folder / name).is_file():
                settings = tomllib.loads((folder / name).read_text(encoding="utf-8"))
                return None if "extend" in settings else {name: settings}
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            loaded = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            table = loaded.get("tool", {}).get("ruff")
            if table is not None:
                if "extend" in table:
                    return None
                python = loaded.get("project", {}).get("requires-python")
                return {"pyproject.toml": table, "requires-python": python}
        if folder == project or folder == folder.parent:
            return None
        folder = folder.parent


def _key(project: Path, texts: Mapping[str, str], commands: Sequence[Sequence[str]]) -> str | None:
    settings = [_settings(project, relative) for relative in texts]
    if any(found is None for found in settings):
        return None
    digest = hashlib.sha256(version("ruff").encode() + b"\0")
    digest.update(json.dumps([list(map(list, commands)), settings], sort_keys=True).encode() + b"\0")
    for relative, text in texts.items():
        digest.update(relative.encode() + b"\0" + text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _cached(cache: Path, key: str, names: Sequence[str]) -> dict[str, str] | None:
    content = read_entry(cache / f"{key}.json")
    try:
        loaded = None if content is None else json.loads(content.decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(loaded, dict) or sorted(loaded) != sorted(names):
        return None
    if not all(isinstance(text, str) for text in loaded.values()):
        return None
    return loaded


def _store(cache: Path, key: str, result: Mapping[str, str]) -> None:
    if not write_entry(cache / f"{key}.json", json.dumps(result, ensure_ascii=False).encode("utf-8")):
        return
    try:
        entries = sorted(cache.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def ruff_in_place(
    project: Path,
    texts: Mapping[str, str],
    commands: Sequence[Sequence[str]],
    env: Mapping[str, str] | None = None,
    cache: Path | None = None,
) -> None:
    """Write ``texts`` (path relative to ``project`` -> rendered text) into ``project`` and run
    each of ruff's ``commands`` (its arguments; the files are appended) there, one after the
    other; with a ``cache`` folder, the files ruff gave for the same key instead (see the
    module doc). Raises RuntimeError with ruff's output when it fails."""
    key = _key(project, texts, commands) if cache is not None else None
    if cache is not None and key is not None:
        found = _cached(cache, key, list(texts))
        if found is not None:
            for relative, text in found.items():
                _replace(project / relative, text)
            return
    for relative, text in texts.items():
        _replace(project / relative, text)
    for command in commands:
        run = [sys.executable, "-m", "ruff", *command, *texts]
        done = subprocess.run(
            run, cwd=project, env=None if env is None else dict(env), capture_output=True, text=True
        )
        if done.returncode != 0:
            named = ", ".join(texts)
            raise RuntimeError(f"ruff {' '.join(command)} failed on {named}:\n{done.stdout}{done.stderr}")
    if cache is not None and key is not None:
        result = {relative: (project / relative).read_bytes().decode("utf-8") for relative in texts}
        _store(cache, key, result)
