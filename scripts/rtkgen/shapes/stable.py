"""Named models that stay put when the docs change: the union rule.

The models of a spec are shared by shape (``rtkgen.shapes.models``): every body of one structure gets
one model. So when the docs add a field to one of the operations that share a model (``Add a
webhook`` gains ``secret``), that operation's shape no longer equals the others' and it would
get a model of its own with a new name (``AddAWebhookResponse201Data``), a breaking rename for a
change that only added a field.

The rule: places (``METHOD path STATUS field``, paths whatever their parameters are called)
that shared one model in the previous spec and now differ take the union of their objects: every
field any of them has (recursively, for fields that are objects in each), required only where
every one of them requires it; each place keeps its own description and nullability. So they
keep sharing the model, under its name: a field one operation gains is an optional field of the
shared model for all of them, and a field one no longer shows becomes optional in all of them.
Only objects with fields are joined (an enum, a list or a body that is no longer an object
goes its own way), and places new to the spec are named as always.

``previous_places`` reads the previous spec (a plain document: the pipeline passes it in as
data); ``split`` finds the models whose places would no longer share one; ``keep_shared``
applies the rule to their places in a document before its models are named (again).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from rtkgen.shapes.models import Schema, _bare, _extractable, _key, bodies

MAX_DEPTH = 32


def previous_places(document: Mapping[str, Any], scope: str) -> dict[str, str]:
    """``METHOD path STATUS field`` -> the name of the model there, in a named spec."""
    found: dict[str, str] = {}
    schemas = (document.get("components") or {}).get("schemas") or {}
    for place in [*bodies(document, scope, requests=False), *bodies(document, scope, requests=True)]:
        _names_under(place.holder.get("schema"), place.location, "", schemas, found, 0)
    return found


def _target(schema: Mapping[str, Any]) -> str | None:
    """The component ``schema`` refers to (also as ``anyOf: [{$ref}, null]``), if any."""
    ref = schema.get("$ref")
    if ref is None:
        ref = next((alt.get("$ref") for alt in schema.get("anyOf") or [] if isinstance(alt, Mapping)), None)
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[-1]
    return None


def _names_under(
    schema: Any, location: str, path: str, schemas: Mapping[str, Any], found: dict[str, str], depth: int
) -> None:
    if not isinstance(schema, Mapping) or depth > MAX_DEPTH:
        return
    name = _target(schema)
    if name is not None:
        found[f"{location} {path}".rstrip()] = name
        schema = schemas.get(name)
        if not isinstance(schema, Mapping):
            return
    for child_name, child in (schema.get("properties") or {}).items():
        child_path = f"{path}.{child_name}" if path else str(child_name)
        _names_under(child, location, child_path, schemas, found, depth + 1)
    if isinstance(schema.get("items"), Mapping):
        _names_under(schema["items"], location, f"{path}[]", schemas, found, depth + 1)
    if isinstance(schema.get("additionalProperties"), Mapping):
        _names_under(schema["additionalProperties"], location, f"{path}{{}}", schemas, found, depth + 1)


@dataclass(frozen=True)
class _Slot:
    """Where an object schema of a body is: ``container[key]``."""

    location: str
    container: dict[str, Any]
    key: str

    @property
    def schema(self) -> Schema:
        value: Schema = self.container[self.key]
        return value


def _slots(document: Mapping[str, Any], scope: str) -> Iterator[_Slot]:
    """Every object with fields of every body in scope (inline: the models are not named yet)."""
    for place in [*bodies(document, scope, requests=False), *bodies(document, scope, requests=True)]:
        yield from _slots_under(place.holder, "schema", place.location, "", 0)


def _slots_under(
    container: dict[str, Any], key: str, location: str, path: str, depth: int
) -> Iterator[_Slot]:
    schema = container.get(key)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return
    bare, _ = _bare(schema)
    if bare.get("type") == "object" and _extractable(bare) and "properties" in bare:
        yield _Slot(f"{location} {path}".rstrip(), container, key)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name in properties:
            yield from _slots_under(properties, name, location, f"{path}.{name}" if path else name, depth + 1)
    if isinstance(schema.get("items"), dict):
        yield from _slots_under(schema, "items", location, f"{path}[]", depth + 1)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _slots_under(schema, "additionalProperties", location, f"{path}{{}}", depth + 1)


def split(previous: Mapping[str, str], now: Mapping[str, str]) -> set[str]:
    """The models of ``previous`` (``previous_places``) whose places, still there, no longer
    share one model ``now`` (``previous_places`` of the document named as always)."""
    names: dict[str, set[str]] = {}
    for location, name in previous.items():
        if location in now:
            names.setdefault(name, set()).add(now[location])
    return {name for name, found in names.items() if len(found) > 1}


def keep_shared(document: dict[str, Any], scope: str, previous: Mapping[str, str], models: set[str]) -> None:
    """Apply the union rule (module doc) to ``document`` in place, to the places of the
    ``models`` (``split``); ``previous`` is ``previous_places`` of the previous spec."""
    done: set[str] = set()
    while True:
        groups: dict[str, list[_Slot]] = {}
        for slot in _slots(document, scope):
            name = previous.get(slot.location)
            if name is not None and name in models and name not in done:
                groups.setdefault(name, []).append(slot)
        differing = [
            (name, slots)
            for name, slots in groups.items()
            if len({_key(_bare(s.schema)[0]) for s in slots}) > 1
        ]
        if not differing:
            return
        name, slots = min(differing, key=lambda group: min(_depth(s.location) for s in group[1]))
        joined = union([_bare(slot.schema)[0] for slot in slots])
        for slot in slots:
            slot.container[slot.key] = _placed(joined, slot.schema)
        done.add(name)


def _depth(location: str) -> int:
    field = location.split(" ", 3)[3] if location.count(" ") >= 3 else ""
    return field.count(".") + field.count("[]") + field.count("{}") + (1 if field else 0)


def _placed(joined: Schema, original: Schema) -> Schema:
    """``joined`` where ``original`` was: its description and nullability kept."""
    out = copy.deepcopy(joined)
    out.pop("description", None)
    if "description" in original:
        out["description"] = original["description"]
    if _bare(original)[1]:
        out["type"] = ["object", "null"]
    return out


def union(schemas: list[Schema]) -> Schema:
    """One object with every field of ``schemas`` (objects with fields), required where all
    require it; a field several have is joined again when it is an object (or a list of
    objects) in each, else the first one's is kept."""
    out = copy.deepcopy({k: v for k, v in schemas[0].items() if k not in ("properties", "required")})
    properties: dict[str, Schema] = {}
    for schema in schemas:
        for name, child in schema.get("properties", {}).items():
            properties[name] = (
                _joined(properties[name], child) if name in properties else copy.deepcopy(child)
            )
    out["properties"] = properties
    required = [
        name for name in schemas[0].get("required", []) if all(name in s.get("required", []) for s in schemas)
    ]
    if required:
        out["required"] = required
    return out


def _is_object(schema: Any) -> bool:
    bare = _bare(schema)[0] if isinstance(schema, dict) else {}
    return bare.get("type") == "object" and "properties" in bare


def _joined(first: Schema, other: Schema) -> Schema:
    """One field two places have: joined when an object (or a list of objects) in both, else the
    first one's; nullable when either is."""
    (bare_first, null_first), (bare_other, null_other) = _bare(first), _bare(other)
    placed_like = first if null_first or not null_other else other
    if _key(bare_first) == _key(bare_other):
        return placed_like
    if _is_object(first) and _is_object(other):
        return _placed(union([bare_first, bare_other]), placed_like)
    items = [bare_first.get("items"), bare_other.get("items")]
    if all(_is_object(item) for item in items):  # lists of objects
        return {**placed_like, "items": _joined(cast(Schema, items[0]), cast(Schema, items[1]))}
    return first
