"""Whether a GET of a collection is ``list`` by the spec alone (``rtkgen.facade.naming.lists_by_spec``,
which the change report and ``keep_previous_names`` name operations by): small specs in, the
answer and the facade name out, with parameters, responses, bodies and list properties reached
through ``$ref``s (to ``components/schemas``, ``components/responses``, ``components/parameters``
and chains of them)."""

from __future__ import annotations

from typing import Any

import pytest

from rtkgen.facade.naming import lists_by_spec, names_by_spec

BASE = "/accounts/{account_id}/realtime/kit/{app_id}"
ARRAY = {"type": "array", "items": {"type": "string"}}
OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}
PAGE_NO = {"name": "page_no", "in": "query", "schema": {"type": "integer"}}
PER_PAGE = {"name": "per_page", "in": "query", "schema": {"type": "integer"}}
CHAIN = 50  # how many $refs in a row are followed
COMPONENTS: dict[str, Any] = {
    "schemas": {
        **{f"Chain{i}": {"$ref": f"#/components/schemas/Chain{i + 1}"} for i in range(1, CHAIN + 1)},
        f"Chain{CHAIN + 1}": ARRAY,
        "Things": ARRAY,
        "Thing": OBJECT,
        "Null": {"type": "null"},
        "ThingsAlias": {"$ref": "#/components/schemas/Things"},
        "ThingList": {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Things"}}},
        "ThingOne": {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Thing"}}},
        "Loop": {"$ref": "#/components/schemas/Loop"},
        "NullableThings": {"anyOf": [{"$ref": "#/components/schemas/Things"}, {"type": "null"}]},
    },
    "responses": {
        "ThingList": {
            "description": "d",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}},
        },
        "ThingOne": {
            "description": "d",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingOne"}}},
        },
        "Again": {"$ref": "#/components/responses/ThingList"},
    },
    "parameters": {
        "PageNo": PAGE_NO,
        "PerPage": PER_PAGE,
        "Alias": {"$ref": "#/components/parameters/PageNo"},
    },
}


def _document(operation: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {f"{BASE}/things": {"get": operation}},
        "components": COMPONENTS,
        "tags": [ARRAY],  # a $ref into it meets a list, which has no keys
        "Xdefs": {"Things": ARRAY},  # a key that starts with X: a $ref strips only its "#/"
    }


def _json(schema: Any) -> dict[str, Any]:
    return {"description": "d", "content": {"application/json": {"schema": schema}}}


def _with(key: str, schema: Any) -> dict[str, Any]:
    return _json({"type": "object", "properties": {key: schema}})


def _ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


