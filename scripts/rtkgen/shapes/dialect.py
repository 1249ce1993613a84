"""The reference's JSON Schema in the style the converter writes (OpenAPI 3.1).

- ``anyOf: [X, {type: null}]`` becomes X made nullable: ``type: [t, "null"]`` (``null`` joins
  an ``enum``); ``default: null`` is dropped (absent already reads as null).
- ``anyOf`` of several objects (a body that is one of several forms, told apart by a field)
  becomes one object holding every form's properties: required are those all forms require,
  and the enums and constants of a property shared by the forms are joined. Reading a body
  needs no guess of its form, and no property of any form is lost.
- ``const: v`` becomes ``enum: [v]``; ``additionalProperties: true`` is dropped (objects are
  open by default); a schema under ``additionalProperties`` is kept (a map of name to value).
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

_NULL: Schema = {"type": "null"}


def from_reference(schema: Schema) -> Schema:
    """``schema`` (reference style) in the converter's style; the input is not changed."""
    if "anyOf" in schema:
        return _any_of(schema)
    out: Schema = {}
    for key, value in schema.items():
        if key == "default" and value is None:
            continue
        if key == "const":
            out["enum"] = [value]
        elif key == "properties":
            out["properties"] = {name: from_reference(child) for name, child in value.items()}
        elif key == "items":
            out["items"] = from_reference(value)
        elif key == "additionalProperties":
            if isinstance(value, dict):
                out[key] = from_reference(value)
            elif value is False:
                out[key] = False
        else:
            out[key] = value
    return out


def _any_of(schema: Schema) -> Schema:
    alternatives = [from_reference(alt) for alt in schema["anyOf"] if alt != _NULL]
    nullable = len(alternatives) < len(schema["anyOf"])
    if len(alternatives) == 1:
        merged = alternatives[0]
    elif all(alt.get("type") == "object" for alt in alternatives):
        merged = _one_object(alternatives)
    else:
        merged = {"anyOf": alternatives + ([_NULL] if nullable else [])}
        nullable = False
    for key in ("description", "title"):
        if key in schema:
            merged[key] = schema[key]
    return nullable_of(merged) if nullable else merged


def nullable_of(schema: Schema) -> Schema:
    """``schema`` that also accepts null."""
    out = dict(schema)
    kind = out.get("type")
    if isinstance(kind, str) and kind != "null":
        out["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        out["type"] = [*kind, "null"]
    elif kind is None and "anyOf" in out and _NULL not in out["anyOf"]:
        out["anyOf"] = [*out["anyOf"], _NULL]
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out


def _one_object(forms: list[Schema]) -> Schema:
    properties: dict[str, Schema] = {}
    for form in forms:
        for name, child in form.get("properties", {}).items():
            properties[name] = _join(properties[name], child) if name in properties else child
    required = set.intersection(*(set(form.get("required", [])) for form in forms))
    out: Schema = {"type": "object", "properties": properties}
    if required:
        out["required"] = sorted(required)
    return out


def _join(first: Schema, second: Schema) -> Schema:
    """One schema for a property that two forms declare: enums joined, else the first form's."""
    if "enum" in first and "enum" in second and first.get("type") == second.get("type"):
        values = list(first["enum"]) + [v for v in second["enum"] if v not in first["enum"]]
        return {**first, "enum": values}
    return first
