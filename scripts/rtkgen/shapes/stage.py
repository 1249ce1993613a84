"""The shapes stage of the pipeline: the project's shapes file applied to a converted document.

A shapes file (YAML) holds what the docs cannot say about the bodies, kept in the project so it
survives every regeneration:

    reference: FILE.json      # the API's published shapes: [{method, path, response, request_body?}]
    scope: /accounts/{account_id}/realtime/kit   # the operations it speaks of (a path prefix)
    models: {Name: schema}    # hand-written models (converter style), e.g. the error bodies
    errors: {"400": Name}     # the body of an error status, for every operation in scope
    names: {Name: "METHOD path STATUS field"}    # model names (see rtkgen.shapes.models)

For each operation in scope, the reference's success body is merged into every 2xx JSON
response and its request body into the request body (``rtkgen.shapes.merge``); each status named
under ``errors`` is merged with that model. An operation whose docs list no responses gets a
2XX typed from the reference. Paths (the scope's too) match whatever their parameters are called.
Then every body in scope is made of named models (``rtkgen.shapes.models``); places that shared a model
in the previous spec keep sharing it (``rtkgen.shapes.stable``, the union rule). Where the docs and the
reference disagree (``rtkgen.shapes.merge``) is recorded in the document, one line each, under the
top-level ``x-reference-disagreements`` (``rtkgen.core.openapi_common.DISAGREEMENTS``): the change report
lists the lines a docs change adds, so ``make generate`` says when the docs newly contradict
the reference.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rtkgen.core.input_yaml import Lines, kind, load, schema_problem
from rtkgen.core.openapi_common import DISAGREEMENTS, UNDOCUMENTED, after_scope
from rtkgen.shapes.dialect import from_reference
from rtkgen.shapes.merge import Disagreement, Resolver, Schema, merge
from rtkgen.shapes.models import NamingError, name_models
from rtkgen.shapes.stable import keep_shared, previous_places, split

_PARAMETER = re.compile(r"\{[^}]*\}")
_KEYS = {"reference", "scope", "models", "errors", "names"}
_STATUS = re.compile(r"[1-5](\d\d|XX)")


class ShapesError(Exception):
    """A problem with a shapes file; printed as ``FILE:LINE: message``."""


def located(source: str, line: int | None, message: str) -> ShapesError:
    """The error ``FILE:LINE: message`` (``FILE: message`` when no line applies)."""
    return ShapesError(f"{source}:{line}: {message}" if line is not None else f"{source}: {message}")


@dataclass(frozen=True)
class Shapes:
    """A checked shapes file: the reference by route, and the project's own additions."""

    source: str
    scope: str
    reference: dict[tuple[str, str], dict[str, Any]]  # (METHOD, path with {} parameters) -> entry
    models: dict[str, Schema]
    errors: dict[str, str]
    names: dict[str, str]
    lines: Lines = field(default_factory=Lines)  # where each of the above is in the file


@dataclass(frozen=True)
class Result:
    """The document with typed bodies, what the docs and the reference disagree on, and counts."""

    document: dict[str, Any]
    disagreements: list[Disagreement]
    typed_operations: int

    def summary(self) -> str:
        return (
            f"shapes: {self.typed_operations} operation(s) typed from the reference, "
            f"{len(self.disagreements)} disagreement(s) with the docs (the docs' fields and types kept), "
            f"{len(self.document.get('components', {}).get('schemas', {}))} model(s)"
        )


def route(method: str, path: str) -> tuple[str, str]:
    """The key of an operation whatever its path parameters are called."""
    return method.upper(), _PARAMETER.sub("{}", path)


