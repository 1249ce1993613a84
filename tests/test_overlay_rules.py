"""The overlay applier's rules, one table each (scripts/rtkgen/overlays/apply.py): the exact
``FILE:LINE: message`` of every action that cannot apply, and the exact result of small overlays
on small documents (removals at any depth, whole operations added, paths whose parameters the
docs call otherwise)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from rtkgen.overlays.apply import (
    Overlay,
    OverlayError,
    Write,
    apply_overlay,
    apply_overlays,
    parse_overlay,
    spelled_paths,
)

FIRST = {"target": "$.first", "update": {"seen": True}}  # action 0, so the one under test is actions[1]
LINES = (5, 7)  # the line of each action in the file


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    """An Overlay 1.0 document with ``actions``."""
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def error_of(document: dict[str, Any], action: dict[str, Any]) -> str:
    """The error of applying ``action`` as the second action (line 7) of o.yaml to ``document``."""
    with pytest.raises(OverlayError) as error:
        apply_overlay({"first": {}, **document}, overlay(FIRST, action), "o.yaml", action_lines=LINES)
    return str(error.value)


# --- the error itself ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [(7, "o.yaml:7: it went wrong"), (None, "o.yaml: it went wrong"), (0, "o.yaml:0: it went wrong")],
)
def test_an_overlay_error_reads_file_line_message_and_keeps_its_parts(line: int | None, text: str) -> None:
    error = OverlayError("o.yaml", line, "it went wrong")
    assert (error.source, error.line, error.message) == ("o.yaml", line, "it went wrong")
    assert str(error) == text
    assert repr(error) == f"OverlayError({text!r})"  # as a log or a debugger shows it


# --- a value of the wrong kind is named by its kind ---------------------------------------------------

KINDS = [(None, "null"), (True, "a boolean"), (3, "a number"), (1.5, "a number"), ("s", "a string")]


@pytest.mark.parametrize(("value", "kind"), [*KINDS, ([1], "an array")])
def test_an_update_of_an_object_that_is_no_mapping_is_named_by_its_kind(value: object, kind: str) -> None:
    assert error_of({"o": {}}, {"target": "$.o", "update": value}) == (
        f"o.yaml:7: actions[1] (target $.o) at $['o']: selects an object, so 'update' must be a "
        f"mapping, not {kind}"
    )


@pytest.mark.parametrize(("value", "kind"), KINDS)
def test_an_update_of_a_scalar_names_the_scalar_kind(value: object, kind: str) -> None:
    assert error_of({"v": value}, {"target": "$.v", "update": {"a": 1}}) == (
        f"o.yaml:7: actions[1] (target $.v) at $['v']: selects {kind}; 'update' applies to objects "
        "and arrays only"
    )


@pytest.mark.parametrize(("value", "kind"), [*KINDS, ([1], "an array")])
def test_x_add_on_anything_but_an_object_names_its_kind(value: object, kind: str) -> None:
    assert error_of({"v": value}, {"target": "$.v", "x-add": True, "update": {"a": 1}}) == (
        f"o.yaml:7: actions[1] (target $.v) at $['v']: selects {kind}; 'x-add: true' adds keys to "
        "objects only"
    )


@pytest.mark.parametrize(("value", "kind"), [*KINDS, ([1], "an array")])
def test_an_added_operation_that_is_no_mapping_is_named_by_its_kind(value: object, kind: str) -> None:
    assert error_of({"paths": {}}, {"target": "$.paths", "update": {"/c": {"post": value}}}) == (
        f"o.yaml:7: actions[1] (target $.paths) at $['paths']: adds POST /c, which must be a mapping "
        f"(an operation), not {kind}"
    )


# --- x-add adds keys only ------------------------------------------------------------------------------


def test_x_add_names_every_key_the_document_has_already() -> None:
    document: dict[str, Any] = {"paths": {"/a": {"get": {}, "put": {}}}}
    action = {"target": "$.paths['/a']", "x-add": True, "update": {"get": {}, "post": {}, "put": {}}}
    assert error_of(document, action) == (
        "o.yaml:7: actions[1] (target $.paths['/a']) at $['paths']['/a']: 'x-add: true' adds 'get', "
        "'put', which the document already has (the docs have it now?): update what is there instead, "
        "or remove the action"
    )


def test_x_add_adds_keys_new_to_the_object() -> None:
    action = {"target": "$.o", "x-add": True, "update": {"b": {"c": 1}}}
    result = apply_overlay({"o": {"a": 1}}, overlay(action), "o.yaml")
    assert result == {"o": {"a": 1, "b": {"c": 1}}}


# --- an added operation is whole -----------------------------------------------------------------------

PATH_ID = {"name": "id", "in": "path"}
TAKEN = {"paths": {"/b": {"post": {"operationId": "taken"}}}}


@pytest.mark.parametrize(
    ("paths", "target", "update"),
    [
        pytest.param({}, "$.paths", {"/c": {"get": {"operationId": "g"}}}, id="no-parameters"),
        pytest.param(
            {"/c/{id}": {"parameters": [PATH_ID], "get": {"operationId": "g"}}},
            "$.paths['/c/{id}']",
            {"put": {"operationId": "p"}},
            id="path-parameter-of-the-path-item",
        ),
        pytest.param(
            {},
            "$.paths",
            {
                "/c/{id}/{id}": {
                    "parameters": [PATH_ID],
                    "get": {
                        "operationId": "g",
                        "parameters": [
                            {"name": "q", "in": "query"},
                            {"$ref": "#/components/parameters/p"},
                            "not-a-parameter",
                            PATH_ID,
                        ],
                    },
                    "put": {"operationId": "p", "parameters": [PATH_ID]},
                }
            },
            id="path-parameters-among-others",
        ),
        pytest.param(
            {"/c": {"get": {"operationId": "g"}}},
            "$.paths",
            {"/c": {"put": {"operationId": "p"}}},
            id="new-method-through-paths",
        ),
        pytest.param(
            {"/c": {"get": {"operationId": "g"}}},
            "$.paths['/c']",
            {"get": {"summary": "s"}, "parameters": [PATH_ID]},
            id="a-documented-operation-is-not-added",
        ),
    ],
)
def test_a_whole_added_operation_is_accepted(
    paths: dict[str, Any], target: str, update: dict[str, Any]
) -> None:
    document = {"paths": {**TAKEN["paths"], **copy.deepcopy(paths)}}
    result = apply_overlay(document, overlay({"target": target, "update": update}), "o.yaml")
    expected = copy.deepcopy(document)
    node = expected["paths"] if target == "$.paths" else expected["paths"][target[9:-2]]
    for key, value in update.items():
        node[key] = {**node[key], **value} if isinstance(node.get(key), dict) else value
    assert result == expected


@pytest.mark.parametrize(
    ("paths", "target", "update", "message"),
    [
        *[
            pytest.param(
                {},
                "$.paths",
                {"/c": {"get": operation}},
                "adds GET /c without an operationId (the converter's rule: its summary in snake_case)",
                id=f"operation-id-{name}",
            )
            for name, operation in [
                ("missing", {}),
                ("null", {"operationId": None}),
                ("number", {"operationId": 5}),
                ("empty", {"operationId": ""}),
                ("blank", {"operationId": "  "}),
            ]
        ],
        pytest.param(
            {},
            "$.paths",
            {"/c": {"delete": {"operationId": "taken"}}},
            "adds DELETE /c with operationId 'taken', which POST /b has",
            id="operation-id-taken",
        ),
        pytest.param(
            {"/c": {"get": {"operationId": "g"}}},
            "$.paths",
            {"/c": {"get": {"summary": "s"}, "put": {}}},
            "adds PUT /c without an operationId (the converter's rule: its summary in snake_case)",
            id="new-method-of-a-path-item-through-paths",
        ),
        pytest.param(
            {"/c": "malformed"},
            "$.paths",
            {"/c": {"put": {"operationId": "taken"}}},
            "adds PUT /c with operationId 'taken', which POST /b has",
            id="path-item-replaced",
        ),
        pytest.param(
            {},
            "$",
            {
                "paths": {
                    "/b": {"post": {"summary": "s"}, "get": {"operationId": "g", "parameters": [PATH_ID]}}
                }
            },
            "adds GET /b declaring path parameters ['id'], where its path names []",
            id="new-method-through-the-document",
        ),
        pytest.param(
            {},
            "$.paths['/b']",
            {"patch": {"operationId": "taken"}},
            "adds PATCH /b with operationId 'taken', which POST /b has",
            id="operation-id-of-the-path-item",
        ),
        pytest.param(
            {},
            "$.paths",
            {"/c/{b}/{a}": {"get": {"operationId": "g", "parameters": [{"name": "a", "in": "path"}]}}},
            "adds GET /c/{b}/{a} declaring path parameters ['a'], where its path names ['a', 'b']",
            id="path-parameter-missing",
        ),
        pytest.param(
            {},
            "$.paths",
            {"/c/{id}": {"get": {"operationId": "g", "parameters": [{"name": "id", "in": "query"}]}}},
            "adds GET /c/{id} declaring path parameters [], where its path names ['id']",
            id="path-parameter-in-query",
        ),
        pytest.param(
            {"/c": {"parameters": [PATH_ID], "get": {"operationId": "g"}}},
            "$.paths['/c']",
            {"put": {"operationId": "p"}},
            "adds PUT /c declaring path parameters ['id'], where its path names []",
            id="path-parameter-of-the-path-item-extra",
        ),
        pytest.param(
            {},
            "$.paths",
            {"/c": {"get": {"operationId": "g", "parameters": [{"in": "path"}]}}},
            "adds GET /c declaring path parameters ['None'], where its path names []",
            id="path-parameter-without-a-name",
        ),
    ],
)
def test_an_added_operation_that_is_not_whole_is_named(
    paths: dict[str, Any], target: str, update: dict[str, Any], message: str
) -> None:
    document = {"paths": {**TAKEN["paths"], **copy.deepcopy(paths)}}
    at = {"$": "$", "$.paths": "$['paths']"}.get(target, f"$['paths']['{target[9:-2]}']")
    assert error_of(document, {"target": target, "update": update}) == (
        f"o.yaml:7: actions[1] (target {target}) at {at}: {message}"
    )


@pytest.mark.parametrize(
    ("target", "update"),
    [
        pytest.param("$.components.schemas", {"get": {"type": "object"}}, id="a-model-named-get"),
        pytest.param("$.components.responses", {"post": {"description": "x"}}, id="a-response-named-post"),
        pytest.param("$.paths['/b'].post", {"put": {"x": 1}}, id="a-key-named-put-in-an-operation"),
    ],
)
def test_a_key_named_like_a_method_outside_a_path_item_is_no_operation(
    target: str, update: dict[str, Any]
) -> None:
    """Only a method of a path item (``$.paths[PATH]``) is an added operation: elsewhere ``get``
    or ``post`` is a plain key, taken as it is, with no operation's checks."""
    document = {"first": {}, "components": {"schemas": {}, "responses": {}}, **copy.deepcopy(TAKEN)}
    result = apply_overlay(document, overlay(FIRST, {"target": target, "update": update}), "o.yaml")
    node = result
    for step in target.removeprefix("$.").replace("['/b']", ".'/b'").split("."):
        node = node[step.strip("'")]
    assert node == {**node, **update}


