"""The facade's reading of each operation module, kept while the modules it was read from stay
the same.

Reading an operation for the facade parses its module and the models it names (its body model,
its success model, the model inside the envelope): about 7,500 modules for 2,600 operations,
11 s, on every regeneration, though a one-file change of the docs changes the modules of one
tag only. :class:`Endpoints` keeps each :class:`reading.Endpoint` with the modules it was read
from and the SHA-256 of their bytes (``Package.read``); on the next run an endpoint is taken
from the cache only when every one of those files still has exactly those bytes, else it is
read again. ``read_endpoint`` reads files only through its ``Package``, so the list is
complete, and an endpoint is a function of those bytes alone: a cached run gives the facade an
uncached one gives (``tests/test_generator_speed.py`` compares them).

The cache is one pickle file in ``.cache/facade/`` (``rtkgen.caches.cache_dirs``), named after the SHA-256 of
``reading.py``, of this module and of the Python version: changing the code starts an empty
one. It holds the endpoints of the latest run and up to :data:`KEEP_OTHERS` earlier ones; a file
that cannot be read is ignored, and deleting the folder is always safe. The file carries the
hash of its content (``rtkgen.caches.cache_entry``), checked before it is unpickled: one changed since it was
written is a miss, with a warning. (A pickle runs code
when loaded: the folder is the repository's own, as trusted as its scripts.)
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from rtkgen.caches.cache_entry import read_entry, write_entry
from rtkgen.facade.reading import Endpoint, Package, digest, read_endpoint

KEEP_OTHERS = 3_000  # cached endpoints kept beyond those of the latest run
_CODE = digest(
    Path(__file__).with_name("reading.py").read_bytes() + Path(__file__).read_bytes() + sys.version.encode()
)[:16]

Entry = tuple[dict[str, str], Endpoint]  # (module -> SHA-256 of its bytes, the endpoint read from them)


class Endpoints:
    """The operation modules of the package at ``root``, read for the facade (from the cache
    folder ``cache`` when it has them; None: no cache)."""

    def __init__(self, root: Path, cache: Path | None) -> None:
        self.package = Package(root)
        self.file = None if cache is None else cache / f"endpoints-{_CODE}.pickle"
        self._known: dict[str, Entry] = self._load()
        self._used: dict[str, Entry] = {}
        self._digests: dict[str, str | None] = {}
        self.fresh = 0  # endpoints read anew

    def _load(self) -> dict[str, Entry]:
        if self.file is None:
            return {}
        content = read_entry(self.file)
        if content is None:
            return {}
        try:
            loaded = pickle.loads(content)
        except Exception:  # any unreadable cache is no cache
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def _digest(self, dotted: str) -> str | None:
        if dotted not in self._digests:
            try:
                self._digests[dotted] = digest(self.package.path(dotted).read_bytes())
            except OSError:
                self._digests[dotted] = None
        return self._digests[dotted]

    def read(self, dotted: str) -> Endpoint:
        """The endpoint of the operation module ``dotted`` (``reading.read_endpoint``)."""
        entry = self._known.get(dotted)
        if entry is None or any(self._digest(module) != sha for module, sha in entry[0].items()):
            self.package.read = {}
            endpoint = read_endpoint(self.package, dotted)
            entry = (dict(self.package.read), endpoint)
            self.fresh += 1
        self._used[dotted] = entry
        return entry[1]

    def save(self) -> None:
        """Write the cache back when this run read endpoints anew (best effort)."""
        if self.file is None or not self.fresh:
            return
        kept = dict(self._used)
        for dotted, entry in self._known.items():
            if len(kept) >= len(self._used) + KEEP_OTHERS:
                break
            kept.setdefault(dotted, entry)
        if not write_entry(self.file, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)):
            return
        try:
            for old in self.file.parent.glob("endpoints-*.pickle"):
                if old != self.file:
                    old.unlink(missing_ok=True)
        except OSError:
            return
