"""The change report (printed by ``make generate``) and its entry at the top of CHANGES.md.

The report is a summary line, then one line per change, breaking ones first::

    API changes: 1 breaking, 1 non-breaking (operations: 0 added, 0 removed, 1 changed)
    - BREAKING     GET /things (list_things): response 200 field data[].url removed
    - non-breaking GET /things (list_things): response 200 field data[].link added (string|null)

or ``no API changes``. Lines start with ``- `` so that CHANGES.md renders them as a list.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence

from rtkgen.changes.compare import Change, counts
from rtkgen.core.markdown_lines import split_lines

NO_CHANGES = "no API changes"
# Unicode categories of characters that may break a line or hide: controls, formats, separators.
_BREAKING = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
CHANGES_HEADER = (
    "# Changes\n\n"
    "API changes of the generated client, newest first. Each entry is written by `make generate`\n"
    "(`scripts/regenerate.py`); see\n"
    "[Change report and versions](docs/maintaining.md#change-report-and-versions).\n"
)


def format_report(changes: Sequence[Change]) -> str:
    """The report text (no trailing newline); deterministic for the same changes."""
    if not changes:
        return NO_CHANGES
    n = counts(changes)
    lines = [
        f"API changes: {n['breaking']} breaking, {n['non-breaking']} non-breaking "
        f"(operations: {n['added']} added, {n['removed']} removed, {n['changed']} changed)"
    ]
    for change in sorted(changes, key=lambda c: not c.breaking):  # stable: breaking first
        kind = "BREAKING    " if change.breaking else "non-breaking"
        lines.append(one_line(f"- {kind} {change.operation}: {change.description}"))
    return "\n".join(lines)


def one_line(text: str) -> str:
    """``text`` with every line break and other control character written as its escape
    (``\\n``), so that a change is one line of the report and of CHANGES.md whatever a name in it
    holds (the names themselves are quoted when not plain, ``schemas.quoted``)."""
    return "".join(
        json.dumps(char)[1:-1] if unicodedata.category(char) in _BREAKING else char for char in text
    )


def changelog_entry(version: str, previous: str, date: str, report: str) -> str:
    """One CHANGES.md entry: a heading with the version and date, then the report."""
    return f"## {version} ({date})\n\nFrom {previous}.\n\n{report}\n"


def prepend_entry(changelog: str, entry: str) -> str:
    """``changelog`` with ``entry`` before its first entry (after the header); a new file when empty.
    The first entry is the first line starting with ``## ``, lines ending as markdown's do. A
    first entry of the same version is replaced, not repeated: the spec was put back to the
    version before it (``git checkout``, say) and that version is being released again."""
    if not changelog.strip():
        return f"{CHANGES_HEADER}\n{entry}"
    lines = split_lines(changelog, keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    head = "".join(lines[:at])
    if not head.endswith("\n\n"):
        head = head.rstrip("\n") + "\n\n"
    version = entry.split("\n", 1)[0].split(" ")[:2]
    if at < len(lines) and lines[at].split(" ")[:2] == version:
        at = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    tail = "".join(lines[at:])
    return head + entry + ("\n" + tail if tail else "")