# --- remove ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "target", "left"),
    [
        ({"a": {"b": {"c": 1, "d": 2}}}, "$.a.b.c", {"a": {"b": {"d": 2}}}),
        ({"a": {"b": [1, 2, 3]}, "c": 1}, "$.a.b[1]", {"a": {"b": [1, 3]}, "c": 1}),
        ({"a": [[1, 2], [3, 4]], "b": 1}, "$.a[*][0]", {"a": [[2], [4]], "b": 1}),
        ({"a": [{"b": [0, 1, 2]}]}, "$.a[0].b[0,2]", {"a": [{"b": [1]}]}),
        (  # a node inside a node removed too: the inner one first
            {"x": {"x": {"x": 1}, "y": 2}, "l": [{"x": 1}, {"x": 2, "z": 3}]},
            "$..x",
            {"l": [{}, {"z": 3}]},
        ),
        ({"l": [[0, [1, 2]], 3]}, "$..[?@ == 1 || @ == 2 || @ == 3]", {"l": [[0, []]]}),
        ({"d": {1: "one", "a": "y", 2: "two"}, "k": 0}, "$.d[*]", {"d": {}, "k": 0}),  # keys of both kinds
        ({"d": {1: [5, 6], "a": [7]}}, "$.d[*][0]", {"d": {1: [6], "a": []}}),
    ],
)
def test_remove_takes_every_selected_node_at_any_depth(
    document: dict[str, Any], target: str, left: dict[str, Any]
) -> None:
    assert apply_overlay(document, overlay({"target": target, "remove": True}), "o.yaml") == left


