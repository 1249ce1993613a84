"""The shapes stage: the reference's dialect, the merge rule, model names, the shapes file.

Table-driven unit tests for each module of ``scripts/rtkgen/shapes``, then the project's own shapes
file against the project's docs: the list of disagreements between the docs and the reference is
a golden file (a doc change that contradicts the reference shows up as a new line there), and
every body in scope is made of named models.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, committed_spec
from rtkgen.converter.cli import convert_paths
from rtkgen.converter.openapi_builder import DocumentInfo
from rtkgen.core.openapi_common import UNDOCUMENTED
from rtkgen.overlays.apply import apply_overlays, read_overlay
from rtkgen.shapes.dialect import from_reference, nullable_of
from rtkgen.shapes.merge import Disagreement, is_open, kinds, merge
from rtkgen.shapes.models import NamingError, name_models, pascal, singular
from rtkgen.shapes.stage import ShapesError, apply_shapes, read_shapes, route

SHAPES = ROOT / "shapes" / "realtimekit.yaml"
GOLDEN = ROOT / "tests" / "golden" / "shape_disagreements.txt"
NULL = {"type": "null"}


# --- dialect -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "converted"),
    [
        ({"anyOf": [{"type": "string"}, NULL], "default": None}, {"type": ["string", "null"]}),
        (
            {"anyOf": [{"type": "string", "enum": ["a", "b"]}, NULL], "description": "d"},
            {"type": ["string", "null"], "enum": ["a", "b", None], "description": "d"},
        ),
        ({"const": "gcs", "type": "string"}, {"enum": ["gcs"], "type": "string"}),
        ({"type": "object", "additionalProperties": True}, {"type": "object"}),
        (
            {"type": "object", "additionalProperties": {"anyOf": [{"type": "integer"}, NULL]}},
            {"type": "object", "additionalProperties": {"type": ["integer", "null"]}},
        ),
        (
            {"anyOf": [{"type": "boolean"}, {"type": "number"}]},
            {"anyOf": [{"type": "boolean"}, {"type": "number"}]},
        ),
        (
            {"type": "array", "items": {"anyOf": [{"type": "string", "format": "date-time"}, NULL]}},
            {"type": "array", "items": {"type": ["string", "null"], "format": "date-time"}},
        ),
        (  # forms of one object: one object with every property, required by all forms
            {
                "anyOf": [
                    {
                        "type": "object",
                        "required": ["type", "a"],
                        "properties": {"type": {"const": "x"}, "a": {}},
                    },
                    {"type": "object", "required": ["type"], "properties": {"type": {"const": "y"}, "b": {}}},
                    NULL,
                ]
            },
            {
                "type": ["object", "null"],
                "required": ["type"],
                "properties": {"type": {"enum": ["x", "y"]}, "a": {}, "b": {}},
            },
        ),
    ],
)
def test_reference_schemas_in_the_converter_style(
    reference: dict[str, Any], converted: dict[str, Any]
) -> None:
    before = json.dumps(reference)
    assert from_reference(reference) == converted
    assert json.dumps(reference) == before


def test_nullable_of_adds_null_once() -> None:
    assert nullable_of({"type": "string"}) == {"type": ["string", "null"]}
    assert nullable_of({"type": ["string", "null"]}) == {"type": ["string", "null"]}
    assert nullable_of({"anyOf": [{"type": "integer"}]}) == {"anyOf": [{"type": "integer"}, NULL]}


# --- merge -----------------------------------------------------------------------------------------

STR_N = {"type": ["string", "null"]}
OBJ_N = {"type": ["object", "null"]}


def _no_refs(ref: str) -> dict[str, Any]:
    raise AssertionError(f"unexpected $ref {ref}")


@pytest.mark.parametrize(
    ("docs", "reference", "merged", "found"),
    [
        # open docs: the reference whole
        (
            {},
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            [],
        ),
        # same type: the reference's schema (format, nullability, description)
        (
            STR_N,
            {"type": "string", "format": "date-time", "description": "d"},
            {"type": "string", "format": "date-time", "description": "d"},
            [],
        ),
        # another type: the docs' type stands, with the reference's description, listed
        (
            STR_N,
            {"type": "integer", "description": "d"},
            {"type": ["string", "null"], "description": "d"},
            [("", "string", "integer")],
        ),
        # a docs value of unknown type (null in the skeleton): the reference
        ({}, {"type": "boolean"}, {"type": "boolean"}, []),
        # fields of both kept, in the reference's order, the docs' extra last; both listed; the
        # field the docs do not show is no longer promised (required by the reference: not here)
        (
            {**OBJ_N, "properties": {"b": STR_N, "only_docs": STR_N}},
            {
                "type": "object",
                "required": ["a", "b"],
                "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
            },
            {
                "type": "object",
                "required": ["b"],
                "properties": {"a": {"type": "string"}, "b": {"type": "string"}, "only_docs": STR_N},
            },
            [("a", "absent", "string"), ("only_docs", "string", "absent")],
        ),
        # arrays merge their items; paths name them with []
        (
            {
                "type": ["array", "null"],
                "items": {**OBJ_N, "properties": {"id": {"type": ["integer", "null"]}}},
            },
            {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
            {
                "type": "array",
                "items": {"type": "object", "properties": {"id": {"type": ["integer", "null"]}}},
            },
            [("[].id", "integer", "string")],
        ),
    ],
)
def test_the_merge_rule(
    docs: dict[str, Any], reference: dict[str, Any], merged: dict[str, Any], found: list[tuple[str, str, str]]
) -> None:
    result, disagreements = merge(docs, reference, "GET /x 200", _no_refs)
    assert result == merged
    assert [(d.field, d.docs, d.reference) for d in disagreements] == found
    assert all(d.where == "GET /x 200" for d in disagreements)


def test_a_reference_ref_is_kept_when_the_docs_add_nothing() -> None:
    models = {"E": {"type": "object", "properties": {"code": {"type": "number"}}}}

    def resolve(ref: str) -> dict[str, Any]:
        return models[ref.rsplit("/", 1)[1]]

    ref = {"$ref": "#/components/schemas/E"}
    assert merge({**OBJ_N, "properties": {"code": {"type": ["number", "null"]}}}, ref, "w", resolve) == (
        ref,
        [],
    )
    inline, found = merge({**OBJ_N, "properties": {"extra": STR_N}}, ref, "w", resolve)
    assert inline["properties"] == {"code": {"type": "number"}, "extra": STR_N}
    assert found == [
        Disagreement("w", "code", "absent", "number"),
        Disagreement("w", "extra", "string", "absent"),
    ]


# --- names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ai_config", "AiConfig"),
        ("sessionId", "SessionId"),
        ("active-session", "ActiveSession"),
        ("_1000", "1000"),
    ],
)
def test_pascal(text: str, name: str) -> None:
    assert pascal(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("participants", "Participant"),
        ("day_stats", "DayStat"),
        ("entries", "Entry"),
        ("added", "AddedItem"),
        ("address", "AddressItem"),
    ],
)
def test_singular(text: str, name: str) -> None:
    assert singular(text) == name


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "", "content": {"application/json": {"schema": schema}}}


def _document(**operations: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for key, responses in operations.items():
        method, path = key.split("_", 1)
        paths.setdefault(f"/s/{path}", {})[method] = {
            "operationId": key,
            "responses": {status: _body(schema) for status, schema in responses.items()},
        }
    return {"openapi": "3.1.0", "paths": paths}


THING = {
    "type": "object",
    "properties": {"id": {"type": "string"}, "state": {"type": "string", "enum": ["a", "b"]}},
}


def test_equal_shapes_share_one_named_model_and_bodies_are_named_after_their_data() -> None:
    doc = _document(
        get_things={"200": {"type": "object", "properties": {"data": {"type": "array", "items": THING}}}},
        post_things={
            "201": {"type": "object", "properties": {"data": {**THING, "type": ["object", "null"]}}}
        },
    )
    named = name_models(doc, "/s", {"Thing": "GET /things 200 data[]"})
    schemas = named["components"]["schemas"]
    assert sorted(schemas) == ["Thing", "ThingListResponse", "ThingResponse", "ThingState"]
    assert schemas["ThingResponse"]["properties"]["data"] == {
        "anyOf": [{"$ref": "#/components/schemas/Thing"}, NULL]
    }
    assert schemas["Thing"]["properties"]["state"] == {"$ref": "#/components/schemas/ThingState"}
    assert doc["paths"]["/s/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {"data": {"type": "array", "items": THING}},
    }, "the input is not changed"


def test_a_taken_name_gets_the_parent_in_front() -> None:
    other = {"type": "object", "properties": {"x": {"type": "integer"}}}
    doc = _document(
        get_a={"200": {"type": "object", "properties": {"config": THING}}},
        get_b={"200": {"type": "object", "properties": {"config": other}}},
    )
    schemas = name_models(doc, "/s", {"A": "GET /a 200", "B": "GET /b 200"})["components"]["schemas"]
    assert {"A", "B", "Config", "BConfig"} <= set(schemas)


def test_the_names_table_is_checked() -> None:
    doc = _document(get_a={"200": THING}, get_b={"200": THING})
    with pytest.raises(NamingError, match="no model at 'GET /c 200'"):
        name_models(doc, "/s", {"C": "GET /c 200"})
    with pytest.raises(NamingError, match="name the same shape"):
        name_models(doc, "/s", {"A": "GET /a 200", "B": "GET /b 200"})


def test_an_open_request_body_is_the_shared_json_object() -> None:
    doc = _document(get_a={"200": THING})
    doc["paths"]["/s/a"]["get"]["requestBody"] = {
        "content": {"application/json": {"schema": {"type": "object"}}}
    }
    named = name_models(doc, "/s", {})
    assert named["paths"]["/s/a"]["get"]["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/JsonObject"
    }


# --- the shapes file ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("reference: r.json\n", "expected a mapping with at least 'reference' and 'scope'"),
        ("reference: r.json\nscope: /s\nnamez: {}\n", "unknown key(s) namez"),
        ("reference: missing.json\nscope: /s\n", "missing.json: cannot read the reference shapes"),
        (
            "reference: r.json\nscope: /s\nerrors: {'400': Nope}\n",
            "shapes.yaml:3: errors: 400 names 'Nope', which is not under models",
        ),
        ("reference: r.json\nscope: [\n", "shapes.yaml:3: not valid YAML"),
    ],
)
def test_a_bad_shapes_file_is_an_error_naming_it(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "r.json").write_text("[]")
    path = tmp_path / "shapes.yaml"
    path.write_text(text)
    with pytest.raises(ShapesError, match=re.escape(message)) as error:
        read_shapes(path)
    assert str(tmp_path) in str(error.value)


def test_routes_match_whatever_the_parameters_are_called() -> None:
    assert (
        route("get", "/a/{livestream-session-id}")
        == route("GET", "/a/{livestream_session_id}")
        == ("GET", "/a/{}")
    )


@pytest.fixture(scope="module")
def project() -> Any:
    status, document = convert_paths([ROOT / "docs" / "realtimekit"], DocumentInfo(title="RealtimeKit API"))
    assert document is not None, status
    document = apply_overlays(document, [read_overlay(ROOT / "overlays" / "realtimekit.yaml")])
    return apply_shapes(document, read_shapes(SHAPES))


def test_the_disagreements_of_the_docs_and_the_reference_are_the_known_ones(project: Any) -> None:
    """A new line here is a doc change that contradicts the API's reference: look at it, then
    update tests/golden/shape_disagreements.txt (the docs' fields and types are what the client has)."""
    found = "".join(f"{disagreement}\n" for disagreement in project.disagreements)
    assert found == GOLDEN.read_text(encoding="utf-8")


def test_every_operation_the_reference_has_is_typed(project: Any) -> None:
    assert project.typed_operations == 54  # 52 of the docs, 2 the overlay adds


def test_every_body_in_scope_is_made_of_named_models(project: Any) -> None:
    def inline_objects(schema: Any, where: str) -> list[str]:
        if isinstance(schema, dict):
            if "properties" in schema and where:
                return [where]
            return [
                found for key, value in schema.items() for found in inline_objects(value, f"{where}/{key}")
            ]
        if isinstance(schema, list):
            return [
                found
                for index, value in enumerate(schema)
                for found in inline_objects(value, f"{where}/{index}")
            ]
        return []

    for path, item in project.document["paths"].items():
        for method, operation in item.items():
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                assert schema == {} or "$ref" in schema, (method, path, status)
            body = (
                operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            )
            assert body is None or "$ref" in body, (method, path)
    for name, schema in project.document["components"]["schemas"].items():
        assert inline_objects(schema.get("properties", {}), "") == [], name


def test_the_operations_left_open_are_the_ones_the_guide_lists(project: Any) -> None:
    open_ids = sorted(
        operation["operationId"]
        for item in project.document["paths"].values()
        for operation in item.values()
        for status, response in operation["responses"].items()
        if status.startswith("2")
        and response.get("content", {}).get("application/json", {}).get("schema") == {}
    )
    readme = (ROOT / "docs" / "using-the-client.md").read_text(encoding="utf-8")
    listed = re.search(r"Operations left open[^\n]*\n\n((?:- .*\n)+)", readme)
    assert listed, "docs/using-the-client.md lists the operations left open"
    assert sorted(re.findall(r"`(\w+)`", listed[1])) == open_ids


def test_the_committed_spec_is_the_stage_output(project: Any) -> None:
    committed = committed_spec()
    assert committed["components"]["schemas"] == project.document["components"]["schemas"]


# --- operations whose docs list no responses (the older docs format) ------------------------------

UNDOCUMENTED_OPERATION = {
    "operationId": "x",
    "responses": {"default": {"description": "Not documented"}},
    "x-responses-undocumented": True,
}


def test_an_undocumented_operation_is_typed_where_the_reference_knows_it(tmp_path: Path) -> None:
    """A 2XX typed from the reference replaces the `default` (the marker stays), a names entry
    written for the current docs' 201 names it, an entry for an operation the reference does not
    know names nothing, and an error status no operation lists is not an error (they may)."""
    reference = [
        {
            "method": "POST",
            "path": "/s/{p}/things",
            "response": {"type": "object", "properties": {"data": THING}},
        }
    ]
    (tmp_path / "r.json").write_text(json.dumps(reference))
    models = "models: {Err: {type: object}}\nerrors: {'400': Err}\n"
    names = "names: {Thing: 'POST /{id}/things 201 data', Other: 'GET /{id}/other 200 data'}\n"
    (tmp_path / "shapes.yaml").write_text(f"reference: r.json\nscope: /s\n{models}{names}")
    paths = {
        "/s/{id}/things": {"post": copy.deepcopy(UNDOCUMENTED_OPERATION)},
        "/s/{id}/other": {"get": {**copy.deepcopy(UNDOCUMENTED_OPERATION), "operationId": "y"}},
    }
    result = apply_shapes({"openapi": "3.1.0", "paths": paths}, read_shapes(tmp_path / "shapes.yaml"))
    typed = result.document["paths"]["/s/{id}/things"]["post"]
    assert list(typed["responses"]) == ["2XX"] and typed[UNDOCUMENTED] is True
    body = typed["responses"]["2XX"]["content"]["application/json"]["schema"]
    assert result.document["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]["properties"][
        "data"
    ] == {"$ref": "#/components/schemas/Thing"}
    untyped = result.document["paths"]["/s/{id}/other"]["get"]
    assert untyped["responses"] == UNDOCUMENTED_OPERATION["responses"]
    assert result.typed_operations == 1
    # the same names entry for a route that is not undocumented is still a typo
    paths["/s/{id}/other"]["get"].pop(UNDOCUMENTED)
    with pytest.raises(ShapesError, match=re.escape("no model at 'GET /{id}/other 200 data'")):
        apply_shapes({"openapi": "3.1.0", "paths": paths}, read_shapes(tmp_path / "shapes.yaml"))


# --- the rules one by one (each row a case the rule must tell apart) ------------------------------


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "null"}, frozenset()),
        ({"type": ["string", "null"]}, frozenset({"string"})),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}, NULL]}, frozenset({"string", "integer"})),
        ({"properties": {"a": {}}}, frozenset({"object"})),
        ({"description": "anything"}, frozenset()),
    ],
)
def test_kinds_are_the_json_types_besides_null(schema: dict[str, Any], expected: frozenset[str]) -> None:
    assert kinds(schema) == expected


