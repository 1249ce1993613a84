"""Every relative link of README.md, of the guides in docs/, of the package README and of
CHANGES.md leads to a file that exists and, with an anchor, to a heading of it (the rules:
tests/doc_links.py). The "where a change goes" table of docs/how-it-works.md names only files
that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from doc_links import anchor, anchors, links, problems
from readme_blocks import documents

CHECKED = {**documents(ROOT), "CHANGES.md": ROOT / "CHANGES.md"}


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_every_relative_link_leads_somewhere(name: str) -> None:
    found = problems(CHECKED[name], name)
    assert not found, "\n".join(found)


def test_the_readme_links_to_every_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = {link.href.partition("#")[0] for link in links(readme, "README.md")}
    guides = {name for name in CHECKED if name.startswith("docs/")}
    assert guides <= linked, sorted(guides - linked)


def test_the_where_a_change_goes_table_names_files_that_exist() -> None:
    text = (ROOT / "docs" / "how-it-works.md").read_text(encoding="utf-8")
    table = text[text.index("## Where a change goes") : text.index("## Layout")]
    named = set(re.findall(r"`([\w./*-]+/[\w./*-]+)`", table))
    assert len(named) > 30
    missing = sorted(path for path in named if not list(ROOT.glob(path)))
    assert not missing, missing


# --- the rules themselves can fail ---------------------------------------------------------------


def test_anchors_follow_githubs_rule() -> None:
    assert anchor("The package: metadata and make dist") == "the-package-metadata-and-make-dist"
    assert anchor("Crash safety, the lock") == "crash-safety-the-lock"
    text = "# T\n\n## The facade: `RealtimeKit`\n\n## Notes\n\n## Notes\n\n```sh\n# not a heading\n```\n"
    assert anchors(text) == {"t", "the-facade-realtimekit", "notes", "notes-1"}


def test_a_broken_link_or_anchor_is_named(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other\n\n## A part\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n[ok](other.md#a-part), [ok](#page), [web](https://example.com/x.md)\n\n"
        "[gone](missing.md)\n\n[bad](other.md#no-part) and [bad](#nowhere)\n\n`[code](missing.md)`\n",
        encoding="utf-8",
    )
    assert problems(page, "page.md") == [
        "page.md:5: missing.md: no such file",
        "page.md:7: other.md#no-part: no heading #no-part in other.md",
        "page.md:7: #nowhere: no heading #nowhere in page.md",
    ]


def test_the_readme_stays_a_newcomers_page() -> None:
    """README.md is a short page (issue 20: under 300 lines); the detail goes into docs/ guides."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines < 300, f"README.md has {lines} lines: move the detail into a guide in docs/"
