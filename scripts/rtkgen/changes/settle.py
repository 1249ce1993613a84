"""The steps of ``regenerate.py`` that compare the new spec and client with the previous ones.

``settle_document`` runs once the new spec is final (after overlays and shapes), before the
client is generated: it compares it with the previous spec (the committed ``openapi.yaml``),
puts the version those changes give in its ``info.version`` (the generator takes the package
version from there) and returns the report with the text (``settle_text`` does the same from a
spec's text). ``settle_client`` runs once the new client is generated: it compares its public
Python API with the previous client's (``python_api``), merges both lists (``merge``) and sets
the version the merged list gives; ``regenerate.py`` then sets it in the client too
(``rtkgen.generator.client_version``) and writes the spec once. ``Settlement.changelog``
gives CHANGES.md's new text; ``regenerate.py`` writes it together with the spec and the
client. With no previous spec there is nothing to compare: the new version stays and no entry
is written. A run with no API change writes no entry and keeps the
version, so regenerating twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rtkgen.caches.spec_cache import cached_document
from rtkgen.changes.compare import Change, compare_documents, match_operations
from rtkgen.changes.merge import merge_changes
from rtkgen.changes.python_api import compare_clients
from rtkgen.changes.report import changelog_entry, format_report, prepend_entry
from rtkgen.changes.versioning import next_version, parse_version
from rtkgen.converter.yaml_writer import to_yaml, write_atomically
from rtkgen.core.openapi_common import load_yaml


@dataclass(frozen=True)
class Settlement:
    """The outcome of the comparison: versions, changes and the report."""

    previous_version: str | None  # None: there was no previous spec
    version: str
    changes: tuple[Change, ...]
    previous: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)  # its document
    note: str = ""  # said after the version (the Python API could not be compared)

    @property
    def report(self) -> str:
        return format_report(self.changes)

    def summary(self) -> str:
        """What ``make generate`` prints: the report and the version."""
        if self.previous_version is None:
            return f"no previous spec to compare with; version {self.version}"
        if self.version == self.previous_version:
            summary = f"{self.report}\nversion {self.version} (unchanged)"
        else:
            summary = f"{self.report}\nversion {self.previous_version} -> {self.version}"
        return f"{summary}\n{self.note}" if self.note else summary

    def changelog(self, current: str, date: str) -> str | None:
        """CHANGES.md's new text (``current`` is its text now), or None when there is no entry."""
        if self.previous_version is None or not self.changes:
            return None
        return prepend_entry(current, changelog_entry(self.version, self.previous_version, date, self.report))


def _checked(document: Any, source: str) -> dict[str, Any]:
    if not isinstance(document, dict) or not isinstance(document.get("info"), dict):
        raise ValueError(f"{source}: not an OpenAPI document (no info object)")
    version = document["info"].get("version")
    try:
        parse_version(str(version))
    except ValueError as exc:
        raise ValueError(f"{source}: info.version: {exc}") from exc
    return document


def load_spec(path: Path) -> dict[str, Any]:
    """The OpenAPI document at ``path``; ValueError naming the file when it is not one.

    A spec this project wrote is read from its JSON twin when its bytes are unchanged
    (``rtkgen.caches.spec_cache``: the same document, a hundred times faster than YAML)."""
    document = cached_document(path)
    if document is None:
        try:
            document = load_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: cannot read the OpenAPI document: {exc}") from exc
    return _checked(document, str(path))


def settle_document(
    previous: Path, document: dict[str, Any], loaded: dict[str, Any] | None = None
) -> tuple[Settlement, str]:
    """Compare the new spec ``document`` with the one at ``previous`` (``loaded``: that one
    already read by ``load_spec``); sets its ``info.version`` to the next version and returns
    the settlement and the final YAML text. Nothing is written."""
    new = _checked(document, "the new spec")
    if not previous.exists():
        return Settlement(None, str(new["info"]["version"]), ()), to_yaml(new)
    old = loaded if loaded is not None else load_spec(previous)
    changes = tuple(compare_documents(old, new))
    old_version = str(old["info"]["version"])
    version = next_version(old_version, changes)
    new["info"]["version"] = version
    return Settlement(old_version, version, changes, old), to_yaml(new)


def settle_client(
    settled: Settlement, document: dict[str, Any], old_client: Path, new_client: Path
) -> Settlement:
    """``settled`` (of ``settle_document``) with the changes of the public Python API from the
    client in ``old_client`` to the one in ``new_client`` merged in, and the version they give,
    which is also put in ``document`` (the new spec). When ``old_client`` holds no generated
    client the spec's changes stand alone, and the summary says so."""
    old = settled.previous
    if old is None or settled.previous_version is None:
        return settled
    python = compare_clients(old_client, new_client, match_operations(old, document), old, document)
    changes = tuple(merge_changes(settled.changes, python, old, document))
    version = next_version(settled.previous_version, changes)
    document["info"]["version"] = version
    note = (
        ""
        if python is not None
        else f"(the Python API was not compared: no generated client in {old_client})"
    )
    return Settlement(settled.previous_version, version, changes, old, note)


def settle_text(previous: Path, text: str) -> tuple[Settlement, str]:
    """Compare the new spec ``text`` with the one at ``previous``; the settlement and the final
    text, whose ``info.version`` is the next version (see module doc). Nothing is written."""
    new = _checked(load_yaml(text), "the new spec")
    if not previous.exists():
        return Settlement(None, str(new["info"]["version"]), ()), text
    old = load_spec(previous)
    changes = tuple(compare_documents(old, new))
    old_version = str(old["info"]["version"])
    version = next_version(old_version, changes)
    if new["info"]["version"] != version:
        new["info"]["version"] = version
        text = to_yaml(new)
    return Settlement(old_version, version, changes), text


def settle_version(previous: Path, staged: Path) -> Settlement:
    """``settle_text`` on the file ``staged``, rewritten only when its version changes."""
    text = staged.read_text(encoding="utf-8")
    settled, final = settle_text(previous, text)
    if final != text:
        write_atomically(staged, final)
    return settled