def test_a_disagreement_names_the_kinds_absent_any_and_the_body() -> None:
    docs = {"type": "object", "properties": {"a": {"type": "string"}, "d": {"description": "open"}}}
    reference = {"type": "object", "properties": {"c": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}
    _, found = merge(docs, reference, "GET /x 200", lambda ref: {})
    assert sorted(str(d) for d in found) == [
        "GET /x 200 a: docs string, reference absent",
        "GET /x 200 c: docs absent, reference integer|string",
        "GET /x 200 d: docs any, reference absent",
    ]
    _, found = merge({"type": "array", "items": {}}, {"type": "object"}, "GET /x 200", lambda ref: {})
    assert [str(d) for d in found] == ["GET /x 200 (body): docs array, reference object"]


def test_a_reference_object_without_properties_takes_the_docs_fields() -> None:
    docs = {"type": "object", "properties": {"a": {"type": "string"}}}
    merged, found = merge(docs, {"type": "object", "description": "D"}, "w", lambda ref: {})
    assert merged == {"type": "object", "description": "D", "properties": {"a": {"type": "string"}}}
    assert found == [Disagreement("w", "a", "string", "absent")]


def test_the_merged_schema_shares_nothing_with_its_inputs() -> None:
    nested = {"type": "object", "properties": {"x": {"type": "string"}}}
    docs = {"type": "object", "properties": {"mine": copy.deepcopy(nested), "both": {"type": "string"}}}
    reference = {
        "type": "object",
        "properties": {"theirs": copy.deepcopy(nested), "both": {"type": "string"}},
    }
    before = copy.deepcopy((docs, reference))
    merged, _ = merge(docs, reference, "w", lambda ref: {})
    for name in ("mine", "theirs"):
        merged["properties"][name]["properties"]["x"]["type"] = "changed"
    assert (docs, reference) == before


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "null"}, {"type": "null"}),
        ({"type": ["string", "integer"]}, {"type": ["string", "integer", "null"]}),
        ({"type": ["string", "null"]}, {"type": ["string", "null"]}),
        ({"description": "open"}, {"description": "open"}),
        ({"enum": ["a"]}, {"enum": ["a", None]}),
        ({"anyOf": [{"type": "string"}]}, {"anyOf": [{"type": "string"}, NULL]}),
    ],
)
def test_nullable_of_each_kind_of_schema(schema: dict[str, Any], expected: dict[str, Any]) -> None:
    assert nullable_of(schema) == expected