def test_a_target_that_matches_nothing_is_named_with_what_to_do() -> None:
    assert error_of({"a": {}}, {"target": "$.a.b", "update": {}}) == (
        "o.yaml:7: actions[1] (target $.a.b) matches nothing in the document; the operation or field it "
        "changes has moved or gone: fix the target or remove the action"
    )


def test_the_actions_after_a_removal_run() -> None:
    actions: list[dict[str, Any]] = [
        {"target": "$.a.x", "remove": True},
        {"target": "$.a", "update": {"y": 1}},
    ]
    assert apply_overlay({"a": {"x": 0}}, overlay(*actions), "o.yaml") == {"a": {"y": 1}}


@pytest.mark.parametrize(
    ("document", "action", "inside"),
    [
        ({"l": []}, {"target": "$.l", "update": {"k": [{"n": 1}]}}, lambda r: r["l"][0]["k"][0]),
        ({"o": {"l": []}}, {"target": "$.o", "update": {"l": [{"n": 1}]}}, lambda r: r["o"]["l"][0]),
        ({"o": {}}, {"target": "$.o", "update": {"l": [{"n": 1}]}}, lambda r: r["o"]["l"][0]),
    ],
)
def test_the_result_shares_no_value_with_the_overlay(
    document: dict[str, Any], action: dict[str, Any], inside: Any
) -> None:
    """Changing the result, as a later stage does, leaves the overlay as it was read."""
    before = copy.deepcopy(action)
    inside(apply_overlay(document, overlay(action), "o.yaml"))["n"] = 2
    assert action == before


def test_removing_the_document_root_is_named() -> None:
    assert error_of({}, {"target": "$", "remove": True}) == (
        "o.yaml:7: actions[1] (target $): cannot remove the document root"
    )


