"""The overlay applier (scripts/rtkgen/overlays/apply.py): update, remove, arrays, orphaned targets, bad
files."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, committed_spec
from rtkgen.converter.convert import convert, markdown_files, read_sources
from rtkgen.converter.naming import base_name
from rtkgen.converter.openapi_builder import DocumentInfo
from rtkgen.converter.yaml_writer import to_yaml
from rtkgen.core.openapi_common import load_yaml
from rtkgen.overlays.apply import (
    Overlay,
    OverlayError,
    Write,
    apply_overlay,
    apply_overlays,
    blame,
    parse_overlay,
    read_overlay,
)
from rtkgen.shapes.stage import apply_shapes, read_shapes

OVERLAY = ROOT / "overlays" / "realtimekit.yaml"


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


DOC: dict[str, Any] = {
    "paths": {
        "/a": {"get": {"parameters": [{"name": "id", "in": "path"}], "x": 1}},
        "/b": {
            "post": {"requestBody": {"required": False, "content": {"j": {"schema": {"type": "object"}}}}}
        },
    },
    "list": [1, 2, 3, 4],
}


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        pytest.param(  # objects merge recursively, arrays append, scalars replace
            {"target": "$.paths['/a'].get", "update": {"x": 2, "y": {"z": 1}, "parameters": [{"name": "q"}]}},
            {
                "/a": {
                    "get": {
                        "parameters": [{"name": "id", "in": "path"}, {"name": "q"}],
                        "x": 2,
                        "y": {"z": 1},
                    }
                }
            },
            id="merge",
        ),
        pytest.param(  # nested merge keeps what the update does not mention
            {
                "target": "$.paths['/b'].post",
                "update": {
                    "requestBody": {"required": True, "content": {"j": {"schema": {"required": ["n"]}}}}
                },
            },
            {
                "/b": {
                    "post": {
                        "requestBody": {
                            "required": True,
                            "content": {"j": {"schema": {"type": "object", "required": ["n"]}}},
                        }
                    }
                }
            },
            id="nested-merge",
        ),
        pytest.param(  # null and a different kind of value replace
            {"target": "$.paths['/a'].get", "update": {"x": None, "parameters": {"now": "object"}}},
            {"/a": {"get": {"parameters": {"now": "object"}, "x": None}}},
            id="replace",
        ),
        pytest.param(  # an array target gets the update as one more entry
            {"target": "$.paths['/a'].get.parameters", "update": {"name": "q"}},
            {"/a": {"get": {"parameters": [{"name": "id", "in": "path"}, {"name": "q"}], "x": 1}}},
            id="append-to-array",
        ),
        pytest.param(
            {"target": "$.paths['/a'].get.x", "remove": True},
            {"/a": {"get": {"parameters": [{"name": "id", "in": "path"}]}}},
            id="remove-key",
        ),
        pytest.param(
            {"target": "$.paths[?@.get]", "remove": True},
            {"/a": None},
            id="remove-by-filter",
        ),
    ],
)
def test_actions_on_paths(action: dict[str, Any], expected: dict[str, Any]) -> None:
    """``expected`` gives each changed path (None: removed); the others stay as they were."""
    result = apply_overlay(DOC, overlay(action), "o.yaml")
    whole = DOC["paths"] | expected
    assert result["paths"] == {path: item for path, item in whole.items() if item is not None}
    assert result["list"] == DOC["list"]


@pytest.mark.parametrize(
    ("target", "left"),
    [
        ("$.list[1]", [1, 3, 4]),
        ("$.list[1,3]", [1, 3]),
        ("$.list[3,1]", [1, 3]),
        ("$.list[?@ > 1]", [1]),
        ("$.list[0,0]", [2, 3, 4]),  # one node selected twice is removed once
        ("$.list[*]", []),
    ],
)
def test_remove_array_items_keeps_indexes_valid(target: str, left: list[int]) -> None:
    assert apply_overlay(DOC, overlay({"target": target, "remove": True}), "o.yaml")["list"] == left


def test_actions_run_in_order_each_seeing_the_last() -> None:
    result = apply_overlay(
        {"a": {}},
        overlay(
            {"target": "$.a", "update": {"b": {"c": 1}}},
            {"target": "$.a.b", "update": {"d": 2}},
            {"target": "$.a.b.c", "remove": True},
        ),
        "o.yaml",
    )
    assert result == {"a": {"b": {"d": 2}}}


def test_a_node_selected_twice_is_updated_once() -> None:
    result = apply_overlay(
        {"a": {"l": []}}, overlay({"target": "$['a','a']", "update": {"l": [1]}}), "o.yaml"
    )
    assert result == {"a": {"l": [1]}}


def test_inputs_are_not_changed_and_the_result_shares_nothing_with_the_overlay() -> None:
    doc, ovl = copy.deepcopy(DOC), overlay({"target": "$.paths['/a'].get", "update": {"y": {"z": [1]}}})
    before_doc, before_ovl = copy.deepcopy(doc), copy.deepcopy(ovl)
    result = apply_overlay(doc, ovl, "o.yaml")
    assert (doc, ovl) == (before_doc, before_ovl)
    result["paths"]["/a"]["get"]["y"]["z"].append(2)
    result["paths"]["/a"]["get"]["parameters"].append("p")
    assert (doc, ovl) == (before_doc, before_ovl)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (
            {"target": "$.paths['/gone'].get", "update": {"x": 1}},
            "o.yaml:7: actions[1] (target $.paths['/gone'].get) matches nothing in the document",
        ),
        (
            {"target": "$.paths['/a'].delete", "remove": True},
            "o.yaml:7: actions[1] (target $.paths['/a'].delete) matches nothing",
        ),
        (
            {"target": "$.paths['/a'].get.x", "update": {"y": 1}},
            "o.yaml:7: actions[1] (target $.paths['/a'].get.x) at $['paths']['/a']['get']['x']: "
            "selects a number; 'update' applies to objects and arrays only",
        ),
        (
            {"target": "$.paths", "update": [1]},
            "selects an object, so 'update' must be a mapping, not an array",
        ),
        ({"target": "$", "remove": True}, "cannot remove the document root"),
    ],
)
def test_an_action_that_cannot_apply_names_file_line_index_and_target(
    action: dict[str, Any], message: str
) -> None:
    first = {"target": "$.paths['/a'].get", "update": {"y": 1}}
    with pytest.raises(OverlayError) as error:
        apply_overlay(DOC, overlay(first, action), "o.yaml", action_lines=(5, 7))
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $\n    update: {a: [1\n",
            "o.yaml:6: not valid YAML",
        ),
        ("overlay: 1.0.0\ninfo: {title: t\n", "o.yaml:3: not valid YAML"),
        ("- just a list\n", "o.yaml:1: not an Overlay 1.0 document"),
        ("", "o.yaml:1: not an Overlay 1.0 document"),
        ("overlay: 1.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]\n", "found 1.0"),
        ("overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]\n", "'2.0.0'"),
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "'overlay' must be the string 1.0.x"),
        ("overlay: 1.0.0\nactions: [{target: $, remove: true}]\n", "'info' must be a mapping"),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n",
            "'actions' must be a non-empty list",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactionz: []\n"
            "actions: [{target: $, remove: true}]\n",
            "unknown top-level key(s) actionz",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $\n    remove: true\n"
            "  - update: {a: 1}\n",
            "o.yaml:6: actions[1] needs a 'target'",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
            "  - target: $.paths[\n    remove: true\n",
            "o.yaml:4: actions[0] target '$.paths[' is not a valid JSONPath query",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.a\n    remove: true\n"
            "    update: {}\n",
            "o.yaml:4: actions[0] has both 'update' and 'remove: true'",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.a\n    remove: false\n",
            "o.yaml:4: actions[0] does nothing",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.a\n    updat: {}\n",
            "o.yaml:5: actions[0] has unknown key(s) updat",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.a\n    update:\n"
            "      name: a\n      name: b\n",
            "o.yaml:7: duplicate key 'name'",
        ),
    ],
)
def test_a_malformed_overlay_is_named_with_file_and_line(text: str, message: str) -> None:
    with pytest.raises(OverlayError) as error:
        parse_overlay(text, "o.yaml")
    assert message in str(error.value)


def test_extensions_and_extends_are_allowed() -> None:
    text = (
        "overlay: 1.0.2\nx-note: n\nextends: openapi.yaml\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - target: $.a\n    x-why: because\n    description: d\n    update: {b: 1}\n"
    )
    parsed = parse_overlay(text, "o.yaml")
    assert parsed.action_lines == (6,)
    assert apply_overlay({"a": {}}, parsed.document, parsed.source) == {"a": {"b": 1}}


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match=r"missing\.yaml: cannot read the overlay"):
        read_overlay(tmp_path / "missing.yaml")


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=12,
)
OBJECTS = st.dictionaries(st.text(max_size=4), JSON, max_size=4)


@given(OBJECTS, OBJECTS)
def test_merge_properties(document: dict[str, Any], update: dict[str, Any]) -> None:
    """Keys of the update win or merge; keys it does not mention are kept as they were."""
    before = copy.deepcopy(document)
    result = apply_overlay(document, overlay({"target": "$", "update": update}), "o.yaml")
    assert document == before
    assert apply_overlay({}, overlay({"target": "$", "update": update}), "o.yaml") == update
    assert set(result) == set(document) | set(update)
    for key, value in document.items():
        if key not in update:
            assert result[key] == value
        elif isinstance(value, list) and isinstance(update[key], list):
            assert result[key] == value + update[key]
        elif not (isinstance(value, dict) and isinstance(update[key], dict)):
            assert result[key] == update[key]


def test_the_project_overlay_and_shapes_turn_the_converted_docs_into_the_committed_spec() -> None:
    converted = convert(
        read_sources(markdown_files([ROOT / "docs" / "realtimekit"])), DocumentInfo(title="RealtimeKit API")
    )
    parsed = read_overlay(OVERLAY)
    # 33 fields of documented operations + one facade name + two operations the docs lack
    assert len(parsed.action_lines) == len(parsed.document["actions"]) == 36
    overlaid = apply_overlay(converted, parsed.document, parsed.source, action_lines=parsed.action_lines)
    result = apply_shapes(overlaid, read_shapes(ROOT / "shapes" / "realtimekit.yaml")).document
    committed = committed_spec()
    result["info"]["version"] = committed["info"]["version"]  # bumped by the change report, not here
    assert to_yaml(result) == (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert load_yaml(to_yaml(result)) == result


def test_every_project_action_targets_one_operation_by_path_and_method() -> None:
    """An action changes one operation, named by path and method; one that adds an operation the
    docs lack targets its path item (or ``$.paths``), adds that one operation only (``x-add``) and
    marks it ``x-source: reference``."""
    parsed = read_overlay(OVERLAY)
    targets = [action["target"] for action in parsed.document["actions"]]
    assert len(set(targets)) == len(targets)
    added = []
    for action in parsed.document["actions"]:
        target = action["target"]
        if not action.get("x-add"):
            assert target.startswith("$.paths['/accounts/{account_id}/realtime/kit/")
            assert target.rsplit(".", 1)[1] in {"get", "post", "put", "patch", "delete"}
            continue
        update = action["update"]
        if target == "$.paths":
            ((path, update),) = update.items()
        else:
            path = target.removeprefix("$.paths['").removesuffix("']")
        ((method, operation),) = update.items()
        assert operation["x-source"] == "reference"
        added.append((method.upper(), path))
    assert sorted(added) == [
        ("GET", "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise"),
        ("PUT", "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}"),
    ]


def test_the_operations_the_overlay_adds_are_named_by_the_converters_rule() -> None:
    """Their operationIds are what the converter would give their summaries (docs/how-it-works.md, "Operation
    names"), so they read like the rest and the change report names them the same way."""
    spec = committed_spec()
    added = [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if operation.get("x-source") == "reference"
    ]
    assert len(added) == 2
    for method, path, operation in added:
        assert operation["operationId"] == base_name(operation["summary"], method, path)


# --- adding whole operations (x-add) -------------------------------------------------------------

NEW_GET = {
    "operationId": "get_c",
    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
    "responses": {"200": {"description": "OK"}},
}


@pytest.mark.parametrize(
    ("action", "path", "method"),
    [
        pytest.param(
            {"target": "$.paths", "x-add": True, "update": {"/c/{id}": {"get": NEW_GET}}},
            "/c/{id}",
            "get",
            id="new-path",
        ),
        pytest.param(
            {
                "target": "$.paths['/b']",
                "x-add": True,
                "update": {"put": {**NEW_GET, "operationId": "put_b", "parameters": []}},
            },
            "/b",
            "put",
            id="new-method-of-a-path",
        ),
    ],
)
def test_x_add_adds_a_whole_operation_and_keeps_the_rest(
    action: dict[str, Any], path: str, method: str
) -> None:
    result = apply_overlay(DOC, overlay(action), "o.yaml")
    update = action["update"][path] if action["target"] == "$.paths" else action["update"]
    added = update[method]
    assert result["paths"][path][method] == added
    del result["paths"][path][method]
    assert {p: item for p, item in result["paths"].items() if item} == DOC["paths"]


@pytest.mark.parametrize(
    ("action", "message"),
    [
        pytest.param(  # the docs document it now: no silent merge into the documented operation
            {"target": "$.paths['/a']", "x-add": True, "update": {"get": NEW_GET}},
            "o.yaml:7: actions[1] (target $.paths['/a']) at $['paths']['/a']: 'x-add: true' adds 'get', "
            "which the document already has",
            id="already-there",
        ),
        pytest.param(
            {"target": "$.list", "x-add": True, "update": {"a": 1}},
            "selects an array; 'x-add: true' adds keys to objects only",
            id="array-target",
        ),
        pytest.param(
            {"target": "$.paths", "update": {"/c/{id}": {"get": {**NEW_GET, "operationId": None}}}},
            "o.yaml:7: actions[1] (target $.paths) at $['paths']: adds GET /c/{id} without an operationId",
            id="no-operation-id",
        ),
        pytest.param(
            {"target": "$.paths", "update": {"/c/{id}": {"get": {**NEW_GET, "operationId": "taken"}}}},
            "adds GET /c/{id} with operationId 'taken', which POST /b has",
            id="operation-id-taken",
        ),
        pytest.param(
            {"target": "$.paths", "update": {"/c/{id}/{x}": {"get": NEW_GET}}},
            "adds GET /c/{id}/{x} declaring path parameters ['id'], where its path names ['id', 'x']",
            id="path-parameter-missing",
        ),
        pytest.param(
            {"target": "$.paths['/b']", "update": {"get": {**NEW_GET, "operationId": "get_b"}}},
            "adds GET /b declaring path parameters ['id'], where its path names []",
            id="path-parameter-extra",
        ),
        pytest.param(
            {"target": "$.paths['/b']", "update": {"get": "soon"}},
            "adds GET /b, which must be a mapping (an operation), not a string",
            id="not-an-operation",
        ),
    ],
)
def test_an_added_operation_that_is_not_whole_is_named_with_file_and_line(
    action: dict[str, Any], message: str
) -> None:
    doc = copy.deepcopy(DOC)
    doc["paths"]["/b"]["post"]["operationId"] = "taken"
    first = {"target": "$.paths['/a'].get", "update": {"y": 1}}
    with pytest.raises(OverlayError) as error:
        apply_overlay(doc, overlay(first, action), "o.yaml", action_lines=(5, 7))
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("    x-add: yes please\n    update: {a: 1}\n", "o.yaml:4: actions[0] 'x-add' must be true or false"),
        (
            "    x-add: true\n    remove: true\n",
            "o.yaml:4: actions[0] has 'x-add: true', so 'update' must be a mapping",
        ),
        (
            "    x-add: true\n    update: [1]\n",
            "o.yaml:4: actions[0] has 'x-add: true', so 'update' must be a mapping",
        ),
    ],
)
def test_a_malformed_x_add_is_named_with_file_and_line(text: str, message: str) -> None:
    with pytest.raises(OverlayError) as error:
        parse_overlay(
            f"overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nactions:\n  - target: $.a\n{text}", "o.yaml"
        )
    assert message in str(error.value)