CASES: list[tuple[str, dict[str, Any], bool]] = [
    # parameters
    ("page_no and per_page", {"parameters": [PAGE_NO, PER_PAGE]}, True),
    ("page_no alone", {"parameters": [PAGE_NO]}, False),
    ("per_page alone", {"parameters": [PER_PAGE]}, False),
    (
        "paging parameters by $ref",
        {"parameters": [_ref("parameters", "PageNo"), _ref("parameters", "PerPage")]},
        True,
    ),
    ("a parameter by a $ref to a $ref", {"parameters": [_ref("parameters", "Alias"), PER_PAGE]}, True),
    ("a broken parameter $ref", {"parameters": [_ref("parameters", "Missing"), PER_PAGE]}, False),
    ("a parameter that is no mapping", {"parameters": ["page_no", PER_PAGE]}, False),
    ("no parameters, no responses", {}, False),
    ("parameters null", {"parameters": None, "responses": {"200": _with("data", ARRAY)}}, True),
    # the body's data/result
    ("data is an array", {"responses": {"200": _with("data", ARRAY)}}, True),
    ("result is an array", {"responses": {"200": _with("result", ARRAY)}}, True),
    ("items is an array", {"responses": {"200": _with("items", ARRAY)}}, False),
    ("data is an object", {"responses": {"200": _with("data", OBJECT)}}, False),
    ("data is a string", {"responses": {"200": _with("data", {"type": "string"})}}, False),
    ("data has no type", {"responses": {"200": _with("data", {})}}, False),
    ("data is not a mapping", {"responses": {"200": _with("data", ["array"])}}, False),
    (
        "data's type list holds array",
        {"responses": {"200": _with("data", {"type": ["array", "null"]})}},
        True,
    ),
    (
        "data's type list lacks array",
        {"responses": {"200": _with("data", {"type": ["object", "null"]})}},
        False,
    ),
    (
        "data and result, result the array",
        {"responses": {"200": _json({"type": "object", "properties": {"data": OBJECT, "result": ARRAY}})}},
        True,
    ),
    ("data's array by $ref", {"responses": {"200": _with("data", _ref("schemas", "Things"))}}, True),
    (
        "data's array by a $ref to a $ref",
        {"responses": {"200": _with("data", _ref("schemas", "ThingsAlias"))}},
        True,
    ),
    ("data's object by $ref", {"responses": {"200": _with("data", _ref("schemas", "Thing"))}}, False),
    ("data by a $ref that loops", {"responses": {"200": _with("data", _ref("schemas", "Loop"))}}, False),
    ("data by 50 $refs in a row", {"responses": {"200": _with("data", _ref("schemas", "Chain2"))}}, True),
    ("data by 51 $refs in a row", {"responses": {"200": _with("data", _ref("schemas", "Chain1"))}}, False),
    ("data by a broken $ref", {"responses": {"200": _with("data", _ref("schemas", "Gone"))}}, False),
    ("data by a $ref into a list", {"responses": {"200": _with("data", {"$ref": "#/tags/0"})}}, False),
    (
        "data by a $ref to a key starting with X",
        {"responses": {"200": _with("data", {"$ref": "#/Xdefs/Things"})}},
        True,
    ),
    # nullable and single options
    (
        "anyOf array or null",
        {"responses": {"200": _with("data", {"anyOf": [ARRAY, {"type": "null"}]})}},
        True,
    ),
    (
        "anyOf null or array",
        {"responses": {"200": _with("data", {"anyOf": [{"type": "null"}, ARRAY]})}},
        True,
    ),
    (
        "oneOf array or null",
        {"responses": {"200": _with("data", {"oneOf": [ARRAY, {"type": "null"}]})}},
        True,
    ),
    ("anyOf array alone", {"responses": {"200": _with("data", {"anyOf": [ARRAY]})}}, True),
    (
        "anyOf object or null",
        {"responses": {"200": _with("data", {"anyOf": [OBJECT, {"type": "null"}]})}},
        False,
    ),
    ("anyOf array or object", {"responses": {"200": _with("data", {"anyOf": [ARRAY, OBJECT]})}}, False),
    ("anyOf two arrays", {"responses": {"200": _with("data", {"anyOf": [ARRAY, ARRAY]})}}, False),
    ("anyOf empty", {"responses": {"200": _with("data", {"anyOf": []})}}, False),
    (
        "anyOf $ref'd array or $ref'd null",
        {
            "responses": {
                "200": _with("data", {"anyOf": [_ref("schemas", "Things"), _ref("schemas", "Null")]})
            }
        },
        True,
    ),
    (
        "anyOf $ref'd null or $ref'd object",
        {"responses": {"200": _with("data", {"anyOf": [_ref("schemas", "Null"), _ref("schemas", "Thing")]})}},
        False,
    ),
    (
        "anyOf nested in anyOf",
        {
            "responses": {
                "200": _with("data", {"anyOf": [{"anyOf": [ARRAY, {"type": "null"}]}, {"type": "null"}]})
            }
        },
        True,
    ),
    (
        "a $ref to a nullable array",
        {"responses": {"200": _with("data", _ref("schemas", "NullableThings"))}},
        True,
    ),
    (
        "anyOf wins over oneOf",
        {"responses": {"200": _with("data", {"anyOf": [OBJECT], "oneOf": [ARRAY]})}},
        False,
    ),
    # the response and its body by $ref
    ("the body by $ref", {"responses": {"200": _json(_ref("schemas", "ThingList"))}}, True),
    ("the body by $ref, data an object", {"responses": {"200": _json(_ref("schemas", "ThingOne"))}}, False),
    ("the response by $ref", {"responses": {"200": _ref("responses", "ThingList")}}, True),
    ("the response by $ref, data an object", {"responses": {"200": _ref("responses", "ThingOne")}}, False),
    ("the response by a $ref to a $ref", {"responses": {"200": _ref("responses", "Again")}}, True),
    ("the response by a broken $ref", {"responses": {"200": _ref("responses", "Gone")}}, False),
    # which response
    ("a 201 list", {"responses": {"201": _with("data", ARRAY)}}, True),
    ("a 2XX list", {"responses": {"2XX": _with("data", ARRAY)}}, True),
    ("an int status", {"responses": {200: _with("data", ARRAY)}}, True),
    (
        "int and text statuses",
        {"responses": {"default": _with("data", OBJECT), 200: _with("data", ARRAY)}},
        True,
    ),
    (
        "a 1xx before the 2xx",
        {"responses": {"101": _with("data", OBJECT), "200": _with("data", ARRAY)}},
        True,
    ),
    (
        "numbered before other 2 keys",
        {"responses": {"2-xx": _with("data", ARRAY), "204": {"description": "d"}}},
        False,
    ),
    (
        "the first 2xx decides: 200 no list, 201 list",
        {"responses": {"201": _with("data", ARRAY), "200": _with("data", OBJECT)}},
        False,
    ),
    (
        "the first 2xx decides: 200 list, 201 no list",
        {"responses": {"201": _with("data", OBJECT), "200": _with("data", ARRAY)}},
        True,
    ),
    (
        "a numbered 2xx before 2XX",
        {"responses": {"2XX": _with("data", ARRAY), "204": {"description": "none"}}},
        False,
    ),
    (
        "a numbered 2xx before 2XX, listing",
        {"responses": {"2XX": _with("data", OBJECT), "299": _with("data", ARRAY)}},
        True,
    ),
    (
        "an error status list only",
        {"responses": {"400": _with("data", ARRAY), "default": _with("data", ARRAY)}},
        False,
    ),
    (
        "an error status before the 2xx",
        {"responses": {"400": _with("data", OBJECT), "200": _with("data", ARRAY)}},
        True,
    ),
    (
        "default before a 2xx in the mapping",
        {"responses": {"default": _with("data", OBJECT), "200": _with("data", ARRAY)}},
        True,
    ),
    ("responses null", {"responses": None}, False),
    # what the 2xx body is
    ("no content", {"responses": {"200": {"description": "d"}}}, False),
    ("content null", {"responses": {"200": {"description": "d", "content": None}}}, False),
    (
        "content not a mapping",
        {"responses": {"200": {"description": "d", "content": ["application/json"]}}},
        False,
    ),
    (
        "no JSON content",
        {
            "responses": {
                "200": {"description": "d", "content": {"text/plain": {"schema": _with("data", ARRAY)}}}
            }
        },
        False,
    ),
    (
        "the media not a mapping",
        {"responses": {"200": {"description": "d", "content": {"application/json": "x"}}}},
        False,
    ),
    (
        "the media without schema",
        {"responses": {"200": {"description": "d", "content": {"application/json": {}}}}},
        False,
    ),
    ("the body is an array itself", {"responses": {"200": _json(ARRAY)}}, False),
    ("the body without properties", {"responses": {"200": _json({"type": "object"})}}, False),
    (
        "the body's properties not a mapping",
        {"responses": {"200": _json({"type": "object", "properties": ["data"]})}},
        False,
    ),
    ("the response not a mapping", {"responses": {"200": "ok"}}, False),
]


@pytest.mark.parametrize(
    ("operation", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_a_get_is_a_list_by_the_spec(operation: dict[str, Any], expected: bool) -> None:
    document = _document(operation)
    assert lists_by_spec(document, operation) is expected
    # what the change report names it: list, else get (a singleton)
    operation = {"operationId": "op", **operation}
    assert names_by_spec(_document(operation)) == {
        (f"{BASE}/things", "get"): "things.list" if expected else "things.get"
    }
