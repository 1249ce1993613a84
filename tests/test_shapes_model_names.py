"""Model names (``rtkgen.shapes.models``) at their edges, each rule on the smallest document that
shows it: a document without paths or an operation without responses, the name of an operation
without an operationId, a nullable type of several kinds, the names table on an operation whose
docs list a ``2XX``, singulars, error stems."""

from __future__ import annotations

from typing import Any

import pytest

from rtkgen.core.openapi_common import UNDOCUMENTED
from rtkgen.shapes.models import NamingError, error_stem, name_models, singular

OBJ = {"type": "object", "properties": {"id": {"type": "string"}}}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "d", "content": {"application/json": {"schema": schema}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def doc(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths}


def schema_at(document: dict[str, Any], path: str, method: str, status: str) -> Any:
    operation = document["paths"][path][method]
    body = operation["requestBody"] if status == "request" else operation["responses"][status]
    return body["content"]["application/json"]["schema"]


def test_a_document_without_paths_gets_no_models() -> None:
    assert name_models({"openapi": "3.1.0"}, "/s", {}) == {"openapi": "3.1.0", "components": {"schemas": {}}}


def test_an_operation_without_responses_names_its_request_body() -> None:
    named = name_models(doc({"/s/a": {"post": {"requestBody": json_body(OBJ)}}}), "/s", {})
    assert schema_at(named, "/s/a", "post", "request") == ref("PostABody")
    assert named["components"]["schemas"] == {"PostABody": OBJ}


@pytest.mark.parametrize(
    ("path", "method", "name"),
    [
        ("/s/things", "get", "GetThingsResponse200"),
        ("/s/{id}/things", "put", "PutThingsResponse200"),
        ("/s/a-b/c_d", "delete", "DeleteABCDResponse200"),
    ],
)
def test_an_operation_without_an_operation_id_is_named_by_its_method_and_path(
    path: str, method: str, name: str
) -> None:
    named = name_models(doc({path: {method: {"responses": {"200": json_body(OBJ)}}}}), "/s", {})
    assert schema_at(named, path, method, "200") == ref(name)


def test_a_field_of_several_types_stays_inline() -> None:
    """``type: [object, string, null]`` is not an object: no model, even with properties."""
    several = {"type": ["object", "string", "null"], "properties": {"x": {"type": "string"}}}
    body = {"type": "object", "properties": {"thing": several, "other": {**OBJ, "type": ["object", "null"]}}}
    named = name_models(
        doc({"/s/a": {"get": {"operationId": "a", "responses": {"200": json_body(body)}}}}), "/s", {}
    )
    assert named["components"]["schemas"] == {
        "AResponse200": {
            "type": "object",
            "properties": {"thing": several, "other": {"anyOf": [ref("Other"), {"type": "null"}]}},
        },
        "Other": {"type": "object", "properties": {"id": {"type": "string"}}},
    }


def test_a_names_entry_for_a_2xx_status_of_a_documented_operation_must_name_its_status() -> None:
    """Only an operation whose docs list no responses has its reference-typed ``2XX`` found
    under a ``201`` of the names table (the current docs' status); a documented ``2XX`` is
    written as ``2XX``."""
    documented = doc({"/s/a": {"post": {"operationId": "a", "responses": {"2XX": json_body(OBJ)}}}})
    with pytest.raises(NamingError, match="no model at 'POST /a 201'"):
        name_models(documented, "/s", {"Thing": "POST /a 201"})
    named = name_models(documented, "/s", {"Thing": "POST /a 2XX"})
    assert schema_at(named, "/s/a", "post", "2XX") == ref("Thing")
    undocumented = doc(
        {"/s/a": {"post": {"operationId": "a", "responses": {"2XX": json_body(OBJ)}, UNDOCUMENTED: True}}}
    )
    named = name_models(undocumented, "/s", {"Thing": "POST /a 201"})
    assert schema_at(named, "/s/a", "post", "2XX") == ref("Thing")


@pytest.mark.parametrize(
    ("text", "name"),
    [("os", "O"), ("s", "SItem"), ("ss", "S"), ("status", "Statu"), ("bus_stops", "BusStop")],
)
def test_singular_edges(text: str, name: str) -> None:
    assert singular(text) == name


@pytest.mark.parametrize(
    ("status", "stem"),
    [
        ("400", "BadRequest"),
        ("404", "NotFound"),
        ("500", "InternalServerError"),
        ("4XX", "ClientError"),
        ("4xx", "ClientError"),
        ("5XX", "ServerError"),
        ("5xx", "ServerError"),
        ("499", "Status499"),
        ("4", "Status4"),
        ("200", ""),
        ("2XX", ""),
        ("301", ""),
        ("600", ""),
        ("", ""),
        ("4x", ""),
        ("default", ""),
    ],
)
def test_error_stems(status: str, stem: str) -> None:
    assert error_stem(status) == stem


def with_query_enums(*enums: list[str], existing: dict[str, Any] | None = None) -> dict[str, Any]:
    """One operation per enum (tag ``things``), each with a query parameter ``state`` of it."""
    paths = {
        f"/s/{index}": {
            "get": {
                "tags": ["things"],
                "parameters": [{"name": "state", "in": "query", "schema": {"type": "string", "enum": enum}}],
                "responses": {},
            }
        }
        for index, enum in enumerate(enums)
    }
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": dict(existing or {})}}


def parameter_model(document: dict[str, Any], index: int) -> str:
    schema = document["paths"][f"/s/{index}"]["get"]["parameters"][0]["schema"]
    return str(schema["$ref"]).rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    ("existing", "names"),
    [
        ({}, ["State", "ThingState", "ThingState2", "ThingState3"]),
        ({"ThingState2": {"type": "integer"}}, ["State", "ThingState", "ThingState3", "ThingState4"]),
    ],
)
def test_taken_names_get_the_next_free_number(existing: dict[str, Any], names: list[str]) -> None:
    named = name_models(with_query_enums(["a"], ["b"], ["c"], ["d"], existing=existing), "/s", {})
    assert [parameter_model(named, index) for index in range(4)] == names
    schemas = named["components"]["schemas"]
    assert [schemas[name]["enum"] for name in names] == [["a"], ["b"], ["c"], ["d"]]
    assert all(schemas[name] == value for name, value in existing.items())