# --- paths match whatever their parameters are called ------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({}, set()),
        ({"actions": None}, set()),
        ({"actions": [{"target": "$.paths['/a/{x}'].get"}]}, {"/a/{x}"}),
        ({"actions": [{"target": '$.paths["/a/{x}"].get'}]}, {"/a/{x}"}),
        ({"actions": [{"target": "$.paths[ '/a' ].get.x['/b/{y}']"}]}, {"/a", "/b/{y}"}),
        ({"actions": [{"target": "$.paths['a'].get"}, {"target": "$.paths['/a\"]"}]}, set()),
        (  # an action that is not a mapping, or has no target string, is passed over
            {"actions": ["junk", {"target": 5}, {"update": {}}, {"target": "$.paths['/a']"}]},
            {"/a"},
        ),
        (  # the paths an update of $.paths adds
            {"actions": [{"target": "$.paths", "update": {"/n/{id}": {}, "/m": {}}}]},
            {"/n/{id}", "/m"},
        ),
        ({"actions": [{"target": "$[ 'paths' ]", "update": {"/n": {}}}]}, {"/n"}),
        ({"actions": [{"target": "$ . paths", "update": {"/n": {}}}]}, {"/n"}),
        (  # not $.paths, or no mapping: nothing added
            {
                "actions": [
                    {"target": "$.paths", "update": ["/l"]},
                    {"target": "$.pathsx", "update": {"/k": {}}},
                    {"target": "$.paths.x", "update": {"/k": {}}},
                    {"target": "$.components", "update": {"schemas": {}}},
                ]
            },
            set(),
        ),
    ],
)
def test_spelled_paths_are_those_of_targets_and_of_updates_of_paths(
    document: dict[str, Any], expected: set[str]
) -> None:
    assert spelled_paths(document) == expected


DOCS_PATHS = {
    "/z": {"get": {"operationId": "z"}},
    "/w/{webhook-id}": {"get": {"operationId": "w", "x": 0}},
    "/a/{id}/b": {},
}


def overlay_file(*actions: dict[str, Any], source: str = "o.yaml") -> Overlay:
    """An overlay read from ``source``, its actions on lines 5, 7, ..."""
    return Overlay(overlay(*actions), source, tuple(5 + 2 * i for i in range(len(actions))))


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        pytest.param(
            [{"target": "$.paths['/w/{webhook_id}'].get", "update": {"x": 1}}],
            {**DOCS_PATHS, "/w/{webhook-id}": {"get": {"operationId": "w", "x": 1}}},
            id="target",
        ),
        pytest.param(
            [{"target": '$.paths["/w/{id}"].get.x', "remove": True}],
            {**DOCS_PATHS, "/w/{webhook-id}": {"get": {"operationId": "w"}}},
            id="double-quoted-target",
        ),
        pytest.param(
            [{"target": "$.paths", "update": {"/w/{w}": {"get": {"y": 2}}, "/a/{a_id}/b": {"k": 1}}}],
            {
                **DOCS_PATHS,
                "/w/{webhook-id}": {"get": {"operationId": "w", "x": 0, "y": 2}},
                "/a/{id}/b": {"k": 1},
            },
            id="update-of-paths",
        ),
        pytest.param(
            [{"target": "$.paths['/w/{webhook-id}'].get", "update": {"x": 1}}],
            {**DOCS_PATHS, "/w/{webhook-id}": {"get": {"operationId": "w", "x": 1}}},
            id="same-spelling",
        ),
        pytest.param(
            [{"target": "$.paths['/z']", "update": {"k": 1}}],
            {**DOCS_PATHS, "/z": {"get": {"operationId": "z"}, "k": 1}},
            id="no-parameters",
        ),
    ],
)
def test_an_overlay_applies_to_the_docs_path_of_its_shape_which_keeps_its_spelling(
    actions: list[dict[str, Any]], expected: dict[str, Any]
) -> None:
    document = {"openapi": "3.1.0", "paths": copy.deepcopy(DOCS_PATHS), "x-tail": 1}
    result = apply_overlays(document, [overlay_file(*actions)])
    assert result == {"openapi": "3.1.0", "paths": expected, "x-tail": 1}
    assert list(result) == ["openapi", "paths", "x-tail"]
    assert list(result["paths"]) == list(expected)  # in the docs' order
    assert document["paths"] == DOCS_PATHS


GET_B = {"operationId": "n", "parameters": [{"name": "b", "in": "path"}]}