def read_shapes(path: Path) -> Shapes:
    """Read and check the shapes file ``path`` and its reference; raises ShapesError naming the
    file and the line of the problem."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ShapesError(f"{source}: cannot read the shapes file: {exc}") from exc
    config, lines = load(text, lambda line, message: located(source, line, message))

    def fail(message: str, *place: str | int) -> ShapesError:
        return located(source, lines.line(*place), message)

    if not isinstance(config, dict) or not {"reference", "scope"} <= config.keys():
        raise fail("expected a mapping with at least 'reference' and 'scope'")
    unknown = sorted(set(config) - _KEYS)
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(_KEYS))}", unknown[0])
    for key in ("reference", "scope"):
        if not isinstance(config[key], str) or not config[key].strip():
            raise fail(f"'{key}' must be a non-empty string, not {kind(config[key])}", key)
    if not config["scope"].startswith("/"):
        raise fail(f"'scope' must be a path prefix starting with '/', not {config['scope']!r}", "scope")
    tables = {key: _table(config, key, fail) for key in ("models", "errors", "names")}
    models, errors, names = tables["models"], tables["errors"], tables["names"]
    for name, schema in models.items():
        if not isinstance(schema, dict):
            raise fail(f"models: {name} must be a schema (a mapping), not {kind(schema)}", "models", name)
        found = schema_problem(schema)
        if found is not None:
            raise fail(f"models: {name}: {found[1]}", "models", name, *found[0])
    for status, name in errors.items():
        if not _STATUS.fullmatch(status):
            raise fail(f"errors: {status!r} is not an HTTP status ('400', '4XX')", "errors", status)
        if not isinstance(name, str) or name not in models:
            raise fail(f"errors: {status} names {name!r}, which is not under models", "errors", status)
    for name, location in names.items():
        if not isinstance(location, str):
            message = f"names: {name} must be 'METHOD path STATUS field', not {kind(location)}"
            raise fail(message, "names", name)
    reference = _read_reference(path.parent / config["reference"])
    return Shapes(source, config["scope"], reference, models, errors, names, lines)


def _table(config: Mapping[str, Any], key: str, fail: Callable[..., ShapesError]) -> dict[str, Any]:
    """The mapping under ``key`` (none: empty)."""
    value = config.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise fail(f"'{key}' must be a mapping, not {kind(value)}", key)
    return dict(value)


def _read_reference(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The reference shapes by route; an error names the reference file and the entry's line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ShapesError(f"{path}: cannot read the reference shapes: {exc}") from exc
    try:
        entries = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise located(str(path), line, f"cannot read the reference shapes: {exc}") from exc
    if not isinstance(entries, list):
        raise located(str(path), 1, f"the reference must be a list of entries, not {kind(entries)}")
    reference: dict[tuple[str, str], dict[str, Any]] = {}
    for index, entry in enumerate(entries):
        fields = {"method": str, "path": str, "response": dict}
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), t) for k, t in fields.items()):
            message = f"entry {index} lacks method, path or response (strings, and a schema)"
            raise located(str(path), _entry_line(text, index), message)
        reference[route(entry["method"], entry["path"])] = entry
    return reference


def _entry_line(text: str, index: int) -> int:
    """The line where item ``index`` of the JSON array ``text`` starts (the text parses)."""
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    for _ in range(index + 1):
        while text[position] in " \t\r\n,":
            position += 1
        start = position
        _, position = decoder.raw_decode(text, position)
    return text.count("\n", 0, start) + 1


def apply_shapes(
    document: Mapping[str, Any], shapes: Shapes, previous: Mapping[str, str] | None = None
) -> Result:
    """``document`` with the shapes applied (input unchanged); raises ShapesError on a bad table.
    ``previous``: where the previous spec had which model (``rtkgen.shapes.stable.previous_places``),
    so that places that shared a model keep sharing it (``rtkgen.shapes.stable``)."""
    out = copy.deepcopy(dict(document))
    schemas = out.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(copy.deepcopy(shapes.models))

    def resolve(ref: str) -> Schema:
        return dict(schemas[ref.rsplit("/", 1)[-1]])

    found: list[Disagreement] = []
    typed: set[tuple[str, str]] = set()
    statuses: set[str] = set()  # of the responses in scope
    undocumented = 0  # operations in scope whose docs list no responses: they may answer any
    in_scope = [path for path in out.get("paths", {}) if after_scope(path, shapes.scope) is not None]
    if not in_scope:
        message = f"scope {shapes.scope!r} matches no path of the document"
        raise located(shapes.source, shapes.lines.line("scope"), message)
    for path, item in out.get("paths", {}).items():
        if after_scope(path, shapes.scope) is None:
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            where = f"{method.upper()} {path}"
            entry = shapes.reference.get(route(method, path))
            if operation.get(UNDOCUMENTED):
                undocumented += 1
            if entry is not None:
                typed.add((method, path))
                _document_from_reference(operation)
                _merge_request(operation, entry, where, resolve, found)
            statuses.update(_type_responses(operation, entry, where, shapes, resolve, found))
    unused = sorted(set(shapes.errors) - statuses)
    if unused and not undocumented:
        message = f"errors: no operation in scope answers {unused[0]}: remove it or fix the status"
        raise located(shapes.source, shapes.lines.line("errors", unused[0]), message)
    named = _named(out, shapes)
    models = split(previous or {}, previous_places(named, shapes.scope))
    if models:  # the union rule: places that shared a model keep sharing it
        keep_shared(out, shapes.scope, previous or {}, models)
        named = _named(out, shapes)
    found.sort()
    named[DISAGREEMENTS] = [str(disagreement) for disagreement in found]
    return Result(named, found, len(typed))


def _named(document: dict[str, Any], shapes: Shapes) -> dict[str, Any]:
    """``document`` with its models named (``rtkgen.shapes.models``); a bad names entry is an error."""
    try:
        return name_models(document, shapes.scope, shapes.names)
    except NamingError as exc:
        raise located(shapes.source, shapes.lines.line("names", exc.name), str(exc)) from exc


def _type_responses(
    operation: dict[str, Any],
    entry: Mapping[str, Any] | None,
    where: str,
    shapes: Shapes,
    resolve: Callable[[str], Schema],
    found: list[Disagreement],
) -> set[str]:
    """Type the JSON bodies of ``operation``'s responses: a 2xx one from the reference's
    ``entry``, an error one from the shapes' errors (disagreements added to ``found``).
    Returns the operation's statuses."""
    statuses: set[str] = set()
    for status, response in operation["responses"].items():
        statuses.add(str(status))
        content = response.get("content", {}).get("application/json")
        if content is None:
            continue
        if entry is not None and str(status).startswith("2"):
            wanted = from_reference(entry["response"])
        elif str(status) in shapes.errors:
            wanted = {"$ref": f"#/components/schemas/{shapes.errors[str(status)]}"}
        else:
            continue
        content["schema"], more = merge(content.get("schema", {}), wanted, f"{where} {status}", resolve)
        found.extend(more)
    return statuses


