"""The shapes stage (``rtkgen.shapes.stage.apply_shapes``) rule by rule on small documents: which
bodies the reference types, which the errors table types, what an operation whose docs list no
responses becomes, the request body, the disagreements recorded, the union rule with a previous
spec, the errors of a table that names nothing (``FILE:LINE: message``), and the line
``line_of_invalid`` gives for a spec the shapes make invalid."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from rtkgen.core.input_yaml import Lines
from rtkgen.core.openapi_common import DISAGREEMENTS, UNDOCUMENTED
from rtkgen.core.spec_validation import OpenAPIValidationError, validate
from rtkgen.shapes.stable import previous_places
from rtkgen.shapes.stage import Shapes, ShapesError, apply_shapes, line_of_invalid, located, read_shapes

SHAPES = """\
# shapes
reference: r.json
scope: /s/{scope_id}
models:
  Err:
    type: object
    properties:
      code: {type: integer}
errors:
  '400': Err
names:
  Thing: GET /things 200 data[]
"""
THING = {"type": "object", "properties": {"id": {"type": "string"}}}
REFERENCE = [
    {
        "method": "GET",
        "path": "/s/{a}/things",
        "response": {"type": "object", "properties": {"data": {"type": "array", "items": THING}}},
    },
    {
        "method": "POST",
        "path": "/s/{a}/things",
        "response": {"type": "object", "properties": {"data": THING}},
        "request_body": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
        },
    },
    {
        "method": "PUT",
        "path": "/s/{a}/things",
        "response": {"type": "object", "properties": {"data": THING}},
        "request_body": {"type": "object", "properties": {"name": {"type": "string"}}},
    },
]


def json_body(schema: dict[str, Any], description: str = "d") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def schema_of(body: dict[str, Any]) -> Any:
    return body["content"]["application/json"]["schema"]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def read(tmp_path: Path, text: str = SHAPES, reference: list[dict[str, Any]] | None = None) -> Shapes:
    (tmp_path / "r.json").write_text(
        json.dumps(REFERENCE if reference is None else reference), encoding="utf-8"
    )
    (tmp_path / "shapes.yaml").write_text(text, encoding="utf-8")
    return read_shapes(tmp_path / "shapes.yaml")


def document() -> dict[str, Any]:
    """An operation out of scope first, a path item's parameters (a list) and an extension (a
    mapping without responses) before its operations, responses of every kind in one GET."""
    things = {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "x-note": {"what": "not an operation"},
        "get": {
            "operationId": "list_things",
            "responses": {
                "404": {"description": "no body"},
                "500": {"description": "text", "content": {"text/plain": {"schema": {"type": "string"}}}},
                "401": json_body({"type": "object", "properties": {"why": {"type": "string"}}}),
                "200": json_body(
                    {
                        "type": "object",
                        "properties": {
                            "data": {
                                "type": "array",
                                "items": {"type": "object", "properties": {"id": {"type": "integer"}}},
                            }
                        },
                    }
                ),
                "400": json_body({"type": "object", "properties": {"msg": {"type": "string"}}}),
            },
        },
        "post": {
            "operationId": "add_thing",
            "responses": {"201": json_body({})},
        },
        "put": {
            "operationId": "put_thing",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"title": {"type": "string"}}}
                    }
                },
            },
            "responses": {"200": json_body({})},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/other/x": {
                "get": {"operationId": "other", "responses": {"200": json_body({"type": "object"})}}
            },
            "/s/{id}/things": things,
            "/s/{id}/plain": {
                "get": {"operationId": "plain", "responses": {"200": json_body({"type": "string"})}}
            },
        },
        "components": {"schemas": {"Kept": {"type": "string"}}},
    }


def test_the_reference_and_the_errors_table_type_the_bodies_in_scope(tmp_path: Path) -> None:
    before = document()
    source = copy.deepcopy(before)
    result = apply_shapes(source, read(tmp_path))
    assert source == before, "the input is not changed"
    out = result.document
    assert out["paths"]["/other/x"] == before["paths"]["/other/x"], "out of scope: untouched"
    assert out["paths"]["/s/{id}/plain"] == before["paths"]["/s/{id}/plain"], "no reference entry"
    get = out["paths"]["/s/{id}/things"]["get"]["responses"]
    assert get["404"] == {"description": "no body"}
    assert get["500"] == before["paths"]["/s/{id}/things"]["get"]["responses"]["500"]
    assert get["401"] == json_body(ref("UnauthorizedResponse")), (
        "a status neither typed nor an error: named only"
    )
    assert get["200"] == json_body(ref("ThingListResponse"))
    assert get["400"] == json_body(ref("BadRequestResponse"))
    post = out["paths"]["/s/{id}/things"]["post"]
    assert post["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": ref("AddThingBody")}},
    }
    assert post["responses"]["201"] == json_body(ref("PutThingResponse200DataResponse")), "as the PUT's"
    put = out["paths"]["/s/{id}/things"]["put"]
    assert put["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": ref("PutThingBody")}},
    }
    assert put["responses"]["200"] == json_body(ref("PutThingResponse200DataResponse"))
    schemas = out["components"]["schemas"]
    assert schemas == {
        "AddThingBody": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
        },
        "BadRequestResponse": {
            "type": "object",
            "properties": {"code": {"type": "integer"}, "msg": {"type": "string"}},
        },
        "Err": {"type": "object", "properties": {"code": {"type": "integer"}}},
        "Kept": {"type": "string"},
        "UnauthorizedResponse": {"type": "object", "properties": {"why": {"type": "string"}}},
        "PutThingBody": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "title": {"type": "string"}},
        },
        "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "ThingListResponse": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": ref("Thing")}},
        },
        "PutThingResponse200Data": {"type": "object", "properties": {"id": {"type": "string"}}},
        "PutThingResponse200DataResponse": {
            "type": "object",
            "properties": {"data": ref("PutThingResponse200Data")},
        },
    }
    expected = [
        "GET /s/{id}/things 200 data[].id: docs integer, reference string",
        "GET /s/{id}/things 400 code: docs absent, reference integer",
        "GET /s/{id}/things 400 msg: docs string, reference absent",
        "PUT /s/{id}/things request name: docs absent, reference string",
        "PUT /s/{id}/things request title: docs string, reference absent",
    ]
    assert [str(found) for found in result.disagreements] == expected
    assert out[DISAGREEMENTS] == expected
    assert result.typed_operations == 3
    assert result.summary() == (
        "shapes: 3 operation(s) typed from the reference, 5 disagreement(s) with the docs "
        "(the docs' fields and types kept), 10 model(s)"
    )


def test_a_request_body_the_reference_does_not_require_is_optional(tmp_path: Path) -> None:
    doc = document()
    del doc["paths"]["/s/{id}/things"]["put"]["requestBody"]
    out = apply_shapes(doc, read(tmp_path)).document
    put = out["paths"]["/s/{id}/things"]["put"]
    assert put["requestBody"] == {
        "required": False,
        "content": {"application/json": {"schema": ref("PutThingBody")}},
    }
    assert out["components"]["schemas"]["PutThingBody"] == {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
    get = out["paths"]["/s/{id}/things"]["get"]
    assert "requestBody" not in get, "no request body in the reference: none added"


def undocumented(**more: Any) -> dict[str, Any]:
    return {"operationId": "add_thing", "responses": {"default": {"description": "Not documented"}}, **more}


@pytest.mark.parametrize(
    ("operation", "responses"),
    [
        (  # docs list no responses: a 2XX with the reference's body
            undocumented(**{UNDOCUMENTED: True}),
            {
                "2XX": {
                    "description": "Success (the docs list no responses; the body is the API reference's).",
                    "content": {"application/json": {"schema": ref("AddThingResponse2XXDataResponse")}},
                }
            },
        ),
        (  # documented (no marker): its default stays
            undocumented(),
            {"default": {"description": "Not documented"}},
        ),
        (  # marked, but with no default to replace: its responses stay
            {"operationId": "add_thing", "responses": {"200": {"description": "ok"}}, UNDOCUMENTED: True},
            {"200": {"description": "ok"}},
        ),
    ],
)
def test_an_operation_whose_docs_list_no_responses_gets_the_references(
    tmp_path: Path, operation: dict[str, Any], responses: dict[str, Any]
) -> None:
    doc = {"openapi": "3.1.0", "paths": {"/s/{id}/things": {"post": operation}}}
    text = SHAPES.replace("errors:\n  '400': Err\n", "").replace("  Thing: GET /things 200 data[]\n", "")
    result = apply_shapes(doc, read(tmp_path, text.replace("names:\n", "")))
    post = result.document["paths"]["/s/{id}/things"]["post"]
    assert post["responses"] == responses
    assert post.get(UNDOCUMENTED) == operation.get(UNDOCUMENTED)
    assert result.typed_operations == 1


ERRORS = SHAPES.replace("  '400': Err\n", "  '400': Err\n  '503': Err\n  '502': Err\n")


def test_an_error_status_no_operation_answers_is_an_error_at_its_line(tmp_path: Path) -> None:
    shapes = read(tmp_path, ERRORS)
    with pytest.raises(ShapesError) as error:
        apply_shapes(document(), shapes)
    assert (
        str(error.value)
        == f"{shapes.source}:12: errors: no operation in scope answers 502: remove it or fix the status"
    )


def test_an_error_status_is_not_an_error_when_an_operation_lists_no_responses(tmp_path: Path) -> None:
    doc = document()
    doc["paths"]["/s/{id}/other"] = {"get": undocumented(operationId="o", **{UNDOCUMENTED: True})}
    result = apply_shapes(doc, read(tmp_path, ERRORS))
    assert result.document["paths"]["/s/{id}/other"]["get"]["responses"] == {
        "default": {"description": "Not documented"}
    }


def test_a_scope_that_matches_nothing_is_an_error_at_its_line(tmp_path: Path) -> None:
    shapes = read(tmp_path, SHAPES.replace("scope: /s/{scope_id}", "scope: /z"))
    with pytest.raises(ShapesError) as error:
        apply_shapes(document(), shapes)
    assert str(error.value) == f"{shapes.source}:3: scope '/z' matches no path of the document"
    without_lines = Shapes("shapes.yaml", "/z", {}, {}, {}, {})
    with pytest.raises(ShapesError) as error:
        apply_shapes(document(), without_lines)
    assert str(error.value) == "shapes.yaml: scope '/z' matches no path of the document"


def test_two_names_of_one_shape_are_an_error_at_the_second_ones_line(tmp_path: Path) -> None:
    shapes = read(tmp_path, SHAPES + "  Same: GET /things 200 data[]\n")
    with pytest.raises(ShapesError) as error:
        apply_shapes(document(), shapes)
    assert str(error.value) == (
        f"{shapes.source}:13: names: Same and Thing name the same shape ('GET /things 200 data[]')"
    )


def test_a_document_without_paths_has_no_path_in_scope(tmp_path: Path) -> None:
    shapes = read(tmp_path)
    with pytest.raises(ShapesError) as error:
        apply_shapes({"openapi": "3.1.0"}, shapes)
    assert str(error.value) == f"{shapes.source}:3: scope '/s/{{scope_id}}' matches no path of the document"


@pytest.mark.parametrize("err", ["#/components/schemas/Err", "Err"])
def test_a_reference_ref_is_followed_where_the_docs_show_fields(tmp_path: Path, err: str) -> None:
    """The reference's ``$ref`` (in a request body, a response, read by the name after the last
    ``/``) is followed to merge the docs' fields; a JSON body without a schema takes it whole."""
    text = (
        "reference: r.json\nscope: /s\nmodels:\n  Err: {type: object, properties: {code: {type: integer}}}\n"
    )
    reference = [{"method": "POST", "path": "/s/x", "response": {"$ref": err}, "request_body": {"$ref": err}}]
    fields = {"type": "object", "properties": {"msg": {"type": "string"}}}
    operation = {
        "operationId": "x",
        "requestBody": {"content": {"application/json": {"schema": fields}}},
        "responses": {
            "200": json_body(fields),
            "201": {"description": "d", "content": {"application/json": {}}},
        },
    }
    result = apply_shapes(
        {"openapi": "3.1.0", "paths": {"/s/x": {"post": operation}}}, read(tmp_path, text, reference)
    )
    assert [str(found) for found in result.disagreements] == [
        "POST /s/x 200 code: docs absent, reference integer",
        "POST /s/x 200 msg: docs string, reference absent",
        "POST /s/x request code: docs absent, reference integer",
        "POST /s/x request msg: docs string, reference absent",
    ]
    post = result.document["paths"]["/s/x"]["post"]
    assert schema_of(post["responses"]["201"]) == {"$ref": err}
    assert schema_of(post["requestBody"]) == schema_of(post["responses"]["200"]) == ref("XResponse200")
    assert result.document["components"]["schemas"]["XResponse200"] == {
        "type": "object",
        "properties": {"code": {"type": "integer"}, "msg": {"type": "string"}},
    }


