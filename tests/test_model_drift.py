"""Every model of the client survives bodies that drift from what the API promises.

For every model under ``components/schemas`` of the committed spec, hypothesis builds a body
that fits the model's schema (nested models and enums included), then drifts it the ways real
bodies do: a promised field left out, ``null`` where no null is allowed, a new field, a value of
another type, an enum value the client does not know. For each such body:

- parsing returns the model, and the body passed in is not changed;
- ``to_dict()`` gives the body back unchanged;
- every field can be read: a promised field the body lacked raises ``MissingFieldError`` naming
  it, any other drifted field returns the value as sent;
- each deviation is logged once per model field, as a warning on the package's logger that
  names the operation and the field's path; parsing the same body again logs nothing new.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from realtimekit_client.model_base import Model

from model_reading import read_all, warnings_logged

SPEC = yaml.safe_load((Path(__file__).parent.parent / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MODELS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")
_MAX_DEPTH = 6


def _module(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def model_class(name: str) -> type[Model]:
    module = importlib.import_module(f"realtimekit_client.models.{_module(name)}")
    cls: type[Model] = getattr(module, name)
    return cls


def _target(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _kinds(schema: dict[str, Any]) -> tuple[list[str], bool]:
    """The JSON types a (resolved) field schema allows besides null, and whether null is allowed."""
    if "anyOf" in schema:
        found: list[str] = []
        nullable = False
        for alternative in schema["anyOf"]:
            kinds, null = _kinds(_target(alternative))
            found += kinds
            nullable = nullable or null or alternative == {"type": "null"}
        return found, nullable
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    return [k for k in kinds if k != "null"], "null" in kinds or not kinds


def valid(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON values that ``schema`` accepts (a small, typed subset of them)."""
    if "anyOf" in schema:
        return st.one_of(*(valid(alternative, depth) for alternative in schema["anyOf"]))
    schema = _target(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds, nullable = _kinds(schema)
    options = [_of_kind(kind, schema, depth) for kind in kinds]
    if nullable:
        options.append(st.none())
    return st.one_of(*options) if options else st.none()


def _of_kind(kind: str, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.sampled_from(["2024-05-01T12:30:00Z", "2024-05-01T12:30:00.123+02:00"])
        return st.text(max_size=5)
    if kind == "integer":
        return st.integers(-5, 5)
    if kind == "number":
        return st.one_of(st.integers(-5, 5), st.floats(-5, 5, allow_nan=False))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        items = schema.get("items", {})
        return st.lists(valid(items, depth + 1), max_size=2) if depth < _MAX_DEPTH else st.just([])
    return _object(schema, depth)


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    if depth >= _MAX_DEPTH:
        return st.fixed_dictionaries({name: st.none() for name in required})
    extra = schema.get("additionalProperties")
    if not properties and isinstance(extra, dict):
        return st.dictionaries(st.text(max_size=3), valid(extra, depth + 1), max_size=2)
    return st.fixed_dictionaries(
        {name: valid(child, depth + 1) for name, child in properties.items() if name in required},
        optional={
            name: valid(child, depth + 1) for name, child in properties.items() if name not in required
        },
    )


def _wrong_value(schema: dict[str, Any]) -> Any:
    """A value no codec of ``schema`` takes (None when every value fits, as for ``{}``)."""
    target = _target(schema) if "$ref" in schema else schema
    if "enum" in target:
        return "A VALUE THE CLIENT DOES NOT KNOW"
    kinds, _ = _kinds(target)
    if not kinds:
        return None
    return 12345 if "string" in kinds else "not the promised type"


@st.composite
def drifted(draw: st.DrawFn, name: str) -> tuple[dict[str, Any], set[str], set[str]]:
    """A body of model ``name`` drifted at its top level, the fields whose reading must be
    reported (or raise), and the promised fields that were left out."""
    schema = SCHEMAS[name]
    body: dict[str, Any] = draw(valid(schema))
    properties: dict[str, Any] = schema.get("properties", {})
    reported: set[str] = set()
    missing: set[str] = set()
    for field, child in properties.items():
        action = draw(st.sampled_from(["keep", "keep", "drop", "null", "wrong"]))
        if action == "drop" and field in body:
            del body[field]
            if field in schema.get("required", []):
                missing.add(field)
                reported.add(field)
        elif action == "null":
            body[field] = None
            if not _kinds(_target(child) if "$ref" in child else child)[1]:
                reported.add(field)
        elif action == "wrong" and _wrong_value(child) is not None:
            body[field] = _wrong_value(child)
            reported.add(field)
    if not isinstance(schema.get("additionalProperties"), dict) and draw(st.booleans()):
        body["a_field_the_docs_do_not_list"] = draw(st.one_of(st.integers(), st.text(max_size=3)))
        reported.add("a_field_the_docs_do_not_list")
    return body, reported, missing


def _missing(model: Model) -> set[str]:
    """The promised fields of ``model`` itself that its body lacked (read with everything else)."""
    return {error.field for error in read_all(model) if not error.path}


def python_names(cls: type[Model]) -> dict[str, str]:
    """Wire name -> Python name of ``cls``'s fields (``__init__`` takes them in ``_fields`` order)."""
    parameters = list(inspect.signature(cls.__init__).parameters)[1:]
    return dict(zip(cls._fields, parameters, strict=True))


def test_every_object_schema_is_a_model_class() -> None:
    assert len(MODELS) >= 100
    for name in MODELS:
        assert issubclass(model_class(name), Model), name


@pytest.mark.parametrize("name", MODELS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_drifted_body_parses_round_trips_and_is_reported(name: str, data: st.DataObject) -> None:
    body, reported, missing = data.draw(drifted(name))
    original = copy.deepcopy(body)
    with warnings_logged() as messages:
        model = model_class(name).from_dict(body, "an_operation")
        assert body == original
        assert model.to_dict() == original
        assert _missing(model) == missing
        assert model.to_dict() == original  # reading converts nothing back
        names = python_names(type(model))
        for field in reported - missing:
            if field in names:  # a drifted value reads as it was sent
                assert getattr(model, names[field]) == original[field], field
        first = list(messages)
        read_all(model_class(name).from_dict(body, "an_operation"))
    assert messages == first, "a deviation was reported twice"
    top = [message for message in first if f": {name}." in message]
    for field in reported:
        assert any(f"{name}.{field} at {field}:" in message for message in top), (field, first)
    assert all(message.startswith("an_operation: ") for message in first), first
    assert len(top) == len(reported), (reported, top)