def test_blame_names_the_last_action_that_wrote_a_place() -> None:
    """The validator reports a place; the action to name is the last one that wrote it or above it."""
    trace: list[Write] = []
    apply_overlays(
        copy.deepcopy(DOC),
        [
            Overlay(overlay({"target": "$.paths", "update": {"/c/{id}": {"get": NEW_GET}}}), "o1.yaml", (4,)),
            Overlay(
                overlay(
                    {"target": "$.paths['/c/{id}'].get", "update": {"responses": {"200": 5}}},
                    {"target": "$.paths['/a'].get.parameters", "update": {"name": "q"}},
                ),
                "o2.yaml",
                (4, 6),
            ),
        ],
        trace,
    )

    def culprit(*location: int | str) -> tuple[str, int | None] | None:
        write = blame(trace, location)
        return None if write is None else (write.source, write.line)

    assert culprit("paths", "/c/{id}", "get", "responses", "200") == ("o2.yaml", 4)
    assert culprit("paths", "/c/{id}", "get", "operationId") == ("o1.yaml", 4)
    assert culprit("paths", "/a", "get", "parameters", 1, "name") == ("o2.yaml", 6)
    assert culprit("paths", "/b", "post") is None


def test_malformed_parameters_of_an_added_operation_are_left_to_the_validator() -> None:
    """No crash on a ``parameters`` that is not a list: the validator reports it with the action's line."""
    update = {"/c": {"get": {**NEW_GET, "parameters": 5}}}
    result = apply_overlay(DOC, overlay({"target": "$.paths", "update": update}), "o.yaml")
    assert result["paths"]["/c"]["get"]["parameters"] == 5
