"""Valid values from JSON Schema, and their Python form for the generated client's arguments.

The contract tests build every argument from ``openapi.yaml``: :func:`sample` makes a JSON
value that a schema accepts (types, enums, formats, bounds, required and optional properties,
nullable types, arrays, nested objects, ``$ref``, ``allOf``/``oneOf``/``anyOf``), and
:func:`to_python` turns that JSON value into what a generated function takes for a parameter
annotated ``annotation`` (enum members, datetimes, ``Model.from_dict``, lists of those).
:func:`validator` checks JSON against a schema of the spec (JSON Schema Draft 2020-12).
"""

from __future__ import annotations

import datetime
import enum
import math
import types
import typing
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

Schema = dict[str, Any]

_MAX_DEPTH = 40
_STRINGS_BY_FORMAT = {
    "date-time": "2024-05-01T12:30:00Z",
    "date": "2024-05-01",
    "time": "12:30:00Z",
    "email": "someone@example.com",
    "uri": "https://example.com/hook",
    "url": "https://example.com/hook",
    "uuid": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "hostname": "example.com",
}


def resolve(spec: Schema, schema: Schema) -> Schema:
    """``schema`` with a local ``$ref`` (``#/components/...``) followed, repeatedly."""
    seen = 0
    while "$ref" in schema:
        reference = str(schema["$ref"])
        if not reference.startswith("#/") or seen > _MAX_DEPTH:
            raise ValueError(f"unsupported or circular $ref {reference!r}")
        target: Any = spec
        for part in reference[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        schema, seen = target, seen + 1
    return schema


def types_of(schema: Schema) -> list[str]:
    """The JSON types ``schema`` names (``type: [string, "null"]`` gives both), inferred if absent."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [str(kind) for kind in declared]
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return []


def sample(schema: Schema, spec: Schema, depth: int = 0) -> Any:
    """A JSON value valid against ``schema`` (a schema of ``spec``), non-null where allowed.

    Optional properties are filled too, so that every declared field goes over the wire.
    """
    if depth > _MAX_DEPTH:
        raise ValueError("schema nests too deeply (a recursive $ref?)")
    schema = resolve(spec, schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = [value for value in schema["enum"] if value is not None]
        return values[0] if values else None
    if "allOf" in schema:
        return _sample_all_of(schema, spec, depth)
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            choices = [resolve(spec, choice) for choice in schema[keyword]]
            usable = [choice for choice in choices if types_of(choice) != ["null"]] or choices
            return sample(usable[0], spec, depth + 1)
    kinds = [kind for kind in types_of(schema) if kind != "null"]
    if not kinds:
        return None if types_of(schema) == ["null"] else {"any": "value"}
    return _SAMPLERS[kinds[0]](schema, spec, depth)


def _sample_all_of(schema: Schema, spec: Schema, depth: int) -> Any:
    merged: Schema = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        part = resolve(spec, part)
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**merged.get("properties", {}), **value}
            elif key == "required":
                merged["required"] = [*merged.get("required", []), *value]
            else:
                merged.setdefault(key, value)
    return sample(merged, spec, depth + 1)


def _sample_string(schema: Schema, spec: Schema, depth: int) -> str:
    text = _STRINGS_BY_FORMAT.get(str(schema.get("format", "")), "sample")
    minimum, maximum = int(schema.get("minLength", 0)), schema.get("maxLength")
    text = text.ljust(minimum, "x")
    return text[: int(maximum)] if maximum is not None else text


def _sample_number(schema: Schema, spec: Schema, depth: int) -> int | float:
    integer = "integer" in types_of(schema)
    margin = 1 if integer else 0.5
    value: float = 2 if integer else 2.5
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    if "exclusiveMinimum" in schema:
        value = max(value, schema["exclusiveMinimum"] + margin)
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "exclusiveMaximum" in schema:
        value = min(value, schema["exclusiveMaximum"] - margin)
    step = schema.get("multipleOf")
    if step:
        value = math.ceil(value / step) * step
    return int(value) if integer else float(value)


def _sample_boolean(schema: Schema, spec: Schema, depth: int) -> bool:
    return True


def _sample_array(schema: Schema, spec: Schema, depth: int) -> list[Any]:
    items = schema.get("items", {})
    count = max(1, int(schema.get("minItems", 1)))
    item_schema = resolve(spec, items) if isinstance(items, dict) else {}
    choices = [value for value in item_schema.get("enum", []) if value is not None]
    if schema.get("uniqueItems") and len(choices) >= count:
        return choices[:count]
    return [sample(item_schema, spec, depth + 1) for _ in range(count)]


def _sample_object(schema: Schema, spec: Schema, depth: int) -> dict[str, Any]:
    properties: dict[str, Schema] = schema.get("properties", {})
    value = {name: sample(sub, spec, depth + 1) for name, sub in properties.items()}
    extra = schema.get("additionalProperties")
    if not properties and isinstance(extra, dict) and extra:
        value["key"] = sample(extra, spec, depth + 1)
    return value


_SAMPLERS: dict[str, typing.Callable[[Schema, Schema, int], Any]] = {
    "string": _sample_string,
    "integer": _sample_number,
    "number": _sample_number,
    "boolean": _sample_boolean,
    "array": _sample_array,
    "object": _sample_object,
}


def validator(schema: Schema, spec: Schema) -> Draft202012Validator:
    """A Draft 2020-12 validator (formats checked) for ``schema``, with the spec's ``$ref`` targets."""
    root = {**schema, "components": spec.get("components", {})}
    return Draft202012Validator(root, format_checker=FormatChecker())


def problems(value: Any, schema: Schema, spec: Schema) -> list[str]:
    """Why ``value`` breaks ``schema``: one line per violation, empty when it is valid."""
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator(schema, spec).iter_errors(value)
    ]


def to_python(value: Any, annotation: Any, unset: type | None = None) -> Any:
    """``value`` (JSON) as the generated client's type ``annotation`` (``unset``: its Unset class)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not unset]
        if value is None and type(None) in members:
            return None
        failures: list[str] = []
        for member in members:
            if member is type(None):
                continue
            try:
                return to_python(value, member, unset)
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                failures.append(f"{member}: {error}")
        raise TypeError(f"{value!r} fits none of {annotation}: {failures}")
    if origin is typing.Literal:
        if value not in typing.get_args(annotation):
            raise TypeError(f"{value!r} is not one of {typing.get_args(annotation)}")
        return value
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        return [to_python(element, item, unset) for element in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return value
    if annotation is Any:
        return value
    return _to_class(value, annotation)


def _to_class(value: Any, cls: Any) -> Any:
    """``value`` as an instance of the plain class ``cls`` (a scalar, enum, datetime or model)."""
    if not isinstance(cls, type):
        raise TypeError(f"unsupported annotation {cls!r}")
    if issubclass(cls, enum.Enum):
        return cls(value)
    if cls is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if cls is datetime.date:
        return datetime.date.fromisoformat(str(value))
    if hasattr(cls, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{cls.__name__} needs an object, not {value!r}")
        return cls.from_dict(value)
    if cls is bool or cls is str:
        if not isinstance(value, cls):
            raise TypeError(f"{value!r} is not a {cls.__name__}")
        return value
    if cls in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{value!r} is not a number")
        if cls is int and value != int(value):
            raise TypeError(f"{value!r} is not an integer")
        return cls(value)
    raise TypeError(f"unsupported annotation {cls!r}")
