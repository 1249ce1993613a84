"""Things given twice in the inputs, through ``regenerate.py`` (what ``make generate`` runs):
a key twice in the shapes file, one ``x-facade-name`` for two operations, a parameter twice
(the OpenAPI validator says only "Duplicate parameter 'limit'", naming no file or line). Each is
``FILE:LINE: message`` on stderr, exit 2, and nothing written.

The project is that of test_input_file_errors with a second operation (DELETE), so two
operations can clash; each case is a list of edits of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import doc_markdown, op_markdown
from rtkgen.core.openapi_common import load_yaml
from rtkgen.install import pipeline as regenerate
from rtkgen.overlays.apply import apply_overlay
from test_input_file_errors import OVERLAY, RESPONSES, arguments, project, tree

DELETE = op_markdown(summary="Delete a thing", method="DELETE", responses=RESPONSES)
DOCS = doc_markdown(op_markdown(responses=RESPONSES), DELETE)
ITEM = "$.paths['/things/{thing_id}']"
NAMES = f"""\
  - target: {ITEM}.get
    update:
      x-facade-name: things.fetch
  - target: {ITEM}.delete
    update:
      x-facade-name: things.remove
"""  # lines 14 to 19 of the overlay, after OVERLAY's 13
FIELDS = """\
        - name: fields
          in: query
          schema:
            type: string
"""
SECOND = f"""\
overlay: 1.0.0
info:
  title: a second overlay
  version: '1'
actions:
  - target: {ITEM}.delete
    update:
      x-facade-name: things.fetch
