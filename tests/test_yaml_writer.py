"""YAML output: exact round trip, deterministic bytes, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rtkgen.converter.yaml_writer import to_yaml, write_atomically
from rtkgen.core.openapi_common import load_yaml

TRICKY = st.sampled_from(
    [
        "",
        " ",
        "null",
        "~",
        "true",
        "No",
        "on",
        "200",
        "4XX",
        "1_000",
        "0x1f",
        ".inf",
        "1e3",
        "2024-01-01",
        "=",
        "<<",
        "- a",
        "a: b",
        "a #b",
        "#",
        "'",
        '"',
        "|",
        ">",
        "\n",
        "\n\n",
        " \nx",
        "x\n ",
        "\tx\n",
        "a\r\nb",
        "\x85",
        "\u2028",
        "\ufeff",
        "\ufffe",
        "\x00",
        "\x7f",
        "é\n🚀",
        "---\n...",
        "{x}",
        "/a/{b}",
        "a" * 1100,
    ]
)
TEXT = st.one_of(TRICKY, st.text(), st.lists(st.one_of(TRICKY, st.text(max_size=5)), max_size=6).map("".join))
SCALARS = st.one_of(TEXT, st.none(), st.booleans(), st.integers())
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.dictionaries(TEXT, DOCUMENTS, max_size=5))
def test_any_document_round_trips(document: dict[str, object]) -> None:
    assert load_yaml(to_yaml(document)) == (document or {})


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.text())
def test_any_string_round_trips(text: str) -> None:
    document = {"description": text, "nested": {"summary": text, "list": [text, [text]]}, text: text}
    assert load_yaml(to_yaml(document)) == document


def test_plain_where_yaml_reads_a_string_quoted_elsewhere() -> None:
    document = {"a": "fetch_all", "b": "200", "c": "", "d": "null", "e": "it's", "/x/{id}": "a: b"}
    assert to_yaml(document) == "a: fetch_all\nb: '200'\nc: ''\nd: 'null'\ne: it's\n/x/{id}: 'a: b'\n"


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

    monkeypatch.setattr("rtkgen.converter.yaml_writer.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.yaml"
    write_atomically(fresh, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    fresh.chmod(0o640)
    write_atomically(fresh, "y")
    assert fresh.stat().st_mode & 0o777 == 0o640
