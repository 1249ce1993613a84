"""The YAML writer's exact output and the guarantees of ``write_atomically``.

tests/test_yaml_writer.py checks that any document reads back the same; the spec is committed and
diffed, so the bytes matter too: which strings are plain, quoted or blocks, which characters are
escaped and how. And the file is written whole, as UTF-8 whatever the locale, into folders that
do not exist yet, through a staging file that ``regenerate.py`` recognises as its own.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

import pytest

from rtkgen.converter.yaml_writer import to_yaml, write_atomically
from rtkgen.core.openapi_common import load_yaml

# (id, document, the exact text)
EXACT: list[tuple[str, dict[object, object], str]] = [
    ("null, booleans, numbers", {"a": None, "b": True, "c": 1.5}, "a: null\nb: true\nc: 1.5\n"),
    ("a key that is not a string", {200: "x"}, "200: x\n"),
    ("a block with an empty line", {"d": "a\n\nb"}, "d: |-\n  a\n\n  b\n"),
    ("a block ending with a newline", {"d": "a\nb\n"}, "d: |\n  a\n  b\n"),
    ("a block ending with two newlines", {"d": "a\nb\n\n"}, "d: |+\n  a\n  b\n\n"),
    ("a block ending with X", {"d": "X\nX\n"}, "d: |\n  X\n  X\n"),
    ("a block starting with X and a space", {"d": "X b\nc"}, "d: |-\n  X b\n  c\n"),
    ("nested block lines are indented", {"a": {"d": "x\ny"}}, "a:\n  d: |-\n    x\n    y\n"),
    ("an empty first line before an indented one", {"d": "\n x\n"}, 'd: "\\n x\\n"\n'),
    ("a tab starting the first line", {"d": "\tx\ny"}, 'd: "\\tx\\ny"\n'),
    ("a space starting the first line", {"d": " \nx"}, 'd: " \\nx"\n'),
    (
        "escapes",
        {"a": '\r\x00\x1f \x7f\x85\x9f\xa0ÿĀ\u2028\u2029\ufeff\ufffe🚀"\\\n'},
        'a: "\\x0d\\x00\\x1f \\x7f\\x85\\x9f\xa0ÿĀ\\u2028\\u2029\\ufeff\\ufffe🚀\\"\\\\\\n"\n',
    ),
    ("a multi-line key", {"k\nl": 1}, '"k\\nl": 1\n'),
    ("a key of 1000 characters is a simple key", {"a" * 1000: 1}, "a" * 1000 + ": 1\n"),
    ("a longer key is an explicit one", {"a" * 1001: 1}, "? " + "a" * 1001 + "\n: 1\n"),
    ("a longer quoted key", {"'" * 999: 1}, "? '" + "''" * 999 + "'\n: 1\n"),
]


@pytest.mark.parametrize(("document", "text"), [c[1:] for c in EXACT], ids=[c[0] for c in EXACT])
def test_exact_output(document: dict[str, object], text: str) -> None:
    assert to_yaml(document) == text
    assert load_yaml(text) == document


def test_a_value_yaml_cannot_hold_is_an_error_naming_its_type() -> None:
    with pytest.raises(TypeError, match=r"^cannot write object as YAML$"):
        to_yaml({"a": object()})


def test_missing_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "out.yaml"
    write_atomically(target, "x: 1\n")
    assert target.read_text() == "x: 1\n"


@pytest.mark.usefixtures("ascii_locale")
def test_the_file_is_utf8_with_lf_whatever_the_locale(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    write_atomically(target, "é 🚀\nnext\n")
    assert target.read_bytes() == "é 🚀\nnext\n".encode()


def test_the_staging_file_is_one_regenerate_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed before the rename leaves ``.NAME.*.tmp`` beside the target: the pattern that
    regenerate.py's recovery deletes (its staging_patterns), never a file elsewhere."""
    staged: list[Path] = []

    def stop(source: str, target: str) -> None:
        staged.append(Path(source))
        raise OSError("stopped before the rename")

    monkeypatch.setattr("rtkgen.converter.yaml_writer.os.replace", stop)
    with pytest.raises(OSError, match="stopped before the rename"):
        write_atomically(tmp_path / "openapi.yaml", "x")
    (source,) = staged
    assert source.parent == tmp_path
    assert fnmatch.fnmatch(source.name, ".openapi.yaml.*.tmp")
    assert list(tmp_path.iterdir()) == []


def test_a_staging_file_removed_by_someone_else_does_not_hide_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run's recovery may delete the staging file first: the write's own error is raised."""

    def vanish(source: str, target: str) -> None:
        os.unlink(source)
        raise OSError("the disk is gone")

    monkeypatch.setattr("rtkgen.converter.yaml_writer.os.replace", vanish)
    with pytest.raises(OSError, match="the disk is gone"):
        write_atomically(tmp_path / "out.yaml", "x")
