"""Model names (``rtkgen.shapes.models``) deeper in a body: the ``Params`` variant of a request
body reaching items, map values and ``data``; an error body's stem reaching every level; nullable
bodies keeping their description; titles dropped from components; query parameters that are
arrays or carry no tag; names table entries for the bodies of operations whose docs list no
responses. Each rule on the smallest document that shows it."""

from __future__ import annotations

from typing import Any

import pytest

from rtkgen.core.openapi_common import UNDOCUMENTED
from rtkgen.shapes.models import NamingError, name_models

OBJ = {"type": "object", "properties": {"id": {"type": "string"}}}
OTHER = {"type": "object", "properties": {"n": {"type": "integer"}}}
TAKEN = {"type": "integer"}  # an existing component that holds a name


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "d", "content": {"application/json": {"schema": schema}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def doc(paths: dict[str, Any], existing: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": dict(existing or {})}}


def one(
    schema: dict[str, Any],
    *,
    status: str = "200",
    method: str = "get",
    existing: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A document of one operation ``a`` with ``schema`` as its body (request body for ``request``)."""
    operation: dict[str, Any] = {"operationId": "a", "responses": {}}
    if status == "request":
        operation["requestBody"] = json_body(schema)
    else:
        operation["responses"][status] = json_body(schema)
    return doc({"/s/a": {method: operation}}, existing)


def body_of(document: dict[str, Any], status: str = "200", method: str = "get") -> Any:
    operation = document["paths"]["/s/a"][method]
    body = operation["requestBody"] if status == "request" else operation["responses"][status]
    return body["content"]["application/json"]["schema"]


def response_of(document: dict[str, Any], path: str, status: str) -> Any:
    return document["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def names(document: dict[str, Any]) -> set[str]:
    return set(document["components"]["schemas"])


@pytest.mark.parametrize(
    ("body", "taken", "expected"),
    [
        # a list body: its items are Item, else ItemParams
        ({"type": "array", "items": OBJ}, "Item", "ItemParams"),
        # data of a taken name: the fallback's Data with Params
        (obj(data=OBJ), "ABodyData", "ABodyDataParams"),
        # an array property's items: the singular, else with Params
        (obj(things={"type": "array", "items": OBJ}), "Thing", "ThingParams"),
        # a map value's property: its name, else with Params
        (obj(m={"type": "object", "additionalProperties": obj(x=OBJ)}), "X", "XParams"),
    ],
)
def test_a_taken_name_in_a_request_body_gets_params_at_every_level(
    body: dict[str, Any], taken: str, expected: str
) -> None:
    named = name_models(one(body, status="request", method="post", existing={taken: TAKEN}), "/s", {})
    assert expected in names(named)
    assert named["components"]["schemas"][taken] == TAKEN


@pytest.mark.parametrize(
    ("body", "taken", "expected"),
    [
        # data: the short name is the fallback's Data, so a taken one gets a number
        (obj(data=OBJ), "AResponse200Data", "AResponse200Data2"),
        # a list body's items: Item, else the fallback's Item
        ({"type": "array", "items": OBJ}, "Item", "AResponse200Item"),
    ],
)
def test_a_taken_name_in_a_response_gets_its_parent_in_front(
    body: dict[str, Any], taken: str, expected: str
) -> None:
    named = name_models(one(body, existing={taken: TAKEN}), "/s", {})
    assert names(named) - {taken} >= {expected}
    assert not {n for n in names(named) if n.startswith(("None", "XXXX"))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (obj(a=obj(b=OBJ)), {"NotFoundResponse", "NotFoundA", "NotFoundAB"}),
        (obj(things={"type": "array", "items": OBJ}), {"NotFoundResponse", "NotFoundThing"}),
        (
            obj(things={"type": "array", "items": obj(b=OBJ)}),
            {"NotFoundResponse", "NotFoundThing", "NotFoundThingB"},
        ),
        (
            {**OTHER, "additionalProperties": obj(x=OBJ)},
            {"NotFoundResponse", "NotFoundValue", "NotFoundValueX"},
        ),
        ({**OTHER, "items": OBJ}, {"NotFoundResponse", "NotFoundItem"}),
    ],
)
def test_every_model_of_an_error_body_takes_its_stem(body: dict[str, Any], expected: set[str]) -> None:
    assert names(name_models(one(body, status="404"), "/s", {})) == expected


def test_two_error_bodies_of_one_shape_share_one_model() -> None:
    paths = {
        "/s/a": {"get": {"operationId": "a", "responses": {"404": json_body(OBJ)}}},
        "/s/b": {"get": {"operationId": "b", "responses": {"404": json_body(OBJ)}}},
    }
    named = name_models(doc(paths), "/s", {})
    assert names(named) == {"NotFoundResponse"}
    assert [response_of(named, path, "404") for path in paths] == [ref("NotFoundResponse")] * 2


NULLABLE = {"type": ["object", "null"], "properties": {"id": {"type": "string"}}, "description": "It."}


@pytest.mark.parametrize(("status", "name"), [("200", "AResponse200"), ("404", "NotFoundResponse")])
def test_a_nullable_body_is_its_model_or_null_with_its_description(status: str, name: str) -> None:
    named = name_models(one(NULLABLE, status=status), "/s", {})
    assert body_of(named, status) == {"anyOf": [ref(name), {"type": "null"}], "description": "It."}


def test_a_nullable_body_of_a_named_shape_is_that_model_or_null() -> None:
    paths = {
        "/s/a": {"get": {"operationId": "a", "responses": {"200": json_body(OBJ)}}},
        "/s/b": {"get": {"operationId": "b", "responses": {"200": json_body(NULLABLE)}}},
    }
    named = name_models(doc(paths), "/s", {})
    assert response_of(named, "/s/b", "200") == {
        "anyOf": [ref("AResponse200"), {"type": "null"}],
        "description": "It.",
    }


@pytest.mark.parametrize(
    "body",
    [
        {"type": "string", "enum": ["a", "b"]},
        {"type": ["object", "null"]},
        {"type": "integer"},
    ],
)
def test_a_body_that_is_no_object_with_fields_stays_inline(body: dict[str, Any]) -> None:
    named = name_models(one(body), "/s", {})
    assert body_of(named) == body
    assert names(named) == set()


def test_a_component_drops_the_title_of_its_place() -> None:
    named = name_models(one(obj(a={**OBJ, "title": "T", "description": "D"})), "/s", {})
    assert named["components"]["schemas"]["A"] == {**OBJ, "description": "D"}


def query(*parameters: dict[str, Any], tags: list[str] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"parameters": list(parameters), "responses": {}}
    if tags is not None:
        operation["tags"] = tags
    return doc({"/s/{id}": {"get": operation}})


def parameters_of(document: dict[str, Any]) -> list[Any]:
    return [p["schema"] for p in document["paths"]["/s/{id}"]["get"]["parameters"]]


ENUM = {"type": "string", "enum": ["a", "b"]}


def test_an_array_query_parameter_of_an_enum_names_its_items() -> None:
    named = name_models(
        query({"name": "state", "in": "query", "schema": {"type": "array", "items": ENUM}}, tags=["things"]),
        "/s",
        {},
    )
    assert parameters_of(named) == [{"type": "array", "items": ref("State")}]
    assert named["components"]["schemas"] == {"State": ENUM}


@pytest.mark.parametrize(
    "parameter",
    [
        {"name": "id", "in": "path", "schema": ENUM},
        {"name": "list", "in": "query", "schema": {"type": "array"}},
    ],
)
def test_path_parameters_and_arrays_without_items_stay_inline(parameter: dict[str, Any]) -> None:
    named = name_models(query(parameter), "/s", {})
    assert parameters_of(named) == [parameter["schema"]]
    assert named["components"]["schemas"] == {}


def test_a_taken_parameter_name_without_a_tag_gets_a_number() -> None:
    first = {"name": "state", "in": "query", "schema": ENUM}
    second = {"name": "state", "in": "query", "schema": {"type": "string", "enum": ["c"]}}
    paths = {
        "/s/a": {"get": {"parameters": [first], "responses": {}}},
        "/s/b": {"get": {"parameters": [second], "responses": {}}},
    }
    assert names(name_models(doc(paths), "/s", {})) == {"State", "State2"}


def undocumented(schema: dict[str, Any] | None) -> dict[str, Any]:
    """An operation ``a`` whose docs list no responses; ``schema``: the ``2XX`` the reference typed."""
    operation: dict[str, Any] = {"operationId": "a", UNDOCUMENTED: True}
    if schema is not None:
        operation["responses"] = {"2XX": json_body(schema)}
    return doc({"/s/a": {"get": operation}})


@pytest.mark.parametrize(
    ("schema", "written", "field"),
    [
        ({"type": "array", "items": OBJ}, "GET /a 201 []", None),
        (obj(**{"a b": OBJ}), "GET /a 201 a b", "a b"),
        ({"type": "object", "additionalProperties": OBJ}, "GET /a 201 {}", None),
        (obj(data={"type": "object", "additionalProperties": OBJ}), "GET /a 200 data{}", None),
    ],
)
def test_an_entry_for_a_2xx_of_an_undocumented_operation_names_the_typed_body(
    schema: dict[str, Any], written: str, field: str | None
) -> None:
    named = name_models(undocumented(schema), "/s", {"Picked": written})
    assert named["components"]["schemas"]["Picked"] == OBJ


@pytest.mark.parametrize("written", ["GET /a 201  data", "GET /a 200  data"])
def test_an_entry_with_other_white_space_names_no_place(written: str) -> None:
    with pytest.raises(NamingError, match="no model at"):
        name_models(undocumented(obj(data=OBJ)), "/s", {"Picked": written})


def test_an_entry_for_an_undocumented_operation_without_responses_names_nothing_yet() -> None:
    named = name_models(undocumented(None), "/s", {"Later": "GET /a 200 data"})
    assert named["components"]["schemas"] == {}
