"""Skeleton -> JSON Schema, and the envelope of 2xx bodies."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from rtkgen.converter.skeletons import (
    RESPONSE_INFO,
    RESPONSE_INFO_REF,
    body_schema,
    envelope_for,
    placeholder_problems,
    response_info_schema,
    schema_for,
)

N = "null"
SCHEMA_CASES: list[tuple[str, Any, dict[str, Any]]] = [
    ("string", "*string*", {"type": ["string", N]}),
    ("integer", "*integer*", {"type": ["integer", N]}),
    ("number", "*number*", {"type": ["number", N]}),
    ("boolean", "*boolean*", {"type": ["boolean", N]}),
    ("null is any value", None, {}),
    ("open object", {}, {"type": ["object", N]}),
    ("array", ["*string*"], {"type": ["array", N], "items": {"type": ["string", N]}}),
    ("array of unknown", [None], {"type": ["array", N], "items": {}}),
    ("empty array", [], {"type": ["array", N], "items": {}}),
    (
        "nested object",
        {"a": {"b": ["*integer*"]}},
        {
            "type": ["object", N],
            "properties": {
                "a": {
                    "type": ["object", N],
                    "properties": {"b": {"type": ["array", N], "items": {"type": ["integer", N]}}},
                }
            },
        },
    ),
]


@pytest.mark.parametrize(
    ("skeleton", "expected"), [c[1:] for c in SCHEMA_CASES], ids=[c[0] for c in SCHEMA_CASES]
)
def test_schema_for(skeleton: Any, expected: dict[str, Any]) -> None:
    assert schema_for(skeleton) == expected


def test_objects_keep_unknown_properties_and_accept_nulls_and_omissions() -> None:
    schema = schema_for({"a": "*string*", "b": {"c": "*integer*"}})
    validator = jsonschema.Draft202012Validator(schema)
    for body in ({}, {"a": None, "b": None}, {"a": "x", "b": {"c": 1, "extra": []}, "more": 1}, None):
        validator.validate(body)
    assert not validator.is_valid({"a": 1})


@pytest.mark.parametrize(
    ("status", "skeleton", "wrapped"),
    [
        ("200", {"id": "*string*"}, True),
        ("201", ["*string*"], True),
        ("200", None, True),
        ("2XX", {}, True),
        ("200", {"success": "*boolean*", "data": {}}, False),
        ("400", {"errors": []}, False),
        ("default", {"id": "*string*"}, False),
    ],
)
def test_envelope_only_for_2xx_bodies_that_show_result(status: str, skeleton: Any, wrapped: bool) -> None:
    schema = body_schema(status, skeleton)
    if wrapped:
        assert schema["properties"]["result"] == schema_for(skeleton)
        assert set(schema["properties"]) == {"result", "success", "errors", "messages"}
        jsonschema.validate(
            {"result": None, "success": True, "errors": [], "messages": [{"code": 1, "message": "m"}]},
            with_components(schema),
        )
    else:
        assert schema == schema_for(skeleton, nullable=False)


@pytest.mark.parametrize(
    ("skeleton", "fragment"),
    [
        ({"a": "*strng*"}, "unknown placeholder '*strng*'"),
        ({"a": 5}, "unexpected literal 5"),
        ({"a": True}, "unexpected literal true"),
        (["*string*", "*integer*"], "one item schema"),
        ({"a": [{"b": "string"}]}, "unknown placeholder 'string'"),
    ],
)
def test_placeholder_problems(skeleton: Any, fragment: str) -> None:
    problems = placeholder_problems(skeleton)
    assert len(problems) == 1 and fragment in problems[0][0]


def test_valid_skeleton_has_no_problems() -> None:
    assert placeholder_problems({"a": ["*string*"], "b": None, "c": {}, "d": [None], "e": "*number*"}) == []


def with_components(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with the components its ``$ref`` points at, for jsonschema."""
    return {**schema, "components": {"schemas": {RESPONSE_INFO: response_info_schema()}}}


@pytest.mark.parametrize(
    "items",
    [
        [],
        ["a string message"],
        [{"code": 1000, "message": "an object"}],
        ["mixed", {"code": 7}, {"message": None, "extra": 1}, None],
        None,
    ],
)
def test_envelope_errors_and_messages_hold_strings_or_code_message_objects(items: Any) -> None:
    schema = with_components(envelope_for({"id": "*string*"}))
    jsonschema.validate({"result": {"id": "x"}, "success": True, "errors": items, "messages": items}, schema)


@pytest.mark.parametrize("item", [1, True, ["nested"], {"code": "not an integer"}, {"message": 5}])
def test_envelope_items_of_another_form_are_refused(item: Any) -> None:
    schema = with_components(envelope_for(None))
    for field in ("errors", "messages"):
        assert not jsonschema.Draft202012Validator(schema).is_valid({field: [item]})


def test_the_envelope_items_share_one_declared_model() -> None:
    items = envelope_for(None)["properties"]["messages"]["items"]
    assert items == {"anyOf": [{"type": "string"}, {"$ref": RESPONSE_INFO_REF}, {"type": "null"}]}
    assert envelope_for(None)["properties"]["errors"]["items"] == items


def test_the_envelope_is_cloudflares_wire_body_exactly() -> None:
    info = {
        "type": ["array", "null"],
        "items": {"anyOf": [{"type": "string"}, {"$ref": RESPONSE_INFO_REF}, {"type": "null"}]},
    }
    assert envelope_for({"id": "*string*"}) == {
        "type": "object",
        "properties": {
            "errors": info,
            "messages": info,
            "result": schema_for({"id": "*string*"}),
            "success": {"type": ["boolean", "null"]},
        },
    }