def test_the_trace_names_the_docs_spelling_of_a_path_written_under_another() -> None:
    trace: list[Write] = [Write(("before",), "earlier.yaml", 1)]
    apply_overlays(
        {"paths": copy.deepcopy(DOCS_PATHS), "x-map": {}, "l": []},
        [
            overlay_file(
                {"target": "$.paths['/w/{webhook_id}'].get", "update": {"x": 1, "y": {"z": 2}}},
                {"target": "$['x-map']", "update": {"/w/{webhook_id}": 1}},
                {"target": "$", "update": {"paths": {"/z": {"k": 1}}}},
                {"target": "$.paths['/w/{webhook_id}'].get.y", "update": {"z": 3}},
                {"target": "$.paths", "update": {"/a/{b}/b": {"get": GET_B}}},
                {"target": "$.l", "update": {"k": 1}},  # an array: the entry appended is written
            ),
            overlay_file({"target": "$.paths['/w/{hook}']", "update": {"q": 1}}, source="p.yaml"),
        ],
        trace,
    )
    assert trace == [
        Write(("before",), "earlier.yaml", 1),
        Write(("paths", "/w/{webhook-id}", "get", "x"), "o.yaml", 5),
        Write(("paths", "/w/{webhook-id}", "get", "y"), "o.yaml", 5),
        Write(("x-map", "/w/{webhook_id}"), "o.yaml", 7),
        Write(("paths",), "o.yaml", 9),
        Write(("paths", "/w/{webhook-id}", "get", "y", "z"), "o.yaml", 11),
        Write(("paths", "/a/{id}/b"), "o.yaml", 13),
        Write(("l",), "o.yaml", 15),
        Write(("paths", "/w/{webhook-id}", "q"), "p.yaml", 5),
    ]


@pytest.mark.parametrize(
    ("paths", "actions", "message"),
    [
        pytest.param(  # two spellings of one shape: which one is meant is not known
            DOCS_PATHS,
            [
                {"target": "$.paths['/w/{a}'].get", "update": {"x": 1}},
                {"target": "$.paths['/w/{b}'].get", "update": {"x": 1}},
            ],
            "o.yaml:5: actions[0] (target $.paths['/w/{a}'].get) matches nothing in the document",
            id="two-spellings",
        ),
        pytest.param(  # shapes differ: /w/{x}/y is not /w/{webhook-id}
            DOCS_PATHS,
            [{"target": "$.paths['/w/{x}/y']", "update": {"k": 1}}],
            "o.yaml:5: actions[0] (target $.paths['/w/{x}/y']) matches nothing in the document",
            id="other-shape",
        ),
    ],
)
def test_a_path_spelled_ambiguously_is_not_renamed(
    paths: dict[str, Any], actions: list[dict[str, Any]], message: str
) -> None:
    with pytest.raises(OverlayError) as error:
        apply_overlays({"paths": copy.deepcopy(paths)}, [overlay_file(*actions)])
    assert str(error.value).startswith(message)


def test_a_document_without_paths_takes_overlays_that_name_paths() -> None:
    with pytest.raises(OverlayError) as error:
        apply_overlays({"info": {}}, [overlay_file({"target": "$.paths['/w/{x}']", "update": {}})])
    assert str(error.value).startswith("o.yaml:5: actions[0] (target $.paths['/w/{x}']) matches nothing")
    paths = {"/w/{id}": {}, "/n": {"get": {"operationId": "n"}}}
    action = {"target": "$", "update": {"paths": paths}}
    assert apply_overlays({"info": {}}, [overlay_file(action)]) == {"info": {}, "paths": paths}


GET_A = {"operationId": "g", "parameters": [{"name": "a", "in": "path"}]}


def test_an_operation_added_to_a_document_without_paths_is_checked_whole() -> None:
    action = {"target": "$", "update": {"paths": {"/n": {"get": {"summary": "s"}}}}}
    with pytest.raises(OverlayError) as error:
        apply_overlays({"info": {}}, [overlay_file(action)])
    assert str(error.value) == (
        "o.yaml:5: actions[0] (target $) at $: adds GET /n without an operationId (the converter's rule: "
        "its summary in snake_case)"
    )


def test_a_path_item_that_is_no_mapping_is_left_to_the_validator() -> None:
    action = {"target": "$.paths", "update": {"/a": "soon", "/b": None}}
    result = apply_overlay({"paths": {"/a": {"get": {"operationId": "g"}}}}, overlay(action), "o.yaml")
    assert result == {"paths": {"/a": "soon", "/b": None}}


def test_each_overlay_sees_the_result_of_the_ones_before() -> None:
    result = apply_overlays(
        {"paths": {"/w/{webhook-id}": {}}},
        [
            overlay_file({"target": "$.paths['/w/{a}']", "update": {"get": GET_A}}),
            overlay_file({"target": "$.paths['/w/{b}'].get", "update": {"x": 1}}, source="p.yaml"),
        ],
    )
    assert result == {"paths": {"/w/{webhook-id}": {"get": {**GET_A, "x": 1}}}}


@pytest.mark.parametrize("both", [True, False])
def test_paths_the_docs_spell_both_ways_are_two_paths(both: bool) -> None:
    """Neither is renamed, whether the overlay names one of them or both."""
    document = {"paths": {**copy.deepcopy(DOCS_PATHS), "/w/{w}": {"get": {"operationId": "v"}}}}
    actions = [{"target": "$.paths['/w/{w}'].get", "update": {"x": 1}}]
    actions += [{"target": "$.paths['/w/{webhook-id}'].get", "update": {"y": 1}}] if both else []
    result = apply_overlays(document, [overlay_file(*actions)])
    assert list(result["paths"]) == [*DOCS_PATHS, "/w/{w}"]
    assert result["paths"]["/w/{w}"] == {"get": {"operationId": "v", "x": 1}}
    assert result["paths"]["/w/{webhook-id}"] == {
        "get": {"operationId": "w", "x": 0, **({"y": 1} if both else {})}
    }


