"""Rules of the spec comparison (``rtkgen.changes.compare``) that the scenario tests pass through
without pinning: the data each change record carries besides its words (area, subject, names,
the body field, the key) which the merge with the clients' comparison reads, the disagreement
lines' parsing, which ``$ref`` keeps an equal operation from being skipped, and the responses of
an operation whose docs start or stop listing them (status keys that YAML read as numbers too)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rtkgen.changes.compare import Area, Change, Subject, compare_documents
from rtkgen.core.openapi_common import DISAGREEMENTS, UNDOCUMENTED

B, N = True, False  # breaking, non-breaking
Schema = dict[str, Any]
S, S_NULL, INT = {"type": "string"}, {"type": ["string", "null"]}, {"type": "integer"}
ENUM_AB, ENUM_ABC = {"type": "string", "enum": ["A", "B"]}, {"type": "string", "enum": ["A", "B", "C"]}
THING = {"$ref": "#/components/schemas/Thing"}
KEY, LABEL = ("/things", "post"), "POST /things (make_thing)"
REQ, RESP, NAMES, OTHER = Area.REQUEST, Area.RESPONSE, Area.NAMES, Subject.OTHER


def spec(operation: Schema, path: str = "/things") -> Schema:
    operation = {"operationId": "make_thing", "responses": {"200": {"description": ""}}, **operation}
    return {"paths": {path: {"post": operation}}, "components": {"schemas": {"Thing": obj(id=S)}}}


def query(name: str, schema: Schema | None = None) -> Schema:
    return {"name": name, "in": "query", "schema": schema or S}


def body(schema: Schema, required: bool = False) -> Schema:
    return {"requestBody": {"required": required, "content": {"application/json": {"schema": schema}}}}


def returns(schema: Schema) -> Schema:
    return {"responses": {"200": {"description": "", "content": {"application/json": {"schema": schema}}}}}


def obj(required: tuple[str, ...] = (), **properties: Schema) -> Schema:
    return {"type": "object", "properties": properties, "required": list(required)}


# (id, old operation, new operation, [(breaking, description, area, subject, names, field)])
RECORDS: list[tuple[str, Schema, Schema, list[tuple[bool, str, Area, Subject, tuple[str, ...], str]]]] = [
    (
        "a removed body field is named",
        body(obj(name=S)),
        body(obj()),
        [(B, "request body field name removed", REQ, OTHER, (), "name")],
    ),
    (
        "a removed parameter names no body field",
        {"parameters": [query("page")]},
        {},
        [(B, "query parameter page removed", REQ, OTHER, (), "")],
    ),
    (
        "an added required body field is named",
        body(obj()),
        body(obj(("name",), name=S)),
        [(B, "request body field name added (required, string)", REQ, OTHER, (), "name")],
    ),
    (
        "a retyped parameter names no body field",
        {"parameters": [query("page")]},
        {"parameters": [query("page", INT)]},
        [(B, "query parameter page retyped string -> integer", REQ, OTHER, (), "")],
    ),
    (
        "a body field that became required is named",
        body(obj(name=S)),
        body(obj(("name",), name=S)),
        [(B, "request body field name became required", REQ, OTHER, (), "name")],
    ),
    (
        "a retyped body field is named",
        body(obj(n=S)),
        body(obj(n=INT)),
        [(B, "request body field n retyped string -> integer", REQ, OTHER, (), "n")],
    ),
    (
        "the body itself retyped names no field, its new items do",
        body(obj()),
        body({"type": "array", "items": S}),
        [
            (B, "request body body retyped object -> array", REQ, OTHER, (), ""),
            (N, "request body field [] added (string)", REQ, OTHER, (), "[]"),
        ],
    ),
    (
        "a response field that became nullable is named",
        returns(obj(id=S)),
        returns(obj(id=S_NULL)),
        [(B, "response 200 field id became nullable", RESP, OTHER, (), "id")],
    ),
    (
        "a removed enum value is named with its field",
        returns(obj(s=ENUM_ABC)),
        returns(obj(s=ENUM_AB)),
        [(B, 'response 200 field s enum value "C" removed', RESP, Subject.VALUE_REMOVED, ('"C"',), "s")],
    ),
    (
        "an added enum value is named with its field",
        returns(obj(s=ENUM_AB)),
        returns(obj(s=ENUM_ABC)),
        [(N, 'response 200 field s enum value "C" added', RESP, Subject.VALUE_ADDED, ('"C"',), "s")],
    ),
    (
        "an added parameter enum value names no field",
        {"parameters": [query("o", ENUM_AB)]},
        {"parameters": [query("o", ENUM_ABC)]},
        [(N, 'query parameter o enum value "C" added', REQ, Subject.VALUE_ADDED, ('"C"',), "")],
    ),
    (
        "a moved module is a change of names",
        {"tags": ["Things"]},
        {"tags": ["Items"]},
        [(B, "tag changed 'Things' -> 'Items' (the function's module moves)", NAMES, OTHER, (), "")],
    ),
    (
        "authentication is a request change",
        {},
        {"security": [{"api_token": []}]},
        [(B, "now requires authentication", REQ, OTHER, (), "")],
    ),
    (
        "the request body's requirement is a request change",
        body(obj()),
        body(obj(), True),
        [(B, "request body became required", REQ, OTHER, (), "")],
    ),
    (
        "a response body that became a model is a response change",
        returns({}),
        returns(THING),
        [
            (B, "response 200 body retyped any -> object", RESP, OTHER, (), ""),
            (N, "response 200 field id added (string)", RESP, OTHER, (), "id"),
            (B, "response 200 is now the model Thing (was the parsed JSON)", RESP, OTHER, (), ""),
        ],
    ),
    (
        "a response body that became the parsed JSON is a response change",
        returns(THING),
        returns({}),
        [
            (B, "response 200 body retyped object -> any", RESP, OTHER, (), ""),
            (B, "response 200 field id removed", RESP, OTHER, (), "id"),
            (B, "response 200 is now the parsed JSON (was the model Thing)", RESP, OTHER, (), ""),
        ],
    ),
    (
        "a request body that became a model is a request change",
        body({}),
        body(THING),
        [
            (B, "request body body retyped any -> object", REQ, OTHER, (), ""),
            (N, "request body field id added (optional, string)", REQ, OTHER, (), "id"),
            (B, "request body is now the model Thing (was the parsed JSON)", REQ, OTHER, (), ""),
        ],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), [c[1:] for c in RECORDS], ids=[c[0] for c in RECORDS])
def test_each_change_record_carries_its_area_subject_names_and_field(
    old: Schema, new: Schema, expected: list[tuple[bool, str, Area, Subject, tuple[str, ...], str]]
) -> None:
    changes = compare_documents(spec(old), spec(new))
    assert changes == [
        Change(LABEL, text, b, area, KEY, subj, names, f) for b, text, area, subj, names, f in expected
    ]


def test_a_moved_operation_is_a_renamed_facade_method_and_a_request_change() -> None:
    changes = compare_documents(spec({}, "/things"), spec({}, "/items"))
    label, key = "POST /items (make_thing)", ("/items", "post")
    assert changes == [
        Change(label, "facade method renamed rtk.things.create -> rtk.items.create", B, NAMES, key),
        Change(label, "path changed from /things", N, REQ, key),
    ]


@pytest.mark.parametrize(
    ("line", "key", "label", "rest"),
    [
        (
            "POST /things 200 data.x: docs absent, reference string",
            KEY,
            LABEL,
            "200 data.x: docs absent, reference string",
        ),
        ("POST /things  two spaces kept", KEY, LABEL, " two spaces kept"),
        ("POST /things", KEY, LABEL, ""),
        ("POST", ("", "post"), "POST  (?)", ""),
    ],
    ids=["a full line", "the rest as recorded", "no rest", "no path"],
)
def test_a_new_disagreement_line_is_split_at_its_first_two_spaces(
    line: str, key: tuple[str, str], label: str, rest: str
) -> None:
    old = {**spec({}), DISAGREEMENTS: []}
    new = {**spec({}), DISAGREEMENTS: [line]}
    text = f"the docs newly disagree with the API reference: {rest}"
    assert compare_documents(old, new) == [Change(label, text, N, Area.REFERENCE, key)]


def test_equal_components_reaching_an_equal_operation_keep_the_skip(compared_operations: list[Any]) -> None:
    """Components that point into the paths (a response reused from an operation) and read the
    same in both documents leave the equal operations uncompared (only the changed one is)."""
    reused = {"description": "OK", "content": {"application/json": {"schema": obj(id=S)}}}
    old: Schema = {
        "paths": {
            "/a": {"get": {"operationId": "a", "responses": {"200": reused}}},
            "/x": {"get": {"operationId": "x", "parameters": [query("q")]}},
        },
        "components": {"responses": {"R": {"$ref": "#/paths/~1a/get/responses/200"}}},
    }
    new = copy.deepcopy(old)
    new["paths"]["/x"]["get"]["parameters"] = []
    assert [c.description for c in compare_documents(old, new)] == ["query parameter q removed"]
    assert compared_operations == [("/x", "get")]


def test_only_refs_into_the_components_themselves_are_taken_as_compared() -> None:
    """A ref is case-sensitive: ``#/COMPONENTS/...`` is another part of the document, followed
    like any ref outside the components, so the operation that reaches it changes with it."""

    def document(field_type: Schema) -> Schema:
        response = {"description": "", "content": {"application/json": {"schema": obj(id=field_type)}}}
        operation = {"operationId": "a", "responses": {"200": {"$ref": "#/COMPONENTS/R"}}}
        return {"paths": {"/a": {"get": operation}}, "components": {}, "COMPONENTS": {"R": response}}

    assert [c.description for c in compare_documents(document(S), document(INT))] == [
        "response 200 field id retyped string -> integer"
    ]


def documentation(responses: dict[Any, Any], undocumented: bool) -> Schema:
    operation: Schema = {"operationId": "get_t", "responses": responses}
    if undocumented:
        operation[UNDOCUMENTED] = True
    return {
        "paths": {"/t": {"get": operation}},
        "components": {
            "schemas": {"Thing": obj(id=S)},
            "responses": {"Thing": {"description": "", "content": {"application/json": {"schema": THING}}}},
        },
    }


MARKER = {"default": {"description": "Not documented"}}
THING_RESPONSE = {"$ref": "#/components/responses/Thing"}
DOCUMENTATION = [
    (
        "a documented default response is among those listed before",
        ({"200": THING_RESPONSE, "default": {"description": "Error"}}, False),
        (MARKER, True),
        [(B, "responses no longer documented (the docs list none; they listed 200, default)")],
    ),
    (
        "the success bodies are compared through their refs",
        ({"200": THING_RESPONSE}, False),
        ({**MARKER, "2XX": THING_RESPONSE}, True),
        [(B, "responses no longer documented (the docs list none; they listed 200)")],
    ),
    (
        "the success bodies are compared through their refs, the other way",
        ({**MARKER, "2XX": THING_RESPONSE}, True),
        ({"200": THING_RESPONSE}, False),
        [(N, "responses now documented (the docs listed none)"), (N, "response 200 added")],
    ),
    (
        "status keys read as numbers are listed in order with the others",
        (MARKER, True),
        ({200: THING_RESPONSE, "4XX": {"description": ""}}, False),
        [
            (N, "responses now documented (the docs listed none)"),
            (N, "response 200 added"),
            (N, "response 4XX added"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"), [c[1:] for c in DOCUMENTATION], ids=[c[0] for c in DOCUMENTATION]
)
def test_responses_that_start_or_stop_being_documented(
    old: tuple[dict[Any, Any], bool], new: tuple[dict[Any, Any], bool], expected: list[tuple[bool, str]]
) -> None:
    changes = compare_documents(documentation(*old), documentation(*new))
    assert [(c.breaking, c.description, c.area) for c in changes] == [(b, text, RESP) for b, text in expected]


def test_a_success_status_read_as_a_number_is_compared_with_the_reference_typed_one() -> None:
    """A documented ``200`` that YAML read as the number 200 is looked up by that key when the
    docs stop listing the responses (this raised KeyError '200' before)."""
    retyped = {"description": "", "content": {"application/json": {"schema": obj(id=INT)}}}
    old, new = documentation({200: THING_RESPONSE}, False), documentation({**MARKER, "2XX": retyped}, True)
    assert [(c.breaking, c.description) for c in compare_documents(old, new)] == [
        (B, "responses no longer documented (the docs list none; they listed 200)"),
        (B, "response 200 -> 2XX field id retyped string -> integer"),
    ]
