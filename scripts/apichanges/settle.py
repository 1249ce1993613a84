"""The step of ``regenerate.py`` that compares the final new spec with the previous one.

``settle_document`` runs once the new spec is final (after overlays and shapes), before it is
written: it compares it with the previous spec (the committed ``openapi.yaml``), puts the next
version in its ``info.version`` (the generator takes the package version from there) and
returns the report with the final text, which ``regenerate.py`` writes once (``settle_text``
does the same from a spec's text). ``Settlement.changelog``
gives CHANGES.md's new text; ``regenerate.py`` writes it together with the spec and the
client. With no previous spec there is nothing to compare: the new version stays and no entry
is written. A run with no API change writes no entry and keeps the
version, so regenerating twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from docs2openapi.yaml_writer import to_yaml, write_atomically
from openapi_common import load_yaml
from spec_cache import cached_document

from .compare import Change, compare_documents
from .report import changelog_entry, format_report, prepend_entry
from .versioning import next_version, parse_version


@dataclass(frozen=True)
class Settlement:
    """The outcome of the comparison: versions, changes and the report."""

    previous_version: str | None  # None: there was no previous spec
    version: str
    changes: tuple[Change, ...]

    @property
    def report(self) -> str:
        return format_report(self.changes)

    def summary(self) -> str:
        """What ``make generate`` prints: the report and the version."""
        if self.previous_version is None:
            return f"no previous spec to compare with; version {self.version}"
        if self.version == self.previous_version:
            return f"{self.report}\nversion {self.version} (unchanged)"
        return f"{self.report}\nversion {self.previous_version} -> {self.version}"

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
    (``spec_cache``: the same document, a hundred times faster than YAML)."""
    document = cached_document(path)
    if document is None:
        try:
            document = load_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: cannot read the OpenAPI document: {exc}") from exc
    return _checked(document, str(path))


def settle_document(previous: Path, document: dict[str, Any]) -> tuple[Settlement, str]:
    """Compare the new spec ``document`` with the one at ``previous``; sets its
    ``info.version`` to the next version and returns the settlement and the final YAML text.
    Nothing is written."""
    new = _checked(document, "the new spec")
    if not previous.exists():
        return Settlement(None, str(new["info"]["version"]), ()), to_yaml(new)
    old = load_spec(previous)
    changes = tuple(compare_documents(old, new))
    old_version = str(old["info"]["version"])
    version = next_version(old_version, changes)
    new["info"]["version"] = version
    return Settlement(old_version, version, changes), to_yaml(new)


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
