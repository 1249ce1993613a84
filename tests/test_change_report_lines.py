"""The change report's lines and its CHANGES.md entry (``rtkgen.changes.report``): a change is
one line whatever its names hold (line breaks and other invisible characters written as their
escapes), and ``prepend_entry`` replaces a first entry of the same version up to the next
heading, and only an entry the changelog check reads as one.
"""

from __future__ import annotations

import pytest

from rtkgen.changes.changelog_rules import changelog_problems
from rtkgen.changes.compare import Change
from rtkgen.changes.report import CHANGES_HEADER, changelog_entry, format_report, one_line, prepend_entry


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb"),
        ("tab\there", "tab\\there"),
        ("\x00\x1b", "\\u0000\\u001b"),
        ("next\x85line", "next\\u0085line"),  # NEL (Cc)
        ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),  # line and paragraph separators (Zl, Zp)
        ("zero\u200bwidth\u202e", "zero\\u200bwidth\\u202e"),  # formats (Cf): hidden, or reordering
        ("\ue000\U000e0001", "\\ue000\\udb40\\udc01"),  # private use (Co); a tag character (Cf)
        ("\ufdd0", "\\ufdd0"),  # a noncharacter (Cn)
        ("café ✓ a b\u00a0c", "café ✓ a b\u00a0c"),  # letters, symbols and spaces stay
        ('quote " and \\', 'quote " and \\'),  # what JSON would escape but is visible stays
        ("", ""),
    ],
    ids=[
        "newline",
        "CR LF",
        "tab",
        "controls",
        "NEL",
        "separators",
        "formats",
        "private use and tags",
        "unassigned",
        "visible",
        "quote and backslash",
        "empty",
    ],
)
def test_a_line_break_or_invisible_character_is_written_as_its_escape(text: str, line: str) -> None:
    assert one_line(text) == line


def test_a_change_whose_names_hold_a_line_break_is_one_line_of_the_report() -> None:
    changes = [
        Change("GET /a (get_a)", "response 200 field na\nme added (string)", False),
        Change("GET /a (get_a)", "query parameter q\u2028 removed", True),
    ]
    assert format_report(changes) == (
        "API changes: 1 breaking, 1 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
        "- BREAKING     GET /a (get_a): query parameter q\\u2028 removed\n"
        "- non-breaking GET /a (get_a): response 200 field na\\nme added (string)"
    )


def entry(version: str, report: str) -> str:
    return changelog_entry(version, "0.1.0", "2026-01-02", report)


NEW = entry("0.2.0", "new")
OLDER = entry("0.1.1", "older")


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (entry("0.2.0", "old"), NEW),
        (f"{entry('0.2.0', 'old')}\n{OLDER}", f"{NEW}\n{OLDER}"),
        (  # an entry cut down to its heading by hand: the next heading follows at once
            f"## 0.2.0 (2026-01-01)\n{OLDER}",
            f"{NEW}\n{OLDER}",
        ),
        (
            f"## 0.2.0 (2026-01-01)\n## 0.1.1 (2026-01-01)\n{entry('0.1.0', 'oldest')}",
            f"{NEW}\n## 0.1.1 (2026-01-01)\n{entry('0.1.0', 'oldest')}",
        ),
    ],
    ids=["the only entry", "before another", "a bare heading", "bare headings"],
)
def test_a_first_entry_of_the_same_version_is_replaced_up_to_the_next_heading(
    entries: str, expected: str
) -> None:
    changelog = f"{CHANGES_HEADER}\n{entries}"
    assert prepend_entry(changelog, NEW) == f"{CHANGES_HEADER}\n{expected}"


@pytest.mark.parametrize(
    "heading",
    ["## 0.2.0\n", "## 0.2.0\t(2026-01-01)\n", "##  0.2.0 (2026-01-01)\n"],
    ids=["no date", "a tab", "two spaces"],
)
def test_a_heading_the_check_reads_as_no_entry_is_kept_below_the_new_entry(heading: str) -> None:
    """A section written by hand whose heading names the version but not as make generate
    writes it: ``make check`` does not count it as an entry, so it is no entry to replace."""
    changelog = f"{CHANGES_HEADER}\n{heading}\nnotes\n"
    written = prepend_entry(changelog, NEW)
    assert written == f"{CHANGES_HEADER}\n{NEW}\n{heading}\nnotes\n"
    assert changelog_problems(written, "0.2.0", "CHANGES.md") == []
