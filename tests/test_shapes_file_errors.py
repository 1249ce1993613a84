"""Every problem of a shapes file or of its reference is one ``FILE:LINE: message`` (issue 19,
part 5), pinned exactly: the message, the file it names and the line of the problem's own key
(not of its table, nor of the file's first key). And what a good file reads as."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rtkgen.shapes.stage import ShapesError, read_shapes, route

# Each key of interest on a line of its own, none on the line of the file's first key.
GOOD = """\
# the project's shapes (café)
reference: r.json
scope: /s/{id}
models:
  Err:
    type: object
    properties:
      code: {type: integer}
errors:
  '400': Err
names:
  Thing: GET /things 200 data
"""
ENTRY = {"method": "get", "path": "/s/{x}/things", "response": {"type": "object"}}


def shapes_file(tmp_path: Path, text: str, reference: str | None = None) -> Path:
    (tmp_path / "r.json").write_text(
        json.dumps([ENTRY]) if reference is None else reference, encoding="utf-8"
    )
    path = tmp_path / "shapes.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ShapesError) as error:
        read_shapes(path)
    return str(error.value)


@pytest.mark.usefixtures("ascii_locale")
def test_a_good_shapes_file_reads_as_written(tmp_path: Path) -> None:
    """Read as UTF-8 whatever the locale (the file and the reference hold non-ASCII text)."""
    path = shapes_file(
        tmp_path, GOOD, json.dumps([{**ENTRY, "response": {"description": "é"}}], ensure_ascii=False)
    )
    shapes = read_shapes(path)
    assert shapes.source == str(path)
    assert shapes.scope == "/s/{id}"
    assert shapes.reference == {("GET", "/s/{}/things"): {**ENTRY, "response": {"description": "é"}}}
    assert shapes.models == {"Err": {"type": "object", "properties": {"code": {"type": "integer"}}}}
    assert shapes.errors == {"400": "Err"}
    assert shapes.names == {"Thing": "GET /things 200 data"}
    assert [
        shapes.lines.line("scope"),
        shapes.lines.line("models", "Err"),
        shapes.lines.line("names", "Thing"),
    ] == [
        3,
        5,
        12,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "reference: r.json\nscope: /s\n",  # exactly the two keys it needs
        "scope: /s\nreference: r.json\nmodels:\nerrors:\nnames:\n",  # empty tables
        "reference: r.json\nscope: /s\nmodels: {E: {}}\n"
        "errors: {'4XX': E, '5XX': E, '404': E, '500': E, '100': E}\n",
    ],
)
def test_minimal_shapes_files_are_good(tmp_path: Path, text: str) -> None:
    shapes = read_shapes(shapes_file(tmp_path, text))
    assert shapes.scope == "/s"
    assert shapes.names == {}
    assert set(shapes.errors) <= {"4XX", "5XX", "404", "500", "100"}


def replaced(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "# c\nreference: r.json\nmodels: {}\n",
            2,
            "expected a mapping with at least 'reference' and 'scope'",
        ),
        ("# c\nscope: /s\n", 2, "expected a mapping with at least 'reference' and 'scope'"),
        ("# c\n- reference\n- scope\n", 2, "expected a mapping with at least 'reference' and 'scope'"),
        (
            replaced("names:\n", "namez: {}\naaa: 1\nnames:\n"),
            12,
            "unknown key(s) aaa, namez; expected errors, models, names, reference, scope",
        ),
        ("# c\nscope: /s\nreference: [r.json]\n", 3, "'reference' must be a non-empty string, not a list"),
        (
            "# c\nscope: /s\nreference: ' '\n",
            3,
            "'reference' must be a non-empty string, not an empty string",
        ),
        ("# c\nreference: r.json\nscope: 3\n", 3, "'scope' must be a non-empty string, not a number"),
        (
            "# c\nreference: r.json\nscope: s/t\n",
            3,
            "'scope' must be a path prefix starting with '/', not 's/t'",
        ),
        ("# c\nreference: r.json\nscope: /s\nmodels: [a]\n", 4, "'models' must be a mapping, not a list"),
        ("# c\nreference: r.json\nscope: /s\nerrors: x\n", 4, "'errors' must be a mapping, not a string"),
        ("# c\nreference: r.json\nscope: /s\nnames: true\n", 4, "'names' must be a mapping, not a boolean"),
        (
            replaced("  Err:\n    type: object\n", "  Err: 3\n  Two:\n    type: object\n"),
            5,
            "models: Err must be a schema (a mapping), not a number",
        ),
        (
            replaced("code: {type: integer}", "code: {tpye: integer}"),
            8,
            "models: Err: unknown schema keyword 'tpye'",
        ),
        (replaced("'400': Err", "'4xx': Err"), 10, "errors: '4xx' is not an HTTP status ('400', '4XX')"),
        (replaced("'400': Err", "'600': Err"), 10, "errors: '600' is not an HTTP status ('400', '4XX')"),
        (replaced("'400': Err", "'4000': Err"), 10, "errors: '4000' is not an HTTP status ('400', '4XX')"),
        (replaced("'400': Err", "'40': Err"), 10, "errors: '40' is not an HTTP status ('400', '4XX')"),
        (replaced("'400': Err", "'400': Nope"), 10, "errors: 400 names 'Nope', which is not under models"),
        (replaced("'400': Err", "'400': 3"), 10, "errors: 400 names 3, which is not under models"),
        (
            replaced("Thing: GET /things 200 data", "Thing: 3"),
            12,
            "names: Thing must be 'METHOD path STATUS field', not a number",
        ),
        (
            "# c\nreference: r.json\nscope: [\n",
            4,
            "not valid YAML: while parsing a flow node (line 4): expected the node content, "
            "but found '<stream end>'",
        ),
        (
            "# c\nreference: r.json\nscope: /s\n404: x\n",
            4,
            "the key 404 is a number; keys are strings in OpenAPI: quote it ('404')",
        ),
    ],
)
def test_a_bad_shapes_file_names_the_line_of_its_problem(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = shapes_file(tmp_path, text)
    assert error_of(path) == f"{path}:{line}: {message}"


def test_a_shapes_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "none.yaml"
    assert error_of(missing) == (
        f"{missing}: cannot read the shapes file: [Errno 2] No such file or directory: '{missing}'"
    )
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"scope: /s\nreference: caf\xe9\n")
    assert error_of(path) == (
        f"{path}: cannot read the shapes file: 'utf-8' codec can't decode byte 0xe9 in position 24: "
        "invalid continuation byte"
    )


def _entries(*entries: Any) -> str:
    return json.dumps(list(entries))


@pytest.mark.parametrize(
    ("reference", "line", "message"),
    [
        ('{"a": 1}', 1, "the reference must be a list of entries, not a mapping"),
        ('\n\n"x"', 1, "the reference must be a list of entries, not a string"),
        (
            "[\n  {\n  oops\n",
            3,
            "cannot read the reference shapes: Expecting property name enclosed in double quotes: "
            "line 3 column 3 (char 8)",
        ),
        ("[1]", 1, "entry 0 lacks method, path or response (strings, and a schema)"),
        (
            '[{"method": "GET", "path": "/s"}]',
            1,
            "entry 0 lacks method, path or response (strings, and a schema)",
        ),
        (
            '\n[\n {"method": "GET", "path": "/s", "response": {"required": ["a"]}},\n'
            ' {"method": "GET", "path": "/t", "response": {}},\n\n'
            ' {"method": "GET", "path": "/u", "response": []}\n]',
            6,
            "entry 2 lacks method, path or response (strings, and a schema)",
        ),
        (
            '[{"method": "GET", "path": "/s", "response": {}},\t{"method": 1, "path": "/s", "response": {}}]',
            1,
            "entry 1 lacks method, path or response (strings, and a schema)",
        ),
        (
            '[\n\n\n  {"method": "GET", "response": {}, "path": 3}]',
            4,
            "entry 0 lacks method, path or response (strings, and a schema)",
        ),
        (
            '[\r\n{"method": "GET", "path": "/s", "response": {}} ,\r\n {"path": "/s", "response": {}}]',
            3,
            "entry 1 lacks method, path or response (strings, and a schema)",
        ),
    ],
)
def test_a_bad_reference_names_its_file_and_the_line_of_the_entry(
    tmp_path: Path, reference: str, line: int, message: str
) -> None:
    path = shapes_file(tmp_path, GOOD, reference)
    assert error_of(path) == f"{tmp_path / 'r.json'}:{line}: {message}"


def test_a_reference_the_json_reader_refuses_is_named_without_a_line(tmp_path: Path) -> None:
    """Python's JSON reader refuses an integer of over 4300 digits (a ValueError of no line)."""
    path = shapes_file(tmp_path, GOOD, "[" + "1" * 5000 + "]")
    assert error_of(path) == (
        f"{tmp_path / 'r.json'}: cannot read the reference shapes: Exceeds the limit (4300 digits) for "
        "integer string conversion: value has 5000 digits; "
        "use sys.set_int_max_str_digits() to increase the limit"
    )


def test_a_reference_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    path = shapes_file(tmp_path, GOOD.replace("r.json", "none.json"))
    missing = tmp_path / "none.json"
    assert error_of(path) == (
        f"{missing}: cannot read the reference shapes: [Errno 2] No such file or directory: '{missing}'"
    )


def test_the_reference_is_keyed_by_route_whatever_the_parameters_are_called(tmp_path: Path) -> None:
    entries = [
        {"method": "post", "path": "/s/{a}/x/{b}", "response": {"type": "object"}},
        {"method": "GET", "path": "/s/{a-b}", "response": {"type": "string"}},
    ]
    shapes = read_shapes(shapes_file(tmp_path, GOOD, json.dumps(entries)))
    assert shapes.reference == {("POST", "/s/{}/x/{}"): entries[0], ("GET", "/s/{}"): entries[1]}
    assert route("delete", "/a/{x}/b/{y_z}") == ("DELETE", "/a/{}/b/{}")
