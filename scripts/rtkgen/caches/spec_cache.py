"""JSON twins of the specs this project wrote, keyed by the SHA-256 of the YAML text.

Loading a 12 MB spec (2,600 operations) with PyYAML's C loader takes about 20 s, JSON 0.2 s.
``regenerate.py`` remembers the spec it installs; the next run loads the previous spec from its
twin when the file's bytes are still exactly those (any edit changes the key, and the YAML is
read as before). The twins live in ``.cache/specs/`` at the repository's root (``rtkgen.caches.cache_dirs``;
ignored by git); only the newest :data:`KEEP` are kept. Removing the folder is always safe. Each
twin carries the hash of its content (``rtkgen.caches.cache_entry``): a twin changed since it was written is a
miss, with a warning, and the YAML is read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from rtkgen.caches.cache_dirs import cache_dir
from rtkgen.caches.cache_entry import read_entry, write_entry

CACHE = cache_dir("specs")
KEEP = 4


def _twin(data: bytes, cache: Path) -> Path:
    return cache / f"{hashlib.sha256(data).hexdigest()}.json"


def cached_document(path: Path, cache: Path = CACHE) -> dict[str, Any] | None:
    """The document of the YAML file ``path`` from its twin, or None when there is none."""
    try:
        content = read_entry(_twin(path.read_bytes(), cache))
        loaded = None if content is None else json.loads(content.decode("utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def remember(path: Path, document: dict[str, Any], cache: Path = CACHE) -> None:
    """Keep ``document`` as the twin of the YAML file ``path`` (written from it); best effort."""
    try:
        twin = _twin(path.read_bytes(), cache)
        # dumps: the C encoder
        if not write_entry(twin, json.dumps(document, ensure_ascii=False).encode("utf-8")):
            return
        twins = sorted(cache.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in twins[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
