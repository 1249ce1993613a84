"""The parts of a JSON Schema that matter to a client's user: types and fields.

A schema's *type* is what a value may be: its JSON types (with ``format``, since the generator
turns ``string``/``date-time`` into ``datetime``), whether it may be null, and its enum values.
Nullability is kept apart from the other types because the docs write every value as
``type: [x, "null"]`` and a change of nullability is breaking in one direction only.

A schema's *fields* are its properties flattened to paths: ``data.url`` for a nested property,
``data[]`` for the items of the array ``data``, ``data[].id`` for a property of those items.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rtkgen.core.openapi_common import resolve_ref

Schema = Mapping[str, Any]
ANY = "any"
MAX_DEPTH = 32


@dataclass(frozen=True)
class TypeInfo:
    """What a value may be. ``kinds`` is sorted; ``("any",)`` is an unconstrained value."""

    kinds: tuple[str, ...]
    nullable: bool
    enum: tuple[str, ...] | None = None

    def render(self) -> str:
        """Such as ``string``, ``string|null``, ``integer|string``, ``string(date-time)``, ``any``."""
        text = "|".join(self.kinds)
        if self.enum is not None:
            text += " enum"
        if self.nullable and self.kinds != (ANY,):
            text = f"{text}|null" if text else "null"
        return text


@dataclass(frozen=True)
class Field:
    """One flattened field: its type and whether its object requires it."""

    type: TypeInfo
    required: bool


def resolve(schema: Any, document: Mapping[str, Any], seen: frozenset[str] = frozenset()) -> Schema:
    """``schema`` with a local ``$ref`` followed (a cycle or a dangling ref gives ``{}``)."""
    return resolve_ref(schema, document, seen)


def type_info(schema: Any, document: Mapping[str, Any], depth: int = 0) -> TypeInfo:
    """The type of ``schema`` (``type`` as a string or a list, OpenAPI 3.0 ``nullable``,
    ``anyOf``/``oneOf`` alternatives, ``format`` and ``enum``)."""
    node = resolve(schema, document)
    raw = node.get("type")
    names = [raw] if isinstance(raw, str) else [t for t in raw if isinstance(t, str)] if raw else []
    nullable = "null" in names or node.get("nullable") is True
    fmt = node.get("format")
    kinds = {f"{name}({fmt})" if isinstance(fmt, str) else name for name in names if name != "null"}
    unconstrained = not names
    for key in ("anyOf", "oneOf"):
        alternatives = node.get(key)
        if isinstance(alternatives, list) and alternatives and depth < MAX_DEPTH:
            unconstrained = False
            for alternative in alternatives:
                sub = type_info(alternative, document, depth + 1)
                kinds.update(sub.kinds)
                nullable = nullable or sub.nullable
    enum_values = node.get("enum")
    enum: tuple[str, ...] | None = None
    if isinstance(enum_values, list):
        nullable = nullable or None in enum_values
        enum = tuple(sorted(json.dumps(v) for v in enum_values if v is not None))
    if unconstrained:
        if "properties" in node:
            kinds.add("object")
        elif "items" in node:
            kinds.add("array")
        elif enum is None:
            return TypeInfo((ANY,), nullable=True)
    if ANY in kinds:
        return TypeInfo((ANY,), nullable=True)
    return TypeInfo(tuple(sorted(kinds)), nullable, enum)


_PLAIN_NAME = re.compile(r"[A-Za-z0-9_$@?-]+")


def quoted(name: object) -> str:
    """A property or parameter name as the report writes it: as is when plain (letters, digits,
    ``_$@?-``), else as a JSON string (``"a.b"``, ``"x\\n## 9.9.9 ("``), so that no name can
    break a report line, add a heading to CHANGES.md or pass for a nested path."""
    text = str(name)
    return text if _PLAIN_NAME.fullmatch(text) else json.dumps(text)


def fields(schema: Any, document: Mapping[str, Any]) -> dict[str, Field]:
    """Every field under ``schema`` by its path (the schema itself is not included)."""
    return dict(_walk(schema, document, "", frozenset(), 0))


def _walk(
    schema: Any, document: Mapping[str, Any], prefix: str, seen: frozenset[str], depth: int
) -> Iterator[tuple[str, Field]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in seen:  # a recursive schema: its fields were listed once already
            return
        seen = seen | {schema["$ref"]}
    node = resolve(schema, document)
    required = node.get("required")
    required_names = set(required) if isinstance(required, list) else set()
    properties = node.get("properties")
    if isinstance(properties, Mapping):
        for name, child in properties.items():
            path = f"{prefix}.{quoted(name)}" if prefix else quoted(name)
            yield path, Field(type_info(child, document), name in required_names)
            yield from _walk(child, document, path, seen, depth + 1)
    items = node.get("items")
    if isinstance(items, Mapping):
        path = f"{prefix}[]"
        yield path, Field(type_info(items, document), True)
        yield from _walk(items, document, path, seen, depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        alternatives = node.get(key)
        if isinstance(alternatives, list):
            for alternative in alternatives:
                yield from _walk(alternative, document, prefix, seen, depth + 1)


def outermost(paths: set[str]) -> list[str]:
    """``paths`` without those inside another one of them (``a.b`` goes when ``a`` is there), sorted."""
    return sorted(p for p in paths if not any(p.startswith(q + ".") or p.startswith(q + "[]") for q in paths))