def test_a_names_entry_for_a_map_value_names_it() -> None:
    body = {"type": "object", "additionalProperties": OBJ}
    named = name_models(
        doc({"/s/a": {"get": {"operationId": "a", "responses": {"200": json_body(body)}}}}),
        "/s",
        {"Value": "GET /a 200 {}"},
    )
    assert named["components"]["schemas"]["AResponse200"] == {
        "type": "object",
        "additionalProperties": ref("Value"),
    }


def test_entries_after_one_for_an_untyped_undocumented_operation_still_name() -> None:
    undocumented = {"operationId": "u", "responses": {"default": {"description": "d"}}, UNDOCUMENTED: True}
    paths = {
        "/s/u": {"get": undocumented},
        "/s/a": {"get": {"operationId": "a", "responses": {"200": json_body(OBJ)}}},
    }
    named = name_models(doc(paths), "/s", {"Later": "GET /u 200", "Thing": "GET /a 200"})
    assert schema_at(named, "/s/a", "get", "200") == ref("Thing")
    with pytest.raises(NamingError, match="no model at 'GET  /u 200'"):
        name_models(doc(paths), "/s", {"Typo": "GET  /u 200"})


@pytest.mark.xfail(
    strict=True,
    reason="bug: name_models reserves set(table.values()) (the locations), not the table's names; "
    "the fix changes the committed spec's names, so it waits for a regeneration (see the report)",
)
def test_a_name_of_the_table_is_never_taken_by_an_automatic_one() -> None:
    other = {"type": "object", "properties": {"n": {"type": "integer"}}}
    paths = {
        "/s/a": {
            "get": {
                "operationId": "a",
                "responses": {"200": json_body({"type": "object", "properties": {"config": OBJ}})},
            }
        },
        "/s/b": {
            "get": {
                "operationId": "b",
                "responses": {"200": json_body({"type": "object", "properties": {"data": other}})},
            }
        },
    }
    schemas = name_models(doc(paths), "/s", {"Config": "GET /b 200 data"})["components"]["schemas"]
    assert schemas["Config"] == other
    assert schemas["AResponse200"]["properties"]["config"] == ref("AResponse200Config")


@pytest.mark.parametrize(
    ("written", "error"),
    [
        ("Nonsense", "no model at 'Nonsense'"),  # one word: not a place
        ("GET /{id}/u", None),  # an operation the docs and the reference leave untyped: nothing yet
        ("POST /{id}/t 200 nope", "no model at 'POST /{id}/t 200 nope'"),  # typed from the reference: a typo
    ],
)
def test_names_entries_that_name_no_place(written: str, error: str | None) -> None:
    untyped = {"operationId": "u", "responses": {"default": {"description": "d"}}, UNDOCUMENTED: True}
    typed = {"operationId": "t", "responses": {"2XX": json_body(OBJ)}, UNDOCUMENTED: True}
    document = doc({"/s/{x}/u": {"get": untyped}, "/s/{x}/t": {"post": typed}})
    if error is None:
        assert "Entry" not in name_models(document, "/s", {"Entry": written})["components"]["schemas"]
    else:
        with pytest.raises(NamingError, match=error.replace("{", r"\{").replace("}", r"\}")):
            name_models(document, "/s", {"Entry": written})


def test_a_body_whose_data_is_no_model_is_named_by_its_operation() -> None:
    body = {"type": "object", "properties": {"data": {"type": "string"}}}
    named = name_models(
        doc({"/s/a": {"get": {"operationId": "a", "responses": {"200": json_body(body)}}}}), "/s", {}
    )
    assert schema_at(named, "/s/a", "get", "200") == ref("AResponse200")


def test_a_query_enum_is_named_by_the_tag_and_kept_nullable() -> None:
    enum = {"type": ["string", "null"], "enum": ["a", None], "description": "d"}
    paths = {
        f"/s/{index}": {
            "get": {
                "tags": ["data"],
                "parameters": [{"name": "state", "in": "query", "schema": schema}],
                "responses": {},
            }
        }
        for index, schema in enumerate([{"type": "string", "enum": ["x"]}, enum])
    }
    named = name_models(doc(paths), "/s", {})
    assert named["paths"]["/s/1"]["get"]["parameters"][0]["schema"] == {
        "anyOf": [ref("DataState"), {"type": "null"}],
        "description": "d",
    }
    assert named["components"]["schemas"]["DataState"] == {
        "type": "string",
        "enum": ["a"],
        "description": "d",
    }


def test_a_body_that_is_a_list_is_a_list_of_named_models() -> None:
    body = {"type": "array", "items": {**OBJ, "type": ["object", "null"]}, "description": "d"}
    named = name_models(
        doc({"/s/a": {"get": {"operationId": "a", "responses": {"200": json_body(body)}}}}), "/s", {}
    )
    assert schema_at(named, "/s/a", "get", "200") == {
        "type": "array",
        "items": ref("Item"),
        "description": "d",
    }
    assert named["components"]["schemas"] == {"Item": OBJ}
