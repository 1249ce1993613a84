"""settle_version and the CHANGES.md text on files: the step regenerate.py runs on the final spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import doc_markdown, op_markdown
from rtkgen.changes import cli as api_changes
from rtkgen.changes.settle import Settlement, settle_version
from rtkgen.converter.convert import convert
from rtkgen.converter.openapi_builder import DocumentInfo
from rtkgen.converter.yaml_writer import to_yaml

RESPONSE = (
    '#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{"success": "*boolean*", "%s": "*string*"}\n```'
)


def record_changes(changelog: Path, settled: Settlement, date: str) -> bool:
    """What regenerate.py does with the settlement: prepend the entry, if any; True when written."""
    text = settled.changelog(changelog.read_text() if changelog.exists() else "", date)
    if text is not None:
        changelog.write_text(text)
    return text is not None


def write_spec(path: Path, field: str = "name", version: str = "0.1.0", summary: str = "Get a thing") -> str:
    document = convert(
        [("a.md", doc_markdown(op_markdown(summary=summary, responses=RESPONSE % field)).encode())],
        DocumentInfo(title="T", version=version),
    )
    text = to_yaml(document)
    path.write_text(text)
    return text


def test_no_previous_spec_keeps_the_version_and_writes_no_entry(tmp_path: Path) -> None:
    staged = tmp_path / "staged.yaml"
    text = write_spec(staged)
    settled = settle_version(tmp_path / "missing.yaml", staged)
    assert (settled.previous_version, settled.version, settled.changes) == (None, "0.1.0", ())
    assert staged.read_text() == text
    assert not record_changes(tmp_path / "CHANGES.md", settled, "2026-01-02")
    assert not (tmp_path / "CHANGES.md").exists()
    assert settled.summary() == "no previous spec to compare with; version 0.1.0"


def test_no_change_keeps_the_previous_version_and_the_file(tmp_path: Path) -> None:
    previous, staged = tmp_path / "openapi.yaml", tmp_path / "staged.yaml"
    write_spec(previous, version="1.4.2")
    text = write_spec(staged)  # the converter's default version
    settled = settle_version(previous, staged)
    assert (settled.version, settled.changes) == ("1.4.2", ())
    assert staged.read_text() == text.replace("version: 0.1.0", "version: 1.4.2")
    assert settled.summary() == "no API changes\nversion 1.4.2 (unchanged)"
    assert not record_changes(tmp_path / "CHANGES.md", settled, "2026-01-02")


def test_a_breaking_change_bumps_only_the_version_line_and_records_an_entry(tmp_path: Path) -> None:
    previous, staged, changelog = tmp_path / "openapi.yaml", tmp_path / "staged.yaml", tmp_path / "CHANGES.md"
    write_spec(previous)
    text = write_spec(staged, field="title")
    settled = settle_version(previous, staged)
    assert settled.version == "0.2.0"
    assert staged.read_text() == text.replace("version: 0.1.0", "version: 0.2.0")
    report = (
        "API changes: 1 breaking, 1 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
        "- BREAKING     GET /things/{thing_id} (get_a_thing): response 200 field name removed\n"
        "- non-breaking GET /things/{thing_id} (get_a_thing): response 200 field title added (string|null)"
    )
    assert settled.summary() == f"{report}\nversion 0.1.0 -> 0.2.0"
    assert record_changes(changelog, settled, "2026-01-02")
    first = changelog.read_text()
    assert first.endswith(f"## 0.2.0 (2026-01-02)\n\nFrom 0.1.0.\n\n{report}\n")
    # the next run starts from the new spec: no change, no second entry
    staged.replace(previous)
    write_spec(staged, field="title")
    again = settle_version(previous, staged)
    assert (again.version, again.changes) == ("0.2.0", ())
    assert not record_changes(changelog, again, "2026-01-03")
    assert changelog.read_text() == first
    # a later non-breaking change goes on top
    docs = doc_markdown(op_markdown(responses=RESPONSE % "title"), op_markdown("List items", path="/x"))
    staged.write_text(to_yaml(convert([("a.md", docs.encode())], DocumentInfo(title="T"))))
    later = settle_version(previous, staged)
    assert later.version == "0.2.1"
    assert record_changes(changelog, later, "2026-01-04")
    log = changelog.read_text()
    assert log.index("## 0.2.1 (2026-01-04)") < log.index("## 0.2.0 (2026-01-02)")
    assert "- non-breaking GET /x (list_items): operation added" in log


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a: [unclosed", "cannot read the OpenAPI document"),
        ("just text", "not an OpenAPI document"),
        (
            "info: {title: T, version: '1.0'}\npaths: {}\n",
            "info.version: version '1.0' is not MAJOR.MINOR.PATCH",
        ),
    ],
)
def test_a_bad_previous_spec_is_an_error_naming_it(tmp_path: Path, content: str, message: str) -> None:
    previous, staged = tmp_path / "openapi.yaml", tmp_path / "staged.yaml"
    previous.write_text(content)
    text = write_spec(staged)
    with pytest.raises(ValueError, match=message) as caught:
        settle_version(previous, staged)
    assert str(caught.value).startswith(f"{previous}: ")
    assert staged.read_text() == text


def test_the_command_line_prints_the_report_and_the_next_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    write_spec(old, version="1.2.3")
    write_spec(new, summary="Fetch a thing")
    assert api_changes.main([str(old), str(new)]) == 0
    assert capsys.readouterr().out == (
        "API changes: 2 breaking, 0 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
        "- BREAKING     GET /things/{thing_id} (fetch_a_thing): "
        "function renamed get_a_thing -> fetch_a_thing\n"
        "- BREAKING     GET /things/{thing_id} (fetch_a_thing): "
        "response 200 model renamed GetAThingResponse200 -> FetchAThingResponse200\n"
        "version 1.2.3 -> 2.0.0\n"
    )
    assert api_changes.main([str(old), str(old)]) == 0
    assert capsys.readouterr().out == "no API changes\nversion 1.2.3 (unchanged)\n"
    new.write_text("- a list\n")
    assert api_changes.main([str(old), str(new)]) == 2
    assert f"error: {new}: not an OpenAPI document" in capsys.readouterr().err