def test_a_names_entry_that_names_nothing_is_an_error_at_its_line(tmp_path: Path) -> None:
    shapes = read(tmp_path, SHAPES.replace("GET /things 200 data[]", "GET /nope 200"))
    with pytest.raises(ShapesError) as error:
        apply_shapes(document(), shapes)
    assert str(error.value) == f"{shapes.source}:12: names: Thing: no model at 'GET /nope 200'"


@pytest.mark.parametrize(
    ("line", "message", "expected"),
    [(4, "m", "f.yaml:4: m"), (0, "m", "f.yaml:0: m"), (None, "m", "f.yaml: m")],
)
def test_located_errors_name_the_file_and_the_line_when_there_is_one(
    line: int | None, message: str, expected: str
) -> None:
    assert str(located("f.yaml", line, message)) == expected


def shared_spec(properties_b: dict[str, Any]) -> dict[str, Any]:
    """Two operations whose data were one shape; ``properties_b``: the second's now."""

    def op(name: str, properties: dict[str, Any]) -> dict[str, Any]:
        body = {"type": "object", "properties": {"data": {"type": "object", "properties": properties}}}
        return {"operationId": name, "responses": {"200": json_body(body)}}

    return {
        "openapi": "3.1.0",
        "paths": {
            "/s/{id}/a": {"get": op("get_a", {"id": {"type": "string"}})},
            "/s/{id}/b": {"get": op("get_b", properties_b)},
        },
    }