@pytest.mark.parametrize(
    ("reference", "converted"),
    [
        # the title and the description of an anyOf stay on the schema it becomes
        (
            {"anyOf": [{"type": "string"}, NULL], "title": "T", "description": "D"},
            {"type": ["string", "null"], "title": "T", "description": "D"},
        ),
        # a form without properties adds none; an enum only one form has stays that form's
        (
            {
                "anyOf": [
                    {"type": "object", "properties": {"k": {"type": "string", "enum": ["a"]}}},
                    {"type": "object", "properties": {"k": {"type": "string"}}},
                    {"type": "object"},
                ]
            },
            {"type": "object", "properties": {"k": {"type": "string", "enum": ["a"]}}},
        ),
        (
            {
                "anyOf": [
                    {"type": "object", "properties": {"k": {"type": "string"}}},
                    {"type": "object", "properties": {"k": {"type": "string", "enum": ["a"]}}},
                ]
            },
            {"type": "object", "properties": {"k": {"type": "string"}}},
        ),
    ],
)
def test_any_of_forms_in_the_converter_style(reference: dict[str, Any], converted: dict[str, Any]) -> None:
    assert from_reference(reference) == converted


@pytest.mark.parametrize(
    ("schema", "open_"),
    [
        ({}, True),
        ({"description": "anything", "example": 1}, True),
        *(({key: value}, False) for key, value in [("type", "string"), ("properties", {}), ("items", {})]),
        *(
            ({key: value}, False)
            for key, value in [("anyOf", []), ("oneOf", []), ("allOf", []), ("$ref", "#/x")]
        ),
    ],
)
def test_a_schema_is_open_when_it_says_nothing_of_its_value(schema: dict[str, Any], open_: bool) -> None:
    assert is_open(schema) is open_


