"""API changes the docs cannot express yet (parameters, request bodies, required, null, enums,
formats, $ref), from pairs of OpenAPI operations, with their classification."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rtkgen.changes.compare import Change, compare_documents
from rtkgen.changes.schemas import TypeInfo, fields, outermost, type_info
from rtkgen.converter.skeletons import schema_for

B, N = True, False  # breaking, non-breaking
Schema = dict[str, Any]


def spec(operation: Schema, path: str = "/things", schemas: Schema | None = None) -> Schema:
    operation = {"operationId": "make_thing", "responses": {"200": {"description": ""}}, **operation}
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "0.1.0"},
        "paths": {path: {"post": operation}},
        "components": {"schemas": schemas or {}},
    }


def query(name: str, required: bool = False, schema: Schema | None = None) -> Schema:
    return {"name": name, "in": "query", "required": required, "schema": schema or {"type": "string"}}


def body(schema: Schema, required: bool = False) -> Schema:
    return {"requestBody": {"required": required, "content": {"application/json": {"schema": schema}}}}


def returns(schema: Schema, status: str = "200") -> Schema:
    return {"responses": {status: {"description": "", "content": {"application/json": {"schema": schema}}}}}


def obj(required: tuple[str, ...] = (), **properties: Schema) -> Schema:
    result: Schema = {"type": "object", "properties": properties}
    if required:
        result["required"] = list(required)
    return result


S, S_NULL, INT = {"type": "string"}, {"type": ["string", "null"]}, {"type": "integer"}
ENUM_AB, ENUM_ABC = {"type": "string", "enum": ["A", "B"]}, {"type": "string", "enum": ["A", "B", "C"]}

CASES: list[tuple[str, Schema, Schema, list[tuple[bool, str]]]] = [
    # parameters (what the user sends)
    (
        "query parameter added, optional",
        {},
        {"parameters": [query("page")]},
        [(N, "query parameter page added (optional, string)")],
    ),
    (
        "query parameter added, required",
        {},
        {"parameters": [query("page", True)]},
        [(B, "query parameter page added (required, string)")],
    ),
    ("query parameter removed", {"parameters": [query("page")]}, {}, [(B, "query parameter page removed")]),
    (
        "parameter became required",
        {"parameters": [query("page")]},
        {"parameters": [query("page", True)]},
        [(B, "query parameter page became required")],
    ),
    (
        "parameter became optional",
        {"parameters": [query("page", True)]},
        {"parameters": [query("page")]},
        [(N, "query parameter page became optional")],
    ),
    (
        "parameter retyped",
        {"parameters": [query("page")]},
        {"parameters": [query("page", schema=INT)]},
        [(B, "query parameter page retyped string -> integer")],
    ),
    (
        "parameter may be null now",
        {"parameters": [query("q")]},
        {"parameters": [query("q", schema=S_NULL)]},
        [(N, "query parameter q became nullable")],
    ),
    (
        "parameter may not be null now",
        {"parameters": [query("q", schema=S_NULL)]},
        {"parameters": [query("q")]},
        [(B, "query parameter q is no longer nullable")],
    ),
    (
        "parameter got a format",
        {"parameters": [query("t")]},
        {"parameters": [query("t", schema={"type": "string", "format": "date-time"})]},
        [(B, "query parameter t retyped string -> string(date-time)")],
    ),
    (
        "parameter enum value removed",
        {"parameters": [query("o", schema=ENUM_ABC)]},
        {"parameters": [query("o", schema=ENUM_AB)]},
        [(B, 'query parameter o enum value "C" removed')],
    ),
    (
        "parameter enum value added",
        {"parameters": [query("o", schema=ENUM_AB)]},
        {"parameters": [query("o", schema=ENUM_ABC)]},
        [(N, 'query parameter o enum value "C" added')],
    ),
    (
        "parameter got an enum",
        {"parameters": [query("o")]},
        {"parameters": [query("o", schema=ENUM_AB)]},
        [(B, "query parameter o retyped string -> string enum")],
    ),
    (
        "a header is not a query parameter",
        {"parameters": [query("k")]},
        {"parameters": [{**query("k"), "in": "header"}]},
        [(B, "query parameter k removed"), (N, "header parameter k added (optional, string)")],
    ),
    # request body (what the user sends)
    ("request body added, optional", {}, body(obj()), [(N, "request body added (optional)")]),
    ("request body added, required", {}, body(obj(), True), [(B, "request body added (required)")]),
    ("request body removed", body(obj()), {}, [(B, "request body removed")]),
    ("request body became required", body(obj()), body(obj(), True), [(B, "request body became required")]),
    ("request body became optional", body(obj(), True), body(obj()), [(N, "request body became optional")]),
    (
        "body field added, optional",
        body(obj()),
        body(obj(name=S)),
        [(N, "request body field name added (optional, string)")],
    ),
    (
        "body field added, required",
        body(obj()),
        body(obj(("name",), name=S)),
        [(B, "request body field name added (required, string)")],
    ),
    ("body field removed", body(obj(name=S)), body(obj()), [(B, "request body field name removed")]),
    (
        "body field became required",
        body(obj(name=S)),
        body(obj(("name",), name=S)),
        [(B, "request body field name became required")],
    ),
    (
        "body field became optional",
        body(obj(("name",), name=S)),
        body(obj(name=S)),
        [(N, "request body field name became optional")],
    ),
    (
        "body field retyped",
        body(obj(n=S)),
        body(obj(n=INT)),
        [(B, "request body field n retyped string -> integer")],
    ),
    (
        "nested body field required",
        body(obj(cfg=obj(a=S))),
        body(obj(cfg=obj(("a",), a=S))),
        [(B, "request body field cfg.a became required")],
    ),
    (
        "body itself retyped",
        body(obj()),
        body({"type": "array", "items": S}),
        [
            (B, "request body body retyped object -> array"),
            (N, "request body field [] added (string)"),
        ],
    ),
    # responses (what the user receives)
    (
        "response field became optional",
        returns(obj(("id",), id=S)),
        returns(obj(id=S)),
        [(B, "response 200 field id became optional")],
    ),
    (
        "response field became required",
        returns(obj(id=S)),
        returns(obj(("id",), id=S)),
        [(N, "response 200 field id became required")],
    ),
    (
        "response field may be null now",
        returns(obj(id=S)),
        returns(obj(id=S_NULL)),
        [(B, "response 200 field id became nullable")],
    ),
    (
        "response field may not be null now",
        returns(obj(id=S_NULL)),
        returns(obj(id=S)),
        [(N, "response 200 field id is no longer nullable")],
    ),
    (
        "response enum value added",
        returns(obj(s=ENUM_AB)),
        returns(obj(s=ENUM_ABC)),
        [(N, 'response 200 field s enum value "C" added')],
    ),
    (
        "response enum value removed",
        returns(obj(s=ENUM_ABC)),
        returns(obj(s=ENUM_AB)),
        [(B, 'response 200 field s enum value "C" removed')],
    ),
    (
        "response field added, required",
        returns(obj()),
        returns(obj(("id",), id=S)),
        [(N, "response 200 field id added (string)")],
    ),
    (
        "response body removed (a 204 now)",
        returns(obj()),
        {"responses": {"200": {"description": ""}}},
        [(B, "response 200: application/json body removed")],
    ),
    (
        "response body added",
        {"responses": {"200": {"description": ""}}},
        returns(obj()),
        [(N, "response 200: application/json body added")],
    ),
    (
        "status range added",
        {},
        {"responses": {"200": {"description": ""}, "4XX": {"description": ""}}},
        [(N, "response 4XX added")],
    ),
    # the operation as a whole
    (
        "authentication now required",
        {},
        {"security": [{"api_token": []}]},
        [(B, "now requires authentication")],
    ),
    (
        "authentication no longer required",
        {"security": [{"api_token": []}]},
        {},
        [(N, "no longer requires authentication")],
    ),
    (
        "function renamed",
        {},
        {"operationId": "create_thing"},
        [(B, "function renamed make_thing -> create_thing")],
    ),
    # equivalent spellings are no change
    (
        "OpenAPI 3.0 nullable equals a null type",
        returns(obj(id={"type": "string", "nullable": True})),
        returns(obj(id=S_NULL)),
        [],
    ),
    (
        "a null enum value is nullability",
        returns(obj(s={"type": ["string", "null"], "enum": ["A"]})),
        returns(obj(s={"type": "string", "enum": ["A", None]})),
        [],
    ),
    (
        "order of a type list",
        returns(obj(v={"type": ["string", "integer"]})),
        returns(obj(v={"type": ["integer", "string"]})),
        [],
    ),
    (
        "anyOf with null equals a null type",
        returns(obj(v={"anyOf": [S, {"type": "null"}]})),
        returns(obj(v=S_NULL)),
        [],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_change_and_its_classification(old: Schema, new: Schema, expected: list[tuple[bool, str]]) -> None:
    changes = compare_documents(spec(old), spec(new))
    assert {c.operation for c in changes} <= {"POST /things (make_thing)", "POST /things (create_thing)"}
    assert [(c.breaking, c.description) for c in changes] == expected


def test_a_renamed_body_model_is_reported() -> None:
    thing = obj(id=S)
    inline = spec({**body(thing), **returns(thing)})
    named = spec(
        {
            **body({"$ref": "#/components/schemas/ThingParams"}),
            **returns({"$ref": "#/components/schemas/Thing"}),
        },
        schemas={"Thing": thing, "ThingParams": thing},
    )
    assert [(c.breaking, c.description) for c in compare_documents(inline, named)] == [
        (B, "request body model renamed MakeThingBody -> ThingParams"),
        (B, "response 200 model renamed MakeThingResponse200 -> Thing"),
    ]
    open_body = spec(returns({}))
    assert [(c.breaking, c.description) for c in compare_documents(open_body, named)][-1] == (
        B,
        "response 200 is now the model Thing (was the parsed JSON)",
    )
    assert [(c.breaking, c.description) for c in compare_documents(named, open_body)][-1] == (
        B,
        "response 200 is now the parsed JSON (was the model Thing)",
    )


def test_fields_behind_refs_are_compared() -> None:
    def with_ref(field_type: Schema) -> Schema:
        return spec(returns({"$ref": "#/components/schemas/Thing"}), schemas={"Thing": obj(id=field_type)})

    changes = compare_documents(with_ref(S), with_ref(INT))
    assert [(c.breaking, c.description) for c in changes] == [
        (B, "response 200 field id retyped string -> integer")
    ]


def test_a_recursive_schema_is_walked_once() -> None:
    tree = {"Node": obj(name=S, children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}})}
    document = spec(returns({"$ref": "#/components/schemas/Node"}), schemas=tree)
    assert sorted(fields({"$ref": "#/components/schemas/Node"}, document)) == [
        "children",
        "children[]",
        "name",
    ]
    assert compare_documents(document, document) == []


def test_same_operation_id_under_a_new_path_is_one_operation() -> None:
    old, new = spec({}, path="/things"), spec({}, path="/items")
    assert [(c.breaking, c.operation, c.description) for c in compare_documents(old, new)] == [
        (B, "POST /items (make_thing)", "facade method renamed rtk.things.create -> rtk.items.create"),
        (N, "POST /items (make_thing)", "path changed from /things"),
    ]


def test_a_facade_name_given_by_the_overlay_extension_is_reported_when_it_changes() -> None:
    old = spec({"x-facade-name": "things.make"})
    new = spec({"x-facade-name": "things.build"})
    assert [(c.breaking, c.description) for c in compare_documents(old, new)] == [
        (B, "facade method renamed rtk.things.make -> rtk.things.build")
    ]
    assert compare_documents(old, spec({"x-facade-name": "things.make"})) == []


def test_paths_and_operations_are_listed_in_path_order() -> None:
    old = spec({})
    new = {**old, "paths": {"/b": {"get": {"operationId": "b"}}, "/a": {"get": {"operationId": "a"}}}}
    assert [c.operation for c in compare_documents(old, new)] == [
        "GET /a (a)",
        "GET /b (b)",
        "POST /things (make_thing)",
    ]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({}, TypeInfo(("any",), True)),
        ({"type": "string"}, TypeInfo(("string",), False)),
        ({"type": ["string", "null"]}, TypeInfo(("string",), True)),
        ({"type": "null"}, TypeInfo((), True)),
        ({"properties": {"a": {}}}, TypeInfo(("object",), False)),
        ({"items": {}}, TypeInfo(("array",), False)),
        ({"type": "string", "format": "date-time"}, TypeInfo(("string(date-time)",), False)),
        ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, TypeInfo(("integer", "string"), False)),
        ({"anyOf": [{}, {"type": "string"}]}, TypeInfo(("any",), True)),
        ({"enum": ["b", "a", None]}, TypeInfo((), True, ('"a"', '"b"'))),
        ({"$ref": "#/nowhere"}, TypeInfo(("any",), True)),
    ],
)
def test_type_info(schema: Schema, expected: TypeInfo) -> None:
    assert type_info(schema, {}) == expected


@pytest.mark.parametrize(
    ("info", "text"),
    [
        (TypeInfo(("any",), True), "any"),
        (TypeInfo(("string",), True), "string|null"),
        (TypeInfo(("integer", "string"), False), "integer|string"),
        (TypeInfo(("string",), False, ('"A"',)), "string enum"),
        (TypeInfo((), True), "null"),
    ],
)
def test_type_rendering(info: TypeInfo, text: str) -> None:
    assert info.render() == text


def test_outermost_keeps_only_the_tops() -> None:
    assert outermost({"a", "a.b", "a[]", "a[].c", "ab", "x.y"}) == ["a", "ab", "x.y"]


skeletons = st.recursive(
    st.sampled_from(["*string*", "*integer*", "*boolean*", None]),
    lambda inner: (
        st.lists(inner, min_size=1, max_size=1)
        | st.dictionaries(st.sampled_from(["a", "b", "c", "id"]), inner, max_size=3)
    ),
    max_leaves=8,
)


def _named(changes: list[Change], verb: str) -> set[str]:
    return {
        c.description.split(" ")[3]
        for c in changes
        if f" {verb}" in c.description and " field " in c.description
    }


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["data", "id", "x"]), skeletons, max_size=3),
    st.dictionaries(st.sampled_from(["data", "id", "x"]), skeletons, max_size=3),
)
def test_response_changes_mirror_each_other(
    old_skeleton: dict[str, Any], new_skeleton: dict[str, Any]
) -> None:
    old, new = spec(returns(schema_for(old_skeleton))), spec(returns(schema_for(new_skeleton)))
    forward, backward = compare_documents(old, new), compare_documents(new, old)
    assert compare_documents(old, old) == []
    assert (forward == []) == (
        old_skeleton == new_skeleton or schema_for(old_skeleton) == schema_for(new_skeleton)
    )
    assert _named(forward, "removed") == _named(backward, "added")
    assert _named(forward, "added") == _named(backward, "removed")
    assert all(
        c.breaking for c in forward if c.description.endswith(" removed") or " retyped " in c.description
    )
    assert not any(c.breaking for c in forward if " added (" in c.description)


def test_fields_follow_refs_items_and_every_combinator() -> None:
    document: Schema = {
        "components": {
            "schemas": {
                "Id": {"type": "string"},
                "Tag": obj(("label",), label={"type": "string"}),
            }
        }
    }
    tags: Schema = {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}
    schema: Schema = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"$ref": "#/components/schemas/Id"}, "tags": tags},
        "allOf": [obj(a={"type": "integer"})],
        "anyOf": [obj(b={"type": "boolean"})],
        "oneOf": [obj(c={"type": "number"})],
    }
    found = {path: (field.type.render(), field.required) for path, field in fields(schema, document).items()}
    assert found == {
        "id": ("string", True),
        "tags": (type_info(tags, document).render(), False),
        "tags[]": ("object", True),  # an array's items are always there
        "tags[].label": ("string", True),
        "a": ("integer", False),
        "b": ("boolean", False),
        "c": ("number", False),
    }


def test_fields_stop_at_the_depth_limit() -> None:
    deep: Schema = {"type": "string"}
    for _ in range(40):
        deep = obj(x=deep)
    paths = fields(deep, {})
    assert max(path.count(".") for path in paths) + 1 == 33  # MAX_DEPTH 32: 33 levels of fields