def test_places_that_shared_a_model_keep_sharing_it(tmp_path: Path) -> None:
    text = "reference: r.json\nscope: /s/{x}\nnames:\n  Thing: GET /a 200 data\n"
    shapes = read(tmp_path, text, [])
    previous = apply_shapes(shared_spec({"id": {"type": "string"}}), shapes).document
    places = previous_places(previous, shapes.scope)
    assert places["GET /b 200 data"] == "Thing"
    now = shared_spec({"id": {"type": "string"}, "url": {"type": "string"}})
    alone = apply_shapes(now, shapes).document["components"]["schemas"]
    assert "Thing" in alone and len([name for name in alone if name.startswith("Get")]) == 2
    kept = apply_shapes(now, shapes, places).document
    assert kept["components"]["schemas"]["Thing"] == {
        "type": "object",
        "properties": {"id": {"type": "string"}, "url": {"type": "string"}},
    }
    assert previous_places(kept, shapes.scope) == places
    assert kept[DISAGREEMENTS] == []


# --- the line of a spec the shapes make invalid ----------------------------------------------------


def valid(document: Mapping[str, Any]) -> bool:
    try:
        validate(document)
    except OpenAPIValidationError:
        return False
    return True


INVALID = """\
scope: /s
models:
  Good:
    type: object
  Bad:
    type: object
    properties:
      n:
        type: 3
reference: r.json
"""
VALID = INVALID.replace("type: 3", "type: string")


