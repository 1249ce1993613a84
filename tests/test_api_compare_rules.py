"""Rules of the spec comparison (``rtkgen.changes.compare``) that the scenario tests pass through
without pinning: the area and key of each line, and a function name taken by another operation
among other changes."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rtkgen.changes.compare import Area, Change, Subject, compare_documents

B, N = True, False
QUERY = {"name": "q", "in": "query", "schema": {"type": "string"}}


def doc(get: str, delete: str, extra: dict[str, Any], parameters: list[Any] | None = None) -> dict[str, Any]:
    things = {
        "get": {"operationId": get, "tags": ["T"]},
        "delete": {"operationId": delete, "tags": ["T"], "parameters": parameters or []},
    }
    return {"paths": {"/t/{id}": things, **extra}}


def test_a_function_name_taken_among_other_changes() -> None:
    old = doc(
        "get_a_thing",
        "delete_a_thing",
        {
            "/b": {"get": {"operationId": "b"}},
            "/u": {"get": {"operationId": "u"}},
            "/z": {"get": {"operationId": "z1"}},
        },
    )
    new = doc(
        "delete_a_thing",
        "remove_a_thing",
        {
            "/a": {"post": {"operationId": "a"}},
            "/b": {"get": {"operationId": "b"}},
            "/z": {"get": {"operationId": "z2"}},
        },
        [QUERY],
    )
    assert compare_documents(old, new) == [
        Change("POST /a (a)", "operation added", N, Area.OPERATION, ("/a", "post"), Subject.OPERATION_ADDED),
        Change(
            "GET /t/{id} (delete_a_thing)",
            "function delete_a_thing now calls this operation, not DELETE /t/{id} (now remove_a_thing); "
            "this operation's function was get_a_thing",
            B,
            Area.NAMES,
            ("/t/{id}", "get"),
        ),
        Change(
            "DELETE /t/{id} (remove_a_thing)",
            "query parameter q added (optional, string)",
            N,
            Area.REQUEST,
            ("/t/{id}", "delete"),
        ),
        Change(
            "GET /u (u)", "operation removed", B, Area.OPERATION, ("/u", "get"), Subject.OPERATION_REMOVED
        ),
        Change("GET /z (z2)", "function renamed z1 -> z2", B, Area.NAMES, ("/z", "get")),
    ]


@pytest.mark.parametrize(("place", "said"), [({}, "?"), ({"in": "body"}, "body")])
def test_a_parameter_of_an_unknown_place_is_a_request_change(place: dict[str, str], said: str) -> None:
    schema = {"schema": {"type": "string"}}
    new = {"paths": {"/a": {"get": {"operationId": "a", "parameters": [{"name": "x"} | place | schema]}}}}
    changes = compare_documents({"paths": {"/a": {"get": {"operationId": "a"}}}}, new)
    assert [(c.description, c.area) for c in changes] == [
        (f"{said} parameter x added (optional, string)", Area.REQUEST)
    ]


def test_each_path_parameter_is_compared_by_its_own_name() -> None:
    def two(a: str) -> dict[str, Any]:
        parameters = [
            {"name": "a", "in": "path", "required": True, "schema": {"type": a}},
            {"name": "b", "in": "path", "required": True, "schema": {"type": "string"}},
        ]
        return {"paths": {"/x/{a}/{b}": {"get": {"operationId": "x", "parameters": parameters}}}}

    assert [c.description for c in compare_documents(two("string"), two("integer"))] == [
        "path parameter a retyped string -> integer"
    ]


def test_operations_without_an_operation_id_take_no_function_name() -> None:
    old = {"paths": {"/a": {"get": {"tags": ["T"]}}, "/b": {"get": {"tags": ["X"], "operationId": "b"}}}}
    new = {"paths": {"/a": {"get": {"tags": ["U"]}}, "/b": {"get": {"tags": ["T"]}}}}
    assert [c.description for c in compare_documents(old, new)] == [
        "tag changed 'T' -> 'U' (the function's module moves)",
        "function renamed b -> None",
        "tag changed 'X' -> 'T' (the function's module moves)",
    ]


def reused_response(field_type: str, *, through_component: bool = False) -> dict[str, Any]:
    """GET /a answers an object with a field ``x``; GET /b answers GET /a's response by ``$ref``
    (directly, or through a component response that points at it)."""
    body = {"type": "object", "properties": {"x": {"type": field_type}}, "required": ["x"]}
    a_response = {"description": "OK", "content": {"application/json": {"schema": body}}}
    into_a = {"$ref": "#/paths/~1a/get/responses/200"}
    document: dict[str, Any] = {
        "paths": {
            "/a": {"get": {"operationId": "get_a", "responses": {"200": a_response}}},
            "/b": {"get": {"operationId": "get_b", "responses": {"200": into_a}}},
        }
    }
    if through_component:
        document["components"] = {"responses": {"Reused": into_a}}
        document["paths"]["/b"]["get"]["responses"]["200"] = {"$ref": "#/components/responses/Reused"}
    return document


@pytest.mark.parametrize("through_component", [False, True])
def test_an_operation_answering_another_operations_response_changes_with_it(through_component: bool) -> None:
    """GET /b is the same in both documents, but the response it points at changed: it is not
    skipped as unchanged (kills compare_documents mutants 4, 69 and 75, which were the code's bug)."""
    old = reused_response("string", through_component=through_component)
    new = reused_response("integer", through_component=through_component)
    changed = {change.key for change in compare_documents(old, new)}
    assert changed == {("/a", "get"), ("/b", "get")}
    assert compare_documents(old, reused_response("string", through_component=through_component)) == []


def chained(field_type: str) -> dict[str, Any]:
    """GET /b answers GET /a's response, whose schema is GET /c's (refs into paths, two steps);
    GET /d takes GET /c's query parameter (a ref inside a list); GET /c's schema refers to itself."""
    c_schema = {
        "type": "object",
        "properties": {
            "x": {"type": field_type},
            "child": {"$ref": "#/paths/~1c/get/responses/200/content/application~1json/schema"},
        },
    }
    parameter = {"name": "q", "in": "query", "schema": {"type": field_type}}
    c_body = {"application/json": {"schema": c_schema}}
    a_body = {
        "application/json": {
            "schema": {"$ref": "#/paths/~1c/get/responses/200/content/application~1json/schema"}
        }
    }
    return {
        "paths": {
            "/a": {
                "get": {"operationId": "a", "responses": {"200": {"description": "OK", "content": a_body}}}
            },
            "/b": {
                "get": {"operationId": "b", "responses": {"200": {"$ref": "#/paths/~1a/get/responses/200"}}}
            },
            "/c": {
                "get": {
                    "operationId": "c",
                    "parameters": [parameter],
                    "responses": {"200": {"description": "OK", "content": c_body}},
                }
            },
            "/d": {"get": {"operationId": "d", "parameters": [{"$ref": "#/paths/~1c/get/parameters/0"}]}},
        }
    }


def test_refs_into_other_operations_are_followed_through_lists_chains_and_cycles() -> None:
    """Every operation that reaches GET /c's schema or parameter, however many steps away, changes
    with it; a schema that refers to itself through the paths is compared once (no endless walk)."""
    assert compare_documents(chained("string"), chained("string")) == []
    changed = {change.key for change in compare_documents(chained("string"), chained("integer"))}
    assert changed == {(path, "get") for path in ("/a", "/b", "/c", "/d")}


def test_only_the_operations_that_may_have_changed_are_compared(compared_operations: list[Any]) -> None:
    """The skip that keeps a one-file change of a large spec cheap: an operation equal in both
    documents, in equal components, reaching nothing changed outside them, is not compared again.
    (Without the skip the changes are the same, only slower: this pins the skip itself.)"""
    old = {
        "paths": {
            "/x": {"get": {"operationId": "x", "parameters": [QUERY]}},
            "/y": {"get": {"operationId": "y"}},
            **reused_response("string")["paths"],
        },
        "components": {"schemas": {"S": {"type": "string"}}},
    }
    new = copy.deepcopy(old)
    new["paths"]["/x"]["get"]["parameters"] = []
    assert [change.key for change in compare_documents(old, new)] == [("/x", "get")]
    assert compared_operations == [("/x", "get")]  # /y, /a and /b are the same: not compared
    compared_operations.clear()
    new["paths"]["/a"]["get"]["responses"]["200"]["description"] = "Changed"
    compare_documents(old, new)
    assert sorted(compared_operations) == [("/a", "get"), ("/b", "get"), ("/x", "get")]  # /b reaches /a's
    compared_operations.clear()
    new = copy.deepcopy(old)
    new["components"]["schemas"]["S"] = {"type": "integer"}
    compare_documents(old, new)
    assert sorted(compared_operations) == [("/a", "get"), ("/b", "get"), ("/x", "get"), ("/y", "get")]