# --- a parameter twice, a facade name for two operations: named at the line in the file --------------

HEADER = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"  # lines 1 to 3
OPERATIONS: dict[str, Any] = {
    "paths": {
        "/a": {
            "parameters": [{"name": "id", "in": "path"}],
            "get": {"operationId": "get_a", "parameters": [{"name": "q", "in": "query"}]},
            "delete": {"operationId": "delete_a"},
        },
        "/b": {"get": {"operationId": "get_b"}},
    }
}
TWICE = (
    "a second time; a parameter is given once (the OpenAPI validator would say only 'Duplicate "
    "parameter'): remove one"
)
SHARED = "two operations cannot share a facade name: give one of them another"


def applied(*texts: str) -> dict[str, Any]:
    """OPERATIONS with the overlays of ``texts`` (actions from line 4) applied, read as o.yaml, p.yaml..."""
    files = [parse_overlay(HEADER + text, f"{name}.yaml") for name, text in zip("opqr", texts, strict=False)]
    return apply_overlays(copy.deepcopy(OPERATIONS), files)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "  - target: $.paths['/a'].get\n    update:\n      parameters:\n"
            "        - {name: r, in: query}\n        - {name: q, in: query}\n",
            "o.yaml:8: actions[0] (target $.paths['/a'].get)"
            f": gives GET /a the parameter 'q' (in: query) {TWICE}",
            id="second-entry-of-the-update",
        ),
        pytest.param(
            "  - target: $.paths['/a'].get\n    update:\n      parameters:\n"
            "        - {name: q, in: query}\n        - {name: r, in: query}\n",
            "o.yaml:7: actions[0] (target $.paths['/a'].get)"
            f": gives GET /a the parameter 'q' (in: query) {TWICE}",
            id="first-entry-of-the-update",
        ),
        pytest.param(
            "  - target: $.paths['/b'].get\n    update:\n      parameters:\n"
            "        - {name: h, in: header}\n        - {name: h, in: header}\n",
            "o.yaml:8: actions[0] (target $.paths['/b'].get)"
            f": gives GET /b the parameter 'h' (in: header) {TWICE}",
            id="twice-in-the-update",
        ),
        pytest.param(
            "  - target: $.paths['/a'].get.parameters\n    description: d\n"
            "    update: {name: q, in: query}\n",
            f"o.yaml:6: actions[0] (target $.paths['/a'].get.parameters): gives GET /a the parameter 'q' "
            f"(in: query) {TWICE}",
            id="the-list-selected",
        ),
        pytest.param(
            "  - target: $.paths['/a']\n    update:\n      parameters:\n        - {name: id, in: path}\n",
            "o.yaml:7: actions[0] (target $.paths['/a'])"
            f": gives the path item /a the parameter 'id' (in: path) "
            f"{TWICE}",
            id="path-item",
        ),
        pytest.param(
            "  - target: $.paths['/a'].parameters\n    update: {name: id, in: path}\n",
            f"o.yaml:5: actions[0] (target $.paths['/a'].parameters): gives the path item /a the parameter "
            f"'id' (in: path) {TWICE}",
            id="the-path-item-list-selected",
        ),
        pytest.param(
            "  - target: $.paths\n    update:\n      /a:\n        get:\n          parameters:\n"
            "            - {name: z, in: cookie}\n            - {name: q, in: query}\n",
            f"o.yaml:10: actions[0] (target $.paths): gives GET /a the parameter 'q' (in: query) {TWICE}",
            id="deep-in-the-update",
        ),
        pytest.param(
            "  - target: $.paths\n    update:\n      /a:\n        parameters:\n"
            "          - {name: id, in: path}\n",
            f"o.yaml:8: actions[0] (target $.paths): gives the path item /a the parameter 'id' (in: path) "
            f"{TWICE}",
            id="path-item-through-paths",
        ),
        pytest.param(
            "  - target: $\n    update:\n      paths:\n        /a:\n          delete:\n"
            "            parameters:\n"
            "              - {name: n}\n              - {name: n}\n",
            f"o.yaml:11: actions[0] (target $): gives DELETE /a the parameter 'n' (in: None) {TWICE}",
            id="from-the-root-without-in",
        ),
        pytest.param(  # two lists at once: the first in the document's order is named
            "  - target: $.paths['/a']\n    update:\n      parameters:\n        - {name: id, in: path}\n"
            "      get:\n        parameters:\n          - {name: q, in: query}\n",
            "o.yaml:10: actions[0] (target $.paths['/a'])"
            f": gives GET /a the parameter 'q' (in: query) {TWICE}",
            id="two-lists",
        ),
        pytest.param(
            "  - target: $.paths['/a'].get.parameters[0]\n    update: {name: s}\n"
            "  - target: $.paths['/a'].get.parameters\n    update: {name: s, in: query}\n",
            f"o.yaml:7: actions[1] (target $.paths['/a'].get.parameters): gives GET /a the parameter 's' "
            f"(in: query) {TWICE}",
            id="second-action",
        ),
        pytest.param(
            "  - target: $.paths['/a'].get.parameters\n    update: {name: r, in: query}\n"
            "  - target: $.paths['/a'].get.parameters[1]\n    update: {name: q}\n",
            f"o.yaml:7: actions[1] (target $.paths['/a'].get.parameters[1]): gives GET /a the parameter 'q' "
            f"(in: query) {TWICE}",
            id="a-parameter-renamed",
        ),
    ],
)
def test_a_parameter_given_twice_is_named_at_its_line(text: str, message: str) -> None:
    with pytest.raises(OverlayError) as error:
        applied(text)
    assert str(error.value) == message


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "  - target: $.paths['/a'].get\n    update:\n      parameters:\n"
            "        - {name: q, in: header}\n        - {name: id, in: query}\n        - {$ref: '#/p'}\n"
            "        - {$ref: '#/p'}\n        - 5\n        - 5\n",
            id="other-places-refs-and-malformed",
        ),
        pytest.param(
            "  - target: $.paths['/a'].delete\n    update:\n      parameters:\n"
            "        - {name: q, in: query}\n"
            "        - {name: id, in: path}\n",
            id="one-name-in-two-lists",
        ),
    ],
)
def test_parameters_given_once_per_list_are_accepted(text: str) -> None:
    result = applied(text)
    action = parse_overlay(HEADER + text, "o.yaml").document["actions"][0]
    method = action["target"].rsplit(".", 1)[1]
    assert result["paths"]["/a"][method]["parameters"] == [
        *OPERATIONS["paths"]["/a"][method].get("parameters", []),
        *action["update"]["parameters"],
    ]