@pytest.mark.parametrize(
    ("text", "place", "line"),
    [
        (INVALID, ("components", "schemas", "Good", "type"), 4),  # a model of the file: its line
        (INVALID, ("components", "schemas", "Good"), 3),
        (INVALID, ("components", "schemas", "Bad", "properties", "n", "type"), 9),
        (INVALID, ("components", "schemas", "Bad"), 5),
        (INVALID, ("components", "schemas", "Other", "x"), 5),  # not one of the file's: the invalid model
        (INVALID, ("properties", "n", "type"), 9),  # a place inside the invalid model
        (INVALID, ("paths", "/s", "get"), 5),
        (VALID, ("paths", "/s", "get"), 10),  # the models are valid: the reference
        (VALID, ("components",), 10),
        (VALID, ("components", "schemas"), 10),
        (VALID, ("components", "x", "Good"), 10),
    ],
)
def test_the_line_behind_an_invalid_place(
    tmp_path: Path, text: str, place: tuple[str, ...], line: int
) -> None:
    shapes = read(tmp_path, "# c\n" + text, [])
    assert line_of_invalid(shapes, place, valid) == line + 1


def test_the_line_behind_an_invalid_place_without_lines_is_none() -> None:
    shapes = Shapes("s.yaml", "/s", {}, {"Bad": {"type": 3}}, {}, {}, Lines({}))
    assert line_of_invalid(shapes, ("x",), valid) is None
