"""A malformed overlay file is refused before anything is applied, as ``FILE:LINE: message`` with
the line of the key at fault (scripts/rtkgen/overlays/apply.py, ``parse_overlay`` and
``check_overlay``); without the file's lines, at the line of the action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rtkgen.overlays.apply import OverlayError, apply_overlay, parse_overlay, read_overlay

VALID = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.a\n    remove: true\n"  # 1-5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "# a comment first\n- a list\n",
            "o.yaml:2: not an Overlay 1.0 document: the file must hold a mapping with overlay, info, actions",
            id="no-mapping",
        ),
        pytest.param(
            "info: {title: t, version: '1'}\noverlay: 1.0\nactions: []\n",
            "o.yaml:2: not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found 1.0",
            id="version-a-number",
        ),
        pytest.param(
            "# a comment first\ninfo: {title: t, version: '1'}\nactions: []\n",
            "o.yaml:2: not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found None",
            id="version-missing",
        ),
        pytest.param(
            "actions: []\noverlay: 1.x.0\n",
            "o.yaml:2: not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found '1.x.0'",
            id="version-1.x",
        ),
        pytest.param(
            "actions: []\noverlay: 1.0.0-beta\n",
            "o.yaml:2: not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found '1.0.0-beta'",
            id="version-with-a-tail",
        ),
        pytest.param(
            "overlay: 1.0.0\nzz: 1\naa: 2\nx-ok: 3\n",
            "o.yaml:3: unknown top-level key(s) aa, zz (allowed: actions, extends, info, overlay, x-*)",
            id="unknown-keys",
        ),
        pytest.param(
            "overlay: 1.0.0\nactions: []\ninfo: {title: t, version: 1}\n",
            "o.yaml:3: 'info' must be a mapping with string 'title' and 'version'",
            id="info-version-a-number",
        ),
        pytest.param(
            "overlay: 1.0.0\nactions: []\ninfo: [t]\n",
            "o.yaml:3: 'info' must be a mapping with string 'title' and 'version'",
            id="info-no-mapping",
        ),
        pytest.param(
            "overlay: 1.0.0\nactions: []\ninfo: {version: '1'}\n",
            "o.yaml:3: 'info' must be a mapping with string 'title' and 'version'",
            id="info-without-title",
        ),
        pytest.param(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nextends: 5\nactions: []\n",
            "o.yaml:3: 'extends' must be a string",
            id="extends-a-number",
        ),
        pytest.param(
            "# a comment first\noverlay: 1.0.0\ninfo: {title: t, version: '1'}\n",
            "o.yaml:2: 'actions' must be a non-empty list",
            id="actions-missing",
        ),
        pytest.param(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: {target: $.a}\n",
            "o.yaml:3: 'actions' must be a non-empty list",
            id="actions-a-mapping",
        ),
    ],
)
def test_a_malformed_overlay_document_is_named_at_the_line_of_its_key(text: str, message: str) -> None:
    with pytest.raises(OverlayError) as error:
        parse_overlay(text, "o.yaml")
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "  - just text\n",
            "o.yaml:6: actions[1] must be a mapping with 'target' and 'update' or 'remove'",
            id="no-mapping",
        ),
        pytest.param(
            "  - target: $.b\n    zeta: 1\n    alpha: 2\n    x-ok: 3\n    update: {}\n",
            "o.yaml:8: actions[1] has unknown key(s) alpha, zeta",
            id="unknown-keys",
        ),
        pytest.param(
            "  - update: {}\n    description: d\n",
            "o.yaml:6: actions[1] needs a 'target' (a JSONPath query string)",
            id="target-missing",
        ),
        pytest.param(
            "  - update: {}\n    target: 5\n",
            "o.yaml:7: actions[1] needs a 'target' (a JSONPath query string)",
            id="target-a-number",
        ),
        pytest.param(
            "  - update: {}\n    target: '  '\n",
            "o.yaml:7: actions[1] needs a 'target' (a JSONPath query string)",
            id="target-blank",
        ),
        pytest.param(
            "  - update: {}\n    target: $.paths[\n",
            "o.yaml:7: actions[1] target '$.paths[' is not a valid JSONPath query: unbalanced brackets, "
            "line 1, column 8",
            id="target-no-jsonpath",
        ),
        pytest.param(
            "  - target: $.b\n    update: {}\n    description: [d]\n",
            "o.yaml:8: actions[1] 'description' must be a string",
            id="description-a-list",
        ),
        pytest.param(
            "  - target: $.b\n    description: d\n    remove: 'yes'\n",
            "o.yaml:8: actions[1] 'remove' must be true or false",
            id="remove-a-string",
        ),
        pytest.param(
            "  - target: $.b\n    update: {}\n    remove: true\n",
            "o.yaml:6: actions[1] has both 'update' and 'remove: true'; keep one",
            id="update-and-remove",
        ),
        pytest.param(
            "  - target: $.b\n    description: d\n",
            "o.yaml:6: actions[1] does nothing: give it 'update' or 'remove: true'",
            id="nothing",
        ),
        pytest.param(
            "  - target: $.b\n    update: {}\n    x-add: 1\n",
            "o.yaml:6: actions[1] 'x-add' must be true or false",
            id="x-add-a-number",
        ),
        pytest.param(
            "  - target: $.b\n    description: d\n    update:\n      parameters:\n        - name: q\n"
            "          schema: {tpye: string}\n",
            "o.yaml:11: actions[1] update: unknown schema keyword 'tpye' (at parameters.0.schema.tpye)",
            id="schema-keyword-unknown",
        ),
    ],
)
def test_a_malformed_action_is_named_at_the_line_of_its_key(text: str, message: str) -> None:
    with pytest.raises(OverlayError) as error:
        parse_overlay(VALID + text, "o.yaml")
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("action_lines", "message"),
    [
        ((5, 7), "o.yaml:7: actions[1] 'description' must be a string"),
        ((5,), "o.yaml: actions[1] 'description' must be a string"),  # a line not known
        ((), "o.yaml: actions[1] 'description' must be a string"),
    ],
)
def test_an_overlay_checked_without_its_file_names_the_line_of_the_action(
    action_lines: tuple[int, ...], message: str
) -> None:
    document: dict[str, Any] = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [{"target": "$.a", "remove": True}, {"target": "$.a", "remove": True, "description": 5}],
    }
    with pytest.raises(OverlayError) as error:
        apply_overlay({"a": 1}, document, "o.yaml", action_lines=action_lines)
    assert str(error.value) == message


def test_a_valid_overlay_gives_its_document_source_and_the_line_of_each_action() -> None:
    text = VALID + "  # a comment\n  - target: $.b\n    update: {c: 1}\n"
    parsed = parse_overlay(text, "o.yaml")
    assert (parsed.source, parsed.action_lines) == ("o.yaml", (4, 7))
    assert parsed.document["actions"][1] == {"target": "$.b", "update": {"c": 1}}
    assert parsed.lines.line("actions", 1, "update", "c") == 8


@pytest.mark.usefixtures("ascii_locale")
def test_an_overlay_file_is_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(VALID.replace("version: '1'", "version: 'café ☕'"), encoding="utf-8")
    parsed = read_overlay(path)
    assert parsed.document["info"]["version"] == "café ☕"
    assert parsed.source == str(path)


def test_an_error_in_an_overlay_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(VALID + "  - target: $.b\n", encoding="utf-8")
    with pytest.raises(OverlayError) as error:
        read_overlay(path)
    assert str(error.value) == f"{path}:6: actions[1] does nothing: give it 'update' or 'remove: true'"


def test_an_overlay_file_that_is_no_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_bytes(b"overlay: \xff\n")
    with pytest.raises(OverlayError) as error:
        read_overlay(path)
    assert str(error.value) == (
        f"{path}: cannot read the overlay: 'utf-8' codec can't decode byte 0xff in position 9: "
        "invalid start byte"
    )
