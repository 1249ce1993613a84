"""Response skeletons into JSON Schema.

A skeleton is JSON in which ``"*string*"``, ``"*integer*"``, ``"*number*"`` and ``"*boolean*"``
stand for a value of that type, ``null`` for a value of unknown type, ``{}`` for an object whose
properties are not listed and ``[x]`` for an array of ``x``. The docs never say which properties
are required or nullable, and real bodies omit properties and send nulls, so every property is
optional and every value may be null. Objects keep properties the docs do not list.
"""

from __future__ import annotations

import json
from typing import Any

from rtkgen.converter.records import JsonValue

PLACEHOLDER_TYPES = {
    "*string*": "string",
    "*integer*": "integer",
    "*number*": "number",
    "*boolean*": "boolean",
}

Schema = dict[str, Any]


def placeholder_problems(value: JsonValue) -> list[tuple[str, str]]:
    """What in a parsed skeleton is not part of the skeleton language.

    Returns (message, text to look for in the source to find the line) pairs.
    """
    problems: list[tuple[str, str]] = []
    if isinstance(value, dict):
        for child in value.values():
            problems.extend(placeholder_problems(child))
    elif isinstance(value, list):
        if len(value) > 1:
            problems.append((f"a skeleton array holds one item schema, found {len(value)} items", "["))
        for child in value:
            problems.extend(placeholder_problems(child))
    elif isinstance(value, str):
        if value not in PLACEHOLDER_TYPES:
            problems.append(
                (
                    f"unknown placeholder {value!r}; expected one of "
                    f"{', '.join(PLACEHOLDER_TYPES)}, null, {{}} or [x]",
                    json.dumps(value),
                )
            )
    elif value is not None:
        literal = json.dumps(value)
        problems.append(
            (
                f'unexpected literal {literal} in a skeleton; expected a placeholder such as "*string*"',
                literal,
            )
        )
    return problems


def schema_for(value: JsonValue, *, nullable: bool = True) -> Schema:
    """The JSON Schema for a (valid) skeleton value."""
    if value is None:
        return {}
    if isinstance(value, str):
        return _typed(PLACEHOLDER_TYPES[value], nullable)
    if isinstance(value, list):
        schema = _typed("array", nullable)
        schema["items"] = schema_for(value[0]) if value else {}
        return schema
    if isinstance(value, dict):
        schema = _typed("object", nullable)
        if value:
            schema["properties"] = {key: schema_for(child) for key, child in value.items()}
        return schema
    raise TypeError(f"not a skeleton value: {value!r}")


def _typed(name: str, nullable: bool) -> Schema:
    return {"type": [name, "null"] if nullable else name}


def is_whole_body(value: JsonValue) -> bool:
    """Whether a 2xx skeleton already shows the whole body (it has ``success`` at its top)."""
    return isinstance(value, dict) and "success" in value


RESPONSE_INFO = "ResponseInfo"
RESPONSE_INFO_REF = f"#/components/schemas/{RESPONSE_INFO}"


def response_info_schema() -> Schema:
    """``components.schemas.ResponseInfo``: an object item of the envelope's ``errors``/``messages``."""
    return {
        "type": "object",
        "properties": {"code": {"type": ["integer", "null"]}, "message": {"type": ["string", "null"]}},
    }


def _response_infos() -> Schema:
    """``errors`` and ``messages`` of the envelope: real bodies carry items of either form, a
    ``{code, message}`` object (:data:`RESPONSE_INFO`, one model shared by every operation) or
    a plain string, so both are declared (and null, as everywhere)."""
    either = [{"type": "string"}, {"$ref": RESPONSE_INFO_REF}, {"type": "null"}]
    return {"type": ["array", "null"], "items": {"anyOf": either}}


def envelope_for(result: JsonValue) -> Schema:
    """The wire body of a 2xx response whose skeleton shows only what is inside ``result``."""
    return {
        "type": "object",
        "properties": {
            "errors": _response_infos(),
            "messages": _response_infos(),
            "result": schema_for(result),
            "success": {"type": ["boolean", "null"]},
        },
    }


def is_enveloped(status: str, value: JsonValue) -> bool:
    """Whether the body of this response is Cloudflare's envelope around the skeleton."""
    return status.startswith("2") and not is_whole_body(value)


def body_schema(status: str, value: JsonValue) -> Schema:
    """The schema of a response body, from its status and skeleton."""
    if is_enveloped(status, value):
        return envelope_for(value)
    return schema_for(value, nullable=False)