def line_of_invalid(
    shapes: Shapes, place: Sequence[str | int], is_valid: Callable[[Mapping[str, Any]], bool]
) -> int | None:
    """The line of the shapes file behind ``place``, where the shaped document is not valid
    OpenAPI: a model of the file (``components/schemas/NAME/...``); else the model without which
    the file's models are valid (the validator may give a place inside it only); else the file's
    ``reference`` (the reference's schemas are the rest of what the shapes add)."""
    steps = tuple(place)
    if steps[:2] == ("components", "schemas") and len(steps) > 2 and steps[2] in shapes.models:
        return shapes.lines.line("models", *steps[2:])

    def models_only(models: Mapping[str, Schema]) -> dict[str, Any]:
        info = {"title": "shapes", "version": "0"}
        return {"openapi": "3.1.0", "info": info, "paths": {}, "components": {"schemas": dict(models)}}

    if not is_valid(models_only(shapes.models)):
        for name in shapes.models:
            if is_valid(models_only({**shapes.models, name: {}})):
                return shapes.lines.line("models", name, *steps)
    return shapes.lines.line("reference")


def _document_from_reference(operation: dict[str, Any]) -> None:
    """An operation whose docs list no responses (the converter's ``x-responses-undocumented``)
    that the reference knows: a ``2XX`` with an open JSON body replaces the undocumented
    ``default``, and the merge below gives that body the reference's success shape. The reference
    gives no status (a create may answer 201), hence the range. The marker stays: the responses
    are still not the docs' (the change report reads it)."""
    if not operation.get(UNDOCUMENTED) or "default" not in operation.get("responses", {}):
        return
    description = "Success (the docs list no responses; the body is the API reference's)."
    content: dict[str, Any] = {"application/json": {"schema": {}}}
    operation["responses"] = {"2XX": {"description": description, "content": content}}


def _merge_request(
    operation: dict[str, Any],
    entry: Mapping[str, Any],
    where: str,
    resolve: Resolver,
    found: list[Disagreement],
) -> None:
    if "request_body" not in entry:
        return
    wanted = from_reference(entry["request_body"])
    body = operation.setdefault("requestBody", {"required": bool(wanted.get("required"))})
    content = body.setdefault("content", {}).setdefault("application/json", {})
    content["schema"], more = merge(content.get("schema", {}), wanted, f"{where} request", resolve)
    found.extend(more)


__all__ = [
    "Result",
    "Shapes",
    "ShapesError",
    "apply_shapes",
    "line_of_invalid",
    "located",
    "read_shapes",
    "route",
]
