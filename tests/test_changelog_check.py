"""make check fails when CHANGES.md does not match the committed spec."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import ROOT
from rtkgen.changes import changelog_cli as check_changelog
from rtkgen.changes.changelog_rules import changelog_problems
from rtkgen.changes.report import CHANGES_HEADER, changelog_entry, prepend_entry


def changelog(*versions: str) -> str:
    """CHANGES.md with an entry for each of ``versions``, newest first, as make generate writes
    them (a version twice, which make generate replaces, is kept: a hand edit or a merge)."""
    entries = [changelog_entry(version, "0.0.1", "2026-01-02", "no API changes") for version in versions]
    assert prepend_entry("", entries[-1]) == f"{CHANGES_HEADER}\n{entries[-1]}"
    return f"{CHANGES_HEADER}\n" + "\n".join(entries)


def test_a_changelog_whose_newest_entry_is_the_spec_version_passes() -> None:
    assert changelog_problems(changelog("0.3.0", "0.2.1", "0.2.0"), "0.3.0", "CHANGES.md") == []


def test_no_changelog_is_fine_only_at_the_initial_version() -> None:
    assert changelog_problems(None, "0.1.0", "CHANGES.md") == []
    assert changelog_problems(None, "0.2.0", "C.md") == [
        "C.md:1: does not exist, but the spec is at version 0.2.0; run make generate and commit"
    ]
    assert changelog_problems("# Changes\n", "0.2.0", "C.md")[0].startswith("C.md:1: has no entry")


def test_a_missing_newest_entry_is_named_with_its_line() -> None:
    text = changelog("0.2.0")
    line = text.splitlines().index("## 0.2.0 (2026-01-02)") + 1
    assert changelog_problems(text, "0.3.0", "C.md") == [
        f"C.md:{line}: the newest entry is 0.2.0, but the spec is at version 0.3.0"
    ]


def test_a_version_written_twice_is_named_with_both_lines() -> None:
    text = changelog("0.2.0", "0.2.0")
    first, second = (n for n, line in enumerate(text.splitlines(), 1) if line.startswith("## 0.2.0"))
    assert changelog_problems(text, "0.2.0", "C.md") == [
        f"C.md:{second}: a second entry for 0.2.0 (the first is on line {first})"
    ]


def test_the_command_exits_1_with_the_problem(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: T, version: 0.2.0}\npaths: {}\n")
    (tmp_path / "CHANGES.md").write_text(changelog("0.2.0"))
    assert check_changelog.main([str(tmp_path / "openapi.yaml")]) == 0
    (tmp_path / "CHANGES.md").write_text(changelog("0.2.0", "0.2.0"))
    assert check_changelog.main([str(tmp_path / "openapi.yaml")]) == 1
    assert check_changelog.main([str(tmp_path / "missing.yaml")]) == 2


def test_make_check_fails_on_a_changelog_that_does_not_match(tmp_path: Path) -> None:
    bad = tmp_path / "CHANGES.md"
    bad.write_text(changelog("0.1.0", "0.1.0"))
    spec = tmp_path / "openapi.yaml"  # make check first recovers the install of SPEC: not the tree's
    spec.write_text("openapi: 3.1.0\ninfo: {title: T, version: 0.1.0}\npaths: {}\n")
    settings = [f"SPEC={spec}", f"CLIENT={tmp_path / 'generated_client'}", f"CHANGES={bad}"]
    result = subprocess.run(
        ["make", "--no-print-directory", "check", *settings], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert f"{bad}:" in result.stderr and "a second entry for 0.1.0" in result.stderr
    assert f"make check: {bad} does not match {spec}" in result.stderr


def test_make_check_runs_the_check_on_the_projects_outputs() -> None:
    """The recipe is scripts/make_check.py (it finishes an interrupted install first:
    tests/test_make_check.py)."""
    dry = subprocess.run(["make", "-n", "check"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    (line,) = [line for line in dry.splitlines() if "scripts/make_check.py" in line]
    assert line.endswith(" --spec openapi.yaml --client generated_client --changes ./CHANGES.md")