@pytest.mark.parametrize(
    ("reference", "converted"),
    [
        ({"type": "string", "default": None}, {"type": "string"}),
        ({"default": None, "type": "string", "const": "a"}, {"type": "string", "enum": ["a"]}),
        (
            {"type": "string", "default": "x", "example": None},
            {"type": "string", "default": "x", "example": None},
        ),
        (
            {"type": "object", "additionalProperties": False},
            {"type": "object", "additionalProperties": False},
        ),
        ({"type": "object", "additionalProperties": True}, {"type": "object"}),
        (
            {"type": "object", "additionalProperties": {"const": 1}},
            {"type": "object", "additionalProperties": {"enum": [1]}},
        ),
    ],
)
def test_defaults_and_additional_properties_in_the_converter_style(
    reference: dict[str, Any], converted: dict[str, Any]
) -> None:
    assert from_reference(reference) == converted


OBJECT_A = {"type": "object", "properties": {"a": {"type": "string"}}}
MERGE_CASES = [
    # (docs, reference, merged, disagreements)
    ({}, {"type": "object", "x-n": {"k": 1}}, {"type": "object", "x-n": {"k": 1}}, []),
    (
        {"type": "array", "items": copy.deepcopy(OBJECT_A)},
        {"type": "object"},
        {"type": "array", "items": OBJECT_A},
        [" (body): docs array, reference object"],
    ),
    (copy.deepcopy(OBJECT_A), {**OBJECT_A, "x-n": {"k": 1}}, {**OBJECT_A, "x-n": {"k": 1}}, []),
    ({"type": "array", "items": {"type": "string"}}, {"type": "array"}, {"type": "array"}, []),
    (
        {"type": "array", "items": copy.deepcopy(OBJECT_A)},
        {"type": "array", "items": {"$ref": "#/A"}},
        None,
        [],
    ),
    (
        {
            "type": "object",
            "properties": {"data": {"type": "object", "properties": {"x": {"type": "string"}}}},
        },
        {"type": "object", "properties": {"data": {"$ref": "#/D"}}},
        None,
        [" data.y: docs absent, reference string", " data.x: docs string, reference absent"],
    ),
]
TARGETS = {"#/A": OBJECT_A, "#/D": {"type": "object", "properties": {"y": {"type": "string"}}}}


def mark_every_mapping(value: Any) -> None:
    """Adds a key to every mapping inside ``value`` (to see whether an input shares one)."""
    if isinstance(value, dict):
        for child in list(value.values()):
            mark_every_mapping(child)
        value["x-marked"] = True
    elif isinstance(value, list):
        for child in value:
            mark_every_mapping(child)


@pytest.mark.parametrize(("docs", "reference", "merged", "found"), MERGE_CASES)
def test_merge_cases_and_the_result_shares_nothing_with_the_inputs(
    docs: dict[str, Any], reference: dict[str, Any], merged: dict[str, Any] | None, found: list[str]
) -> None:
    before = copy.deepcopy((docs, reference))
    result, disagreements = merge(docs, reference, "", TARGETS.__getitem__)
    if merged is not None:
        assert result == merged
    assert [str(d) for d in disagreements] == found
    mark_every_mapping(result)
    assert (docs, reference) == before
