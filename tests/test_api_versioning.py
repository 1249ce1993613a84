"""Version bumps from changes, the report's text, and CHANGES.md entries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rtkgen.changes.compare import Area, Change, Subject
from rtkgen.changes.report import CHANGES_HEADER, NO_CHANGES, changelog_entry, format_report, prepend_entry
from rtkgen.changes.versioning import next_version, parse_version

BREAK = Change("GET /a (a)", "response 200 field x removed", True)
SAFE = Change("GET /a (a)", "response 200 field y added (string|null)", False)


@pytest.mark.parametrize(
    ("current", "changes", "expected"),
    [
        ("0.1.0", [], "0.1.0"),
        ("0.1.0", [SAFE], "0.1.1"),
        ("0.1.0", [BREAK], "0.2.0"),
        ("0.1.7", [SAFE, BREAK], "0.2.0"),
        ("0.9.3", [BREAK], "0.10.0"),
        ("1.0.0", [BREAK], "2.0.0"),
        ("1.4.2", [SAFE], "1.4.3"),
        ("2.3.4", [], "2.3.4"),
    ],
)
def test_next_version(current: str, changes: list[Change], expected: str) -> None:
    assert next_version(current, changes) == expected


versions = st.tuples(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
change_lists = st.lists(st.sampled_from([BREAK, SAFE]), max_size=4)


@given(versions, change_lists)
def test_bump_properties(version: tuple[int, int, int], changes: list[Change]) -> None:
    major, minor, patch = version
    after = parse_version(next_version(f"{major}.{minor}.{patch}", changes))
    if not changes:
        assert after == version
    elif any(c.breaking for c in changes):
        assert after == ((0, minor + 1, 0) if major == 0 else (major + 1, 0, 0))
    else:
        assert after == (major, minor, patch + 1)
    assert after >= version


@pytest.mark.parametrize("text", ["1.0", "v1.0.0", "1.0.0-beta", "01.2.3", "", "1.2.3.4"])
def test_a_version_that_is_not_major_minor_patch_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"not MAJOR\.MINOR\.PATCH"):
        next_version(text, [SAFE])


def test_report_lists_breaking_changes_first_under_a_summary() -> None:
    changes = [
        Change("GET /a (a)", "response 404 added", False),
        Change("GET /a (a)", "response 200 field x removed", True),
        Change("GET /b (b)", "operation added", False, Area.OPERATION, None, Subject.OPERATION_ADDED),
        Change("GET /c (c)", "operation removed", True, Area.OPERATION, None, Subject.OPERATION_REMOVED),
    ]
    assert format_report(changes) == (
        "API changes: 2 breaking, 2 non-breaking (operations: 1 added, 1 removed, 1 changed)\n"
        "- BREAKING     GET /a (a): response 200 field x removed\n"
        "- BREAKING     GET /c (c): operation removed\n"
        "- non-breaking GET /a (a): response 404 added\n"
        "- non-breaking GET /b (b): operation added"
    )


def test_report_without_changes() -> None:
    assert format_report([]) == NO_CHANGES == "no API changes"


def test_entry_text() -> None:
    assert changelog_entry("0.2.0", "0.1.0", "2026-01-02", "REPORT") == (
        "## 0.2.0 (2026-01-02)\n\nFrom 0.1.0.\n\nREPORT\n"
    )


def test_prepend_to_a_new_file_writes_the_header() -> None:
    assert prepend_entry("", "## 0.2.0 (d)\n\nR\n") == f"{CHANGES_HEADER}\n## 0.2.0 (d)\n\nR\n"


def test_entries_are_newest_first_after_the_header() -> None:
    first = prepend_entry("", changelog_entry("0.1.1", "0.1.0", "2026-01-01", "one"))
    second = prepend_entry(first, changelog_entry("0.2.0", "0.1.1", "2026-01-02", "two"))
    assert second == (
        f"{CHANGES_HEADER}\n"
        "## 0.2.0 (2026-01-02)\n\nFrom 0.1.1.\n\ntwo\n\n"
        "## 0.1.1 (2026-01-01)\n\nFrom 0.1.0.\n\none\n"
    )


def test_prepend_keeps_a_hand_written_header() -> None:
    assert prepend_entry("# Log\nintro", "## 1 (d)\n") == "# Log\nintro\n\n## 1 (d)\n"


def test_an_entry_of_the_newest_version_replaces_it_instead_of_repeating_it() -> None:
    """The spec put back to 0.1.1 after 0.2.0 was installed (git checkout): 0.2.0 is released
    again, and CHANGES.md keeps one 0.2.0 entry, the new one."""
    first = prepend_entry("", changelog_entry("0.1.1", "0.1.0", "2026-01-01", "one"))
    second = prepend_entry(first, changelog_entry("0.2.0", "0.1.1", "2026-01-02", "two"))
    again = prepend_entry(second, changelog_entry("0.2.0", "0.1.1", "2026-01-03", "two again"))
    assert again == (
        f"{CHANGES_HEADER}\n"
        "## 0.2.0 (2026-01-03)\n\nFrom 0.1.1.\n\ntwo again\n\n"
        "## 0.1.1 (2026-01-01)\n\nFrom 0.1.0.\n\none\n"
    )
    assert prepend_entry(again, changelog_entry("0.2.1", "0.2.0", "d", "three")).count("## 0.2.0") == 1
