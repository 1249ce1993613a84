"""The documentation site's staging (docsite/build_site.py): the guides' links point to their
pages in the site, code fences MkDocs can read, a reference page per resource module. The build
itself and its browser test run under ``make docs`` (MkDocs and Chromium are not in .venv)."""

from __future__ import annotations

from pathlib import Path

import yaml

import build_site

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generated_client" / "realtimekit_client"
PAGES = {
    "README.md": "index.md",
    "CHANGES.md": "CHANGES.md",
    "docs/maintaining.md": "maintaining.md",
    "docs/changes/0.2.0.md": "changes/0.2.0.md",
}


def test_links_to_guides_point_to_their_pages() -> None:
    readme = "[a](docs/maintaining.md#dependencies) [b](CHANGES.md) [c](#quick-start)"
    assert build_site.rewrite_links(readme, "README.md", PAGES) == (
        "[a](maintaining.md#dependencies) [b](CHANGES.md) [c](#quick-start)"
    )
    guide = "[a](../README.md#quick-start) [b](changes/0.2.0.md)"
    assert build_site.rewrite_links(guide, "docs/maintaining.md", PAGES) == (
        "[a](index.md#quick-start) [b](changes/0.2.0.md)"
    )
    assert (
        build_site.rewrite_links("[x](../../CHANGES.md)", "docs/changes/0.2.0.md", PAGES)
        == "[x](../CHANGES.md)"
    )


def test_other_links_are_left_for_mkdocs_to_check() -> None:
    text = "[a](https://example.org/x.md) [b](../scripts/run_generator.py) [c](docs/missing.md)"
    assert build_site.rewrite_links(text, "docs/maintaining.md", PAGES) == text


def test_fence_info_strings_are_cut_to_the_language() -> None:
    text = "```text output\nx\n```\n  ```python\ny\n  ```\n"
    assert build_site.plain_fences(text) == "```text\nx\n```\n  ```python\ny\n  ```\n"


def test_a_reference_page_per_resource_module() -> None:
    pages = build_site.reference_pages(PACKAGE)
    modules = sorted(p.stem for p in (PACKAGE / "resources").glob("*.py") if p.name != "__init__.py")
    assert [p for p in pages if p.startswith("reference/resources/")] == [
        f"reference/resources/{m}.md" for m in modules
    ]
    assert (
        "::: realtimekit_client.resources.meetings.MeetingsResource\n"
        in pages["reference/resources/meetings.md"]
    )
    assert "::: realtimekit_client.facade.RealtimeKit\n" in pages["reference/client.md"]
    assert "::: realtimekit_client.errors.ApiError\n" in pages["reference/errors.md"]
    assert "::: realtimekit_client.models.meeting.Meeting\n" in pages["reference/models.md"]


def test_stage_writes_the_pages_and_a_strict_configuration(tmp_path: Path) -> None:
    config_path = build_site.stage_site(ROOT, tmp_path / "stage", tmp_path / "site")
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    pages = Path(config["docs_dir"])
    assert pages.parent == tmp_path / "stage"
    assert config["site_dir"] == str(tmp_path / "site")
    assert (pages / "index.md").read_text(encoding="utf-8").startswith("# RealtimeKit API client")
    assert (pages / "reference" / "resources" / "meetings.md").is_file()
    assert set(config["validation"].values()) == {"warn"}  # with --strict, every problem fails
    assert not (pages / "realtimekit").exists()  # the API docs the converter reads are no guide


def test_make_docs_builds_strict_and_runs_the_browser_check() -> None:
    """``--quiet`` would hide the warnings that ``--strict`` turns into errors (MkDocs 1.6 counts
    only the warnings it logs), so a broken link would pass."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    build = [line for line in lines if "mkdocs build" in line]
    assert len(build) == 1 and "--strict" in build[0] and "--quiet" not in build[0] and " -q" not in build[0]
    assert any("docsite/browser_check.py --site site" in line for line in lines)