def test_a_parameter_list_given_twice_before_the_action_is_left_to_the_validator() -> None:
    document = copy.deepcopy(OPERATIONS)
    document["paths"]["/b"]["get"]["parameters"] = [{"name": "q", "in": "query"}] * 2
    action = {"target": "$.paths['/b'].get", "update": {"parameters": [{"name": "r", "in": "query"}]}}
    result = apply_overlay(document, overlay(action), "o.yaml")
    assert [p["name"] for p in result["paths"]["/b"]["get"]["parameters"]] == ["q", "q", "r"]


SHARING = """
paths:
  /a:
    parameters: &item [{name: id, in: path}]
    get: {operationId: get_a, parameters: &get [{name: q, in: query}]}
    delete: {operationId: delete_a, parameters: *get}
    put: {operationId: put_a, parameters: *item}
  /b:
    parameters: *item
    get: {operationId: get_b, parameters: *get}
"""  # a YAML document may give one list to several places (an alias)
Q = {"name": "q", "in": "query"}
ID = {"name": "id", "in": "path"}


@pytest.mark.parametrize(
    ("target", "update", "message"),
    [
        ("$.paths['/a']", {"get": {"parameters": [Q]}}, "gives DELETE /a the parameter 'q' (in: query)"),
        ("$.paths['/b']", {"get": {"parameters": [Q]}}, "gives GET /b the parameter 'q' (in: query)"),
        ("$.paths['/b']", {"parameters": [ID]}, "gives the path item /b the parameter 'id' (in: path)"),
        ("$.paths['/a'].put", {"parameters": [ID]}, "gives PUT /a the parameter 'id' (in: path)"),
    ],
)
def test_a_parameter_twice_in_a_list_shared_by_others_names_a_place_the_action_reached(
    target: str, update: dict[str, Any], message: str
) -> None:
    document = yaml.safe_load(SHARING)
    assert error_of(document, {"target": target, "update": update}) == (
        f"o.yaml:7: actions[1] (target {target}): {message} {TWICE}"
    )


@pytest.mark.parametrize(
    ("paths", "target", "update"),
    [
        pytest.param({"/a": [{}]}, "$.paths['/a'][0]", {"k": 1}, id="path-item-a-list"),
        pytest.param({"/a": {"get": []}}, "$.paths['/a'].get", 1, id="operation-a-list"),
        pytest.param(
            {"/a": {"x-ext": {"parameters": [Q]}}},
            "$.paths['/a']['x-ext']",
            {"parameters": [Q], "x-facade-name": "n"},
            id="extension-no-operation",
        ),
    ],
)
def test_what_is_no_operation_is_left_to_the_validator(
    paths: dict[str, Any], target: str, update: object
) -> None:
    first = {"target": "$.paths['/b'].get", "update": {"x-facade-name": "n"}}
    document = {"paths": {**copy.deepcopy(paths), "/b": {"get": {"operationId": "get_b"}}}}
    result = apply_overlay(document, overlay(first, {"target": target, "update": update}), "o.yaml")
    assert result["paths"]["/b"] == {"get": {"operationId": "get_b", "x-facade-name": "n"}}
    assert result["paths"]["/a"] != paths["/a"]


