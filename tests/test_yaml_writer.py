"""YAML output: exact round trip, deterministic bytes, atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from docs2openapi.yaml_writer import to_yaml, write_atomically


@given(st.text())
def test_any_string_round_trips(text: str) -> None:
    document = {"description": text, "nested": {"summary": text, "list": [text]}}
    assert yaml.safe_load(to_yaml(document)) == document


def test_multiline_strings_are_literal_blocks() -> None:
    assert to_yaml({"d": "one\ntwo\n"}) == "d: |\n  one\n  two\n"


def test_key_order_is_kept() -> None:
    assert to_yaml({"b": 1, "a": 2}) == "b: 1\na: 2\n"


def test_write_atomically_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old")
    write_atomically(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("docs2openapi.yaml_writer.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]
