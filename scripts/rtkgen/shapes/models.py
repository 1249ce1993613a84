"""Inline object and enum schemas into named models under ``components/schemas``.

Every object schema with properties (or a map's value schema) and every string enum of an
operation's request body and responses becomes a ``$ref`` to one named component. Schemas of
the same structure (descriptions aside) share one component, so every operation that returns
a meeting returns the same ``Meeting``. A nullable object or enum becomes
``anyOf: [{$ref}, {type: null}]``, which the generator types ``Model | None``; the items of
an array are not nullable (``list[Model]``: the docs' skeletons allow null everywhere, but a
null item is drift, which the client reads as sent).

Names, in order:

1. the project's names table: ``{Name: "METHOD path STATUS field"}``, where STATUS is a
   response status or ``request`` and field is the field path in a body (``data``,
   ``data[]``, ``data.livestream``; empty for the body itself); every shape equal to the one
   at that place gets that name (the path matches whatever its parameters are called);
2. a body: ``{Data}Response`` / ``{Data}ListResponse`` when its ``data`` is a named model or a
   list of them, else the operationId in PascalCase with ``Body`` or ``Response``; the body of
   an error status (4xx, 5xx) is named by the status's reason, ``NotFoundResponse`` for a 404
   (``ClientErrorResponse`` for ``4XX``), and the models inside it take that stem in front
   (``NotFoundError``), never a bare property name such as ``Error``;
3. an object under a property: the property in PascalCase (an array's items: the property
   made singular, or with ``Item``); an enum: its model's name and the property;
4. a name already taken by another shape gets its parent model's name in front, then a number;
5. a body that is an object of unlisted fields: ``JsonObject``, shared.

Names from the table are reserved first, so no automatic name can take one.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from rtkgen.core.openapi_common import HTTP_METHODS, UNDOCUMENTED, after_scope, path_shape

Schema = dict[str, Any]
# The status word of the alias location of a body the reference typed for an operation whose docs
# list no responses (see _success_of_undocumented).
_FROM_REFERENCE = "2XX-from-reference"
_ANNOTATIONS = ("description", "title")
_OPEN_OBJECT = "JsonObject"  # a body that is a JSON object of fields nobody listed
_OPEN_DESCRIPTION = (
    "A JSON object whose fields the docs do not list; set them as items (body['key'] = value)."
)


class NamingError(ValueError):
    """A names table entry that names no place, or two different shapes with one name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name  # the entry of the names table at fault