def test_an_action_checks_the_facade_names_of_the_operations_it_reaches_only() -> None:
    """A name the document holds already (not one an action gave) is the facade's to check."""
    document = {
        "paths": {
            "/a": {"get": {"operationId": "get_a"}},
            "/b": {"get": {"operationId": "get_b", "x-facade-name": "n"}},
        }
    }
    actions = [
        {"target": "$.paths['/a'].get", "update": {"x-facade-name": "n"}},
        {"target": "$.paths['/a']", "update": {"summary": "s"}},
    ]
    result = apply_overlay(document, overlay(*actions), "o.yaml")
    assert result["paths"]["/a"] == {"get": {"operationId": "get_a", "x-facade-name": "n"}, "summary": "s"}


NAME_A = "  - target: $.paths['/a'].get\n    update:\n      x-facade-name: things.fetch\n"  # 4 to 6


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        pytest.param(
            [NAME_A + "  - target: $.paths['/b'].get\n    update:\n      x-facade-name: ' things.fetch '\n"],
            "o.yaml:9: actions[1] (target $.paths['/b'].get): gives GET /b the x-facade-name 'things.fetch', "
            f"which GET /a was given at o.yaml:6: {SHARED}",
            id="two-actions",
        ),
        pytest.param(
            [
                "  - target: $.paths\n    update:\n      /a:\n        delete:\n          x-facade-name: n\n"
                "      /b:\n        get:\n          x-facade-name: n\n"
            ],
            "o.yaml:11: actions[0] (target $.paths)"
            f": gives GET /b the x-facade-name 'n', which DELETE /a was "
            f"given at o.yaml:8: {SHARED}",
            id="one-action",
        ),
        pytest.param(
            [
                "  - target: $.paths['/a']\n    update:\n      delete:\n        x-facade-name: n\n"
                "      get:\n        x-facade-name: n\n"
            ],
            "o.yaml:7: actions[0] (target $.paths['/a'])"
            f": gives DELETE /a the x-facade-name 'n', which GET /a "
            f"was given at o.yaml:9: {SHARED}",
            id="one-path-item",
        ),
        pytest.param(
            [NAME_A, "  - target: $.paths['/a'].delete\n    update: {x-facade-name: things.fetch}\n"],
            "p.yaml:5: actions[0] (target $.paths['/a'].delete): gives DELETE /a the x-facade-name "
            f"'things.fetch', which GET /a was given at o.yaml:6: {SHARED}",
            id="two-files",
        ),
        pytest.param(
            [
                NAME_A + "  - target: $\n    update:\n      paths:\n        /b:\n          get:\n"
                "            x-facade-name: things.fetch\n"
            ],
            "o.yaml:12: actions[1] (target $): gives GET /b the x-facade-name 'things.fetch', which GET /a "
            f"was given at o.yaml:6: {SHARED}",
            id="from-the-root",
        ),
        pytest.param(
            [NAME_A + NAME_A + "  - target: $.paths['/b'].get\n    update: {x-facade-name: things.fetch}\n"],
            "o.yaml:11: actions[2] (target $.paths['/b'].get)"
            ": gives GET /b the x-facade-name 'things.fetch', "
            f"which GET /a was given at o.yaml:6: {SHARED}",
            id="the-first-place-given",
        ),
    ],
)
def test_a_facade_name_given_to_two_operations_is_named_at_both_lines(texts: list[str], message: str) -> None:
    with pytest.raises(OverlayError) as error:
        applied(*texts)
    assert str(error.value) == message


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            [
                NAME_A + "  - target: $.paths['/a'].get\n    remove: true\n"
                "  - target: $.paths['/b'].get\n    update: {x-facade-name: things.fetch}\n"
            ],
            id="the-operation-removed",
        ),
        pytest.param(
            [
                NAME_A + "  - target: $.paths['/a'].get\n    update: {x-facade-name: other}\n"
                "  - target: $.paths['/b'].get\n    update: {x-facade-name: things.fetch}\n"
            ],
            id="the-name-given-up",
        ),
        pytest.param(
            [
                "  - target: $.paths['/a'].get\n    update: {x-facade-name: '  '}\n"
                "  - target: $.paths['/b'].get\n    update: {x-facade-name: '  '}\n"
                "  - target: $.paths['/a'].delete\n    update: {x-facade-name: 5}\n"
                "  - target: $.paths['/b'].get\n    update: {x-facade-name: 5}\n"
            ],
            id="blank-or-no-string",
        ),
        pytest.param([NAME_A, NAME_A], id="one-operation-named-twice"),
    ],
)
def test_a_facade_name_one_operation_holds_is_accepted(texts: list[str]) -> None:
    result = applied(*texts)
    assert result["paths"]["/b"]["get"]["operationId"] == "get_b"
