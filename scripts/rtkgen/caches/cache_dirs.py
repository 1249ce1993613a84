"""Where the pipeline keeps its caches: ``.cache/NAME`` at the repository's root, or
``$PIPELINE_CACHE/NAME`` when that is set (the bench and the tests point it at a folder of their
own, to start from an empty cache). Every cache is keyed by the content it was made from and the
code that made it, so deleting any of them is always safe; ``.gitignore`` ignores ``.cache/``."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def cache_root() -> Path:
    """The folder of all the caches (not created)."""
    return Path(os.environ.get("PIPELINE_CACHE") or ROOT / ".cache")


def cache_dir(name: str) -> Path:
    """The folder of the cache ``name`` (not created)."""
    return cache_root() / name