def pascal(text: str) -> str:
    """``ai_config`` -> ``AiConfig``; ``sessionId`` -> ``SessionId``; digits kept."""
    words = re.findall(r"[A-Za-z][a-z0-9]*|[0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return "".join(word[:1].upper() + word[1:] for word in words)


def singular(name: str) -> str:
    """The name of one item of an array property (``participants`` -> ``Participant``)."""
    base = pascal(name)
    if base.endswith("ies"):
        return base[:-3] + "y"
    if base.endswith("s") and not base.endswith("ss") and len(base) > 1:
        return base[:-1]
    return f"{base}Item"


def _bare(schema: Schema) -> tuple[Schema, bool]:
    """``schema`` without null among its types, and whether null was there."""
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        out = {**schema, "type": rest[0] if len(rest) == 1 else rest}
        if "enum" in out:
            out["enum"] = [v for v in out["enum"] if v is not None]
        return out, True
    return schema, False


def _extractable(schema: Schema) -> bool:
    kind = schema.get("type")
    if kind == "object":
        return "properties" in schema or isinstance(schema.get("additionalProperties"), dict)
    return kind == "string" and "enum" in schema


def _key(schema: Schema) -> str:
    """The structure of ``schema``: equal keys, equal shapes (descriptions aside)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _ANNOTATIONS}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(schema), sort_keys=True)


@dataclass(frozen=True)
class Place:
    """A body of an operation: where its schema lives in the document, and how it is named."""

    holder: dict[str, Any]  # the mapping that holds the schema under "schema"
    location: str  # "METHOD path STATUS" or "METHOD path request"
    fallback: str  # the name of the body when nothing better is known
    variant: str  # tried after a taken short name: "Params" in request bodies
    error: str = ""  # an error status's stem ("NotFound" for 404): see rule 2


def bodies(document: Mapping[str, Any], scope: str, *, requests: bool) -> Iterator[Place]:
    """Every JSON response body (or request body) of the operations under path ``scope``."""
    for path, item in document.get("paths", {}).items():
        suffix = after_scope(path, scope)  # parameters unnamed: see name_models
        if suffix is None:
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = f"{method.upper()} {suffix}"
            base = pascal(operation.get("operationId", f"{method}_{suffix}"))
            if requests:
                content = operation.get("requestBody", {}).get("content", {}).get("application/json")
                if content is not None and "schema" in content:
                    yield Place(content, f"{where} request", f"{base}Body", "Params")
                continue
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {}).get("application/json")
                if content is not None and "schema" in content:
                    error = error_stem(str(status))
                    yield Place(content, f"{where} {status}", f"{base}Response{status}", "", error)
                    if operation.get(UNDOCUMENTED) and status == "2XX":
                        yield Place(content, f"{where} {_FROM_REFERENCE}", "", "")


@dataclass
class _Registry:
    preferred: dict[str, str]  # shape key -> name from the table
    reserved: set[str]
    schemas: dict[str, Schema] = field(default_factory=dict)  # name -> component
    names: dict[str, str] = field(default_factory=dict)  # shape key -> name

    def claim(self, key: str, wanted: list[str]) -> str:
        name = self.preferred.get(key)
        if name is None:
            name = next((n for n in wanted if n and n not in self.schemas and n not in self.reserved), "")
            stem, number = wanted[-1], 2
            while not name:
                candidate = f"{stem}{number}"
                name = candidate if candidate not in self.schemas and candidate not in self.reserved else ""
                number += 1
        self.names[key] = name
        self.schemas[name] = {}  # taken now, filled when its children are named
        return name


def _locations(schema: Schema, field_path: str, out: dict[str, str]) -> None:
    """Every extractable place under ``schema`` (field path -> shape key)."""
    bare, _ = _bare(schema)
    if _extractable(bare):
        out[field_path] = _key(bare)
    for name, child in bare.get("properties", {}).items():
        _locations(child, f"{field_path}.{name}" if field_path else name, out)
    if isinstance(bare.get("items"), dict):
        _locations(bare["items"], f"{field_path}[]", out)
    if isinstance(bare.get("additionalProperties"), dict):
        _locations(bare["additionalProperties"], f"{field_path}{{}}", out)


def name_models(document: Mapping[str, Any], scope: str, table: Mapping[str, str]) -> dict[str, Any]:
    """``document`` with the bodies under ``scope`` made of named models (input unchanged)."""
    out = copy.deepcopy(dict(document))
    places = [*bodies(out, scope, requests=False), *bodies(out, scope, requests=True)]
    keys: dict[str, str] = {}
    for place in places:
        found: dict[str, str] = {}
        _locations(place.holder["schema"], "", found)
        keys.update({f"{place.location} {path}".rstrip(): key for path, key in found.items()})
    places = [place for place in places if not place.location.endswith(_FROM_REFERENCE)]
    untyped = _untyped_undocumented(out, scope)
    preferred: dict[str, str] = {}
    for name, written in table.items():
        location = _success_of_undocumented(_unnamed_parameters(written), keys)
        if location not in keys and " ".join(location.split(" ", 2)[:2]) in untyped:
            continue  # the docs list none of its responses and the reference does not know it
        if location not in keys:
            raise NamingError(name, f"names: {name}: no model at {written!r}")
        other = preferred.setdefault(keys[location], name)
        if other != name:
            raise NamingError(name, f"names: {name} and {other} name the same shape ({location!r})")
    existing = out.setdefault("components", {}).setdefault("schemas", {})
    registry = _Registry(preferred, set(table.values()) | set(existing))
    for place in places:
        place.holder["schema"] = _name_body(place, registry)
    for operation, parameter in _query_parameters(out, scope):
        parameter["schema"] = _name_parameter(operation, parameter, registry)
    existing.update(registry.schemas)
    out["components"]["schemas"] = dict(sorted(existing.items()))
    return out


def _unnamed_parameters(location: str) -> str:
    """``METHOD path STATUS field`` with the path's parameters unnamed (``path_shape``): the
    table's paths match whatever the docs call the parameters (``{webhook_id}``, ``{webhook-id}``)."""
    parts = location.split(" ", 2)
    return " ".join([parts[0], path_shape(parts[1]), *parts[2:]]) if len(parts) > 1 else location


def _untyped_undocumented(document: Mapping[str, Any], scope: str) -> set[str]:
    """``METHOD path`` (path after ``scope``) of the operations whose docs list no responses and
    that the reference left untyped: a names entry for one of their bodies names nothing yet."""
    return {
        f"{method.upper()} {after_scope(path, scope)}"
        for path, item in document.get("paths", {}).items()
        if after_scope(path, scope) is not None
        for method, operation in item.items()
        if isinstance(operation, dict)
        and operation.get(UNDOCUMENTED)
        and "2XX" not in operation.get("responses", {})
    }


def _success_of_undocumented(location: str, keys: Mapping[str, str]) -> str:
    """``location`` (``METHOD path STATUS field``); when it names a 2xx status of an operation
    whose docs list no responses and whose ``2XX`` the reference typed (rtkgen.shapes.stage), that
    body's location instead: a names table written for the current docs (``... 201 data``)
    still applies to docs of the older format."""
    parts = location.split(" ", 3)
    if location in keys or len(parts) < 3 or not parts[2].startswith("2"):
        return location
    alias = " ".join([*parts[:2], _FROM_REFERENCE, *parts[3:]])
    return " ".join([*parts[:2], "2XX", *parts[3:]]) if alias in keys else location


def error_stem(status: str) -> str:
    """The stem of an error status's body name: its reason in PascalCase (``404`` ->
    ``NotFound``, ``4XX`` -> ``ClientError``); empty for any other status."""
    ranges = {"4XX": "ClientError", "5XX": "ServerError"}
    if status.upper() in ranges:
        return ranges[status.upper()]
    if not (status.isdigit() and status[:1] in "45"):
        return ""
    try:
        return pascal(HTTPStatus(int(status)).phrase)
    except ValueError:  # a status Python does not know
        return f"Status{status}"


def _name_body(place: Place, registry: _Registry) -> Schema:
    original: Schema = place.holder["schema"]
    schema, nullable = _bare(original)
    if schema.get("type") == "array":
        return _children(schema, place.fallback, place.variant, registry)
    if schema.get("type") == "object" and not _extractable(schema) and not nullable:
        registry.schemas.setdefault(_OPEN_OBJECT, {"type": "object", "description": _OPEN_DESCRIPTION})
        return {"$ref": f"#/components/schemas/{_OPEN_OBJECT}"}
    if schema.get("type") != "object" or not _extractable(schema):
        return original
    key = _key(schema)
    if key in registry.names:
        return _ref(registry.names[key], schema, nullable)
    if place.error and key not in registry.preferred:  # rule 2: named by its status
        inner = _children(schema, place.error, place.variant, registry, prefixed=True)
        name = registry.claim(key, [f"{place.error}Response", place.fallback])
        registry.schemas[name] = inner
        return _ref(name, schema, nullable)
    parent = registry.preferred.get(key)
    data = schema.get("properties", {}).get("data")
    if parent is None and isinstance(data, dict):
        named = _extract(data, f"{place.fallback}Data", "", place.variant, registry)
        parent = _body_name({"properties": {"data": named}})
    inner = _children(schema, parent or place.fallback, place.variant, registry)
    name = registry.claim(key, [_body_name(inner), place.fallback])
    registry.schemas[name] = inner
    return _ref(name, schema, nullable)


def _query_parameters(
    document: Mapping[str, Any], scope: str
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        if after_scope(path, scope) is not None:
            for method in HTTP_METHODS:
                operation = item.get(method)
                for parameter in (operation or {}).get("parameters", []):
                    if parameter.get("in") == "query" and isinstance(parameter.get("schema"), dict):
                        yield operation, parameter


def _name_parameter(
    operation: Mapping[str, Any], parameter: Mapping[str, Any], registry: _Registry
) -> Schema:
    """A query parameter's enum as a model: the parameter's name, else its tag's and the name."""
    schema: Schema = parameter["schema"]
    bare, nullable = _bare(schema)
    if bare.get("type") == "array" and isinstance(bare.get("items"), dict):
        return {
            **schema,
            "items": _name_parameter(operation, {**parameter, "schema": bare["items"]}, registry),
        }
    if not (_extractable(bare) and bare.get("type") == "string"):
        return schema
    key = _key(bare)
    if key not in registry.names:
        tag = pascal(singular(str((operation.get("tags") or [""])[0])).removesuffix("Item"))
        name = registry.claim(key, [pascal(parameter["name"]), f"{tag}{pascal(parameter['name'])}"])
        registry.schemas[name] = _without_annotations(bare)
    return _ref(registry.names[key], bare, nullable)


def _body_name(body: Schema) -> str:
    data = body.get("properties", {}).get("data")
    if not isinstance(data, dict):
        return ""
    target = _target(data)
    if target:
        return f"{target}Response"
    items = data.get("items")
    if isinstance(items, dict) and _target(items):
        return f"{_target(items)}ListResponse"
    return ""


def _target(schema: Schema) -> str:
    ref = schema.get("$ref") or next((alt["$ref"] for alt in schema.get("anyOf", []) if "$ref" in alt), "")
    return str(ref).rsplit("/", 1)[-1]


def _ref(name: str, schema: Schema, nullable: bool) -> Schema:
    ref: Schema = {"$ref": f"#/components/schemas/{name}"}
    if not nullable:
        return ref
    wrapped: Schema = {"anyOf": [ref, {"type": "null"}]}
    if "description" in schema:
        wrapped["description"] = schema["description"]
    return wrapped


def _children(
    schema: Schema, parent: str, variant: str, registry: _Registry, *, prefixed: bool = False
) -> Schema:
    out = dict(schema)
    if "properties" in schema:
        out["properties"] = {
            name: _extract(child, pascal(name), parent, variant, registry, prefixed=prefixed)
            for name, child in schema["properties"].items()
        }
    if isinstance(schema.get("items"), dict):
        out["items"] = _extract(schema["items"], "", parent, variant, registry, item=True, prefixed=prefixed)
    if isinstance(schema.get("additionalProperties"), dict):
        out["additionalProperties"] = _extract(
            schema["additionalProperties"], "", parent, variant, registry, prefixed=prefixed
        )
    return out


def _extract(
    schema: Schema,
    short: str,
    parent: str,
    variant: str,
    registry: _Registry,
    *,
    item: bool = False,
    prefixed: bool = False,
) -> Schema:
    """``schema`` met under property ``short`` of model ``parent``, its models named (``prefixed``:
    only by the long name, ``parent`` in front: the models of an error body)."""
    bare, nullable = _bare(schema)
    if bare.get("type") == "array":
        if isinstance(bare.get("items"), dict):
            items = _extract(bare["items"], short, parent, variant, registry, item=True, prefixed=prefixed)
            bare = {**bare, "items": items}
        return _with_null(bare) if nullable else bare
    if not _extractable(bare):
        return schema
    if item:  # a list of models is a list of models: a null item is drift, not a type
        nullable = False
    key = _key(bare)
    if key in registry.names:
        return _ref(registry.names[key], bare, nullable)
    if item:
        short = singular(short) if short else "Item"
    long = f"{parent}{short or 'Value'}"
    is_enum = bare.get("type") == "string"
    wanted = [short, f"{short}{variant}" if short and variant else "", long]
    name = registry.claim(key, [long] if is_enum or prefixed else wanted)
    component = _without_annotations(bare)
    if not is_enum:
        component = _children(component, name, variant, registry, prefixed=prefixed)
    registry.schemas[name] = component
    return _ref(name, bare, nullable)


def _without_annotations(schema: Schema) -> Schema:
    """A component keeps the description of the shape itself, not of the place it was met."""
    return {k: v for k, v in schema.items() if k != "title"}


def _with_null(schema: Schema) -> Schema:
    kind = schema["type"]
    return {**schema, "type": [kind, "null"] if isinstance(kind, str) else [*kind, "null"]}