"""

Edit = tuple[str, str, str]  # (file, text to replace, its replacement)


def two_operations(root: Path, edits: list[Edit]) -> Path:
    """The project with GET and DELETE /things/{thing_id}, the overlay naming both, then ``edits``."""
    project(root, overlay=OVERLAY + NAMES)
    (root / "docs" / "things.md").write_text(DOCS, encoding="utf-8")
    (root / "second.yaml").write_text(SECOND, encoding="utf-8")
    for name, old, new in edits:
        text = (root / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"the case's text {old!r} must be once in {name}"
        (root / name).write_text(text.replace(old, new), encoding="utf-8")
    (root / "out").mkdir()
    return root


def test_the_project_of_the_cases_regenerates_with_both_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = two_operations(tmp_path, [])
    assert regenerate.main(arguments(root)) == 0, capsys.readouterr().err
    spec = (root / "out" / "openapi.yaml").read_text(encoding="utf-8")
    assert "x-facade-name: things.fetch" in spec and "x-facade-name: things.remove" in spec
    assert spec.count("name: fields") == 1


# (edits, extra arguments, the file, the first line of stderr after "FILE:"; {root} is the folder)
CASES: list[tuple[str, list[Edit], list[str], str, str]] = [
    (
        "shapes: a top-level key twice",
        [("s.yaml", "scope: /things\n", "scope: /things\nscope: /other\n")],
        [],
        "s.yaml",
        "3: duplicate key 'scope'",
    ),
    (
        "shapes: a name twice",
        [("s.yaml", "  Thing: GET /{thing_id} 200\n", "  Thing: GET /{thing_id} 200\n"
          "  Thing: DELETE /{thing_id} 200\n")],
        [],
        "s.yaml",
        "13: duplicate key 'Thing'",
    ),
    (
        "shapes: a model's property twice",
        [("s.yaml", "      message:\n        type: string\n", "      message:\n        type: string\n"
          "      message:\n        type: integer\n")],
        [],
        "s.yaml",
        "9: duplicate key 'message'",
    ),
    (
        "shapes: an error status twice",
        [("s.yaml", "  '404': Problem\n", "  '404': Problem\n  '404': Problem\n")],
        [],
        "s.yaml",
        "11: duplicate key '404'",
    ),
    (
        "x-facade-name: a second action gives the first's name",
        [("o.yaml", "x-facade-name: things.remove", "x-facade-name: things.fetch")],
        [],
        "o.yaml",
        f"19: actions[2] (target {ITEM}.delete): gives DELETE /things/{{thing_id}} the x-facade-name "
        "'things.fetch', which GET /things/{thing_id} was given at {root}/o.yaml:16: two operations "
        "cannot share a facade name: give one of them another",
    ),
    (
        "x-facade-name: the same name, spaces around it",
        [("o.yaml", "x-facade-name: things.remove", "x-facade-name: ' things.fetch '")],
        [],
        "o.yaml",
        f"19: actions[2] (target {ITEM}.delete): gives DELETE /things/{{thing_id}} the x-facade-name "
        "'things.fetch', which GET /things/{thing_id} was given at {root}/o.yaml:16",
    ),
    (
        "x-facade-name: one action gives it to two operations",
        [("o.yaml", NAMES, f"  - target: {ITEM}['get','delete']\n    update:\n"
          "      x-facade-name: things.fetch\n")],
        [],
        "o.yaml",
        f"16: actions[1] (target {ITEM}['get','delete']): gives DELETE /things/{{thing_id}} the "
        "x-facade-name 'things.fetch', which GET /things/{thing_id} was given at {root}/o.yaml:16",
    ),
    (
        "x-facade-name: given at the path item",
        [("o.yaml", f"  - target: {ITEM}.delete\n    update:\n      x-facade-name: things.remove\n",
          f"  - target: {ITEM}\n    update:\n      delete:\n        x-facade-name: things.fetch\n")],
        [],
        "o.yaml",
        f"20: actions[2] (target {ITEM}): gives DELETE /things/{{thing_id}} the x-facade-name "
        "'things.fetch', which GET /things/{thing_id} was given at {root}/o.yaml:16",
    ),
    (
        "x-facade-name: a second overlay file gives the first's name",
        [],
        ["--overlay", "{root}/second.yaml"],
        "second.yaml",
        f"8: actions[0] (target {ITEM}.delete): gives DELETE /things/{{thing_id}} the x-facade-name "
        "'things.fetch', which GET /things/{thing_id} was given at {root}/o.yaml:16",
    ),
    (
        "parameter: one action gives it twice",
        [("o.yaml", FIELDS, FIELDS + FIELDS)],
        [],
        "o.yaml",
        f"14: actions[0] (target {ITEM}.get): gives GET /things/{{thing_id}} the parameter 'fields' "
        "(in: query) a second time; a parameter is given once (the OpenAPI validator would say only "
        "'Duplicate parameter'): remove one",
    ),
    (
        "parameter: a second action gives it again",
        [("o.yaml", NAMES, f"  - target: {ITEM}.get\n    update:\n      parameters:\n" + FIELDS)],
        [],
        "o.yaml",
        f"17: actions[1] (target {ITEM}.get): gives GET /things/{{thing_id}} the parameter 'fields' "
        "(in: query) a second time",
    ),
    (
        "parameter: the docs' path parameter",
        [("o.yaml", "        - name: fields\n          in: query\n", "        - name: thing_id\n"
          "          in: path\n          required: true\n")],
        [],
        "o.yaml",
        f"10: actions[0] (target {ITEM}.get): gives GET /things/{{thing_id}} the parameter 'thing_id' "
        "(in: path) a second time",
    ),
    (
        "parameter: appended to the list itself",
        [("o.yaml", NAMES, f"  - target: {ITEM}.get.parameters\n    update:\n"
          "      name: fields\n      in: query\n")],
        [],
        "o.yaml",
        f"15: actions[1] (target {ITEM}.get.parameters): gives GET /things/{{thing_id}} the parameter "
        "'fields' (in: query) a second time",
    ),
    (
        "parameter: twice at the path item",
        [("o.yaml", NAMES, f"  - target: {ITEM}\n    update:\n      parameters:\n" + FIELDS + FIELDS)],
        [],
        "o.yaml",
        f"21: actions[1] (target {ITEM}): gives the path item /things/{{thing_id}} the parameter "
        "'fields' (in: query) a second time",
    ),
    (
        "parameter: through the paths object",
        [("o.yaml", NAMES, "  - target: $.paths\n    update:\n      /things/{thing_id}:\n        delete:\n"
          "          parameters:\n            - name: thing_id\n              in: path\n")],
        [],
        "o.yaml",
        "19: actions[1] (target $.paths): gives DELETE /things/{thing_id} the parameter 'thing_id' "
        "(in: path) a second time",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edits", "extra", "name", "expected"), [pytest.param(*case[1:], id=case[0]) for case in CASES]
)
def test_a_thing_given_twice_is_named_by_file_and_line_exits_2_and_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edits: list[Edit],
    extra: list[str],
    name: str,
    expected: str,
) -> None:
    root = two_operations(tmp_path, edits)
    before = tree(root)
    status = regenerate.main(arguments(root) + [part.replace("{root}", str(root)) for part in extra])
    stderr = capsys.readouterr().err
    assert status == 2, stderr
    first, *rest = stderr.splitlines()
    assert first.startswith(f"{root / name}:{expected.replace('{root}', str(root))}"), stderr
    assert rest == [f"{root / 'out' / 'openapi.yaml'} and {root / 'out' / 'client'} were left as they were"]
    assert "Traceback" not in stderr
    assert tree(root) == before


OPERATION = {"responses": {"200": {"description": "ok"}}}


def _document() -> dict[str, object]:
    item = {method: dict(OPERATION) for method in ("get", "delete")}
    return {"openapi": "3.1.0", "paths": {"/a": item, "/b": {"get": dict(OPERATION)}}}


def _overlay(*updates: tuple[str, dict[str, object]]) -> dict[str, object]:
    actions = [{"target": target, "update": update} for target, update in updates]
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}


@pytest.mark.parametrize(
    "updates",
    [
        # one operation named twice, by one action or two
        [("$.paths['/a'].get", {"x-facade-name": "a.x"}), ("$.paths['/a'].get", {"x-facade-name": "a.x"})],
        # a name given up, then given to another operation
        [
            ("$.paths['/a'].get", {"x-facade-name": "a.x"}),
            ("$.paths['/a'].get", {"x-facade-name": "a.y"}),
            ("$.paths['/a'].delete", {"x-facade-name": "a.x"}),
        ],
        # one name per operation, given at once
        [("$.paths", {"/a": {"get": {"x-facade-name": "a.x"}}, "/b": {"get": {"x-facade-name": "b.x"}}})],
        # one parameter name in two places (query and header), and in two operations
        [
            (
                "$.paths['/a'].get",
                {"parameters": [{"name": "p", "in": "query"}, {"name": "p", "in": "header"}]},
            ),
            ("$.paths['/a'].delete", {"parameters": [{"name": "p", "in": "query"}]}),
            ("$.paths['/a']", {"parameters": [{"name": "p", "in": "query"}]}),
        ],
    ],
)
def test_what_is_given_once_is_accepted(updates: list[tuple[str, dict[str, object]]]) -> None:
    result = apply_overlay(_document(), _overlay(*updates), "o.yaml")
    names = [
        op.get("x-facade-name")
        for item in result["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    ]
    given = [name for name in names if name is not None]
    assert len(given) == len(set(given)) and (given or result != _document())


def test_a_docs_path_naming_a_parameter_twice_gives_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The docs cannot give a parameter twice: a name repeated in the path template is one
    parameter (docs-format.md), so "Duplicate parameter" can only come from an overlay."""
    again = "/things/{thing_id}/again/{thing_id}"
    root = two_operations(
        tmp_path,
        [
            ("docs/things.md", "**GET** `/things/{thing_id}`", f"**GET** `{again}`"),
            (
                "o.yaml",
                f"  - target: {ITEM}.get\n    description:",
                f"  - target: $.paths['{again}'].get\n    description:",
            ),
            (
                "o.yaml",
                f"  - target: {ITEM}.get\n    update:",
                f"  - target: $.paths['{again}'].get\n    update:",
            ),
            ("s.yaml", "GET /{thing_id} 200", "GET /{thing_id}/again/{thing_id} 200"),
        ],
    )
    assert regenerate.main(arguments(root)) == 0, capsys.readouterr().err
    spec = load_yaml((root / "out" / "openapi.yaml").read_text(encoding="utf-8"))
    parameters = spec["paths"][again]["get"]["parameters"]
    assert [(p["name"], p["in"]) for p in parameters] == [("thing_id", "path"), ("fields", "query")]
