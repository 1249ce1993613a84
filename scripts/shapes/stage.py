"""The shapes stage of the pipeline: the project's shapes file applied to a converted document.

A shapes file (YAML) holds what the docs cannot say about the bodies, kept in the project so it
survives every regeneration:

    reference: FILE.json      # the API's published shapes: [{method, path, response, request_body?}]
    scope: /accounts/{account_id}/realtime/kit   # the operations it speaks of (a path prefix)
    models: {Name: schema}    # hand-written models (converter style), e.g. the error bodies
    errors: {"400": Name}     # the body of an error status, for every operation in scope
    names: {Name: "METHOD path STATUS field"}    # model names (see shapes.models)

For each operation in scope, the reference's success body is merged into every 2xx JSON
response and its request body into the request body (``shapes.merge``); each status named
under ``errors`` is merged with that model. Paths match whatever their parameters are called.
Then every body in scope is made of named models (``shapes.models``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .dialect import from_reference
from .merge import Disagreement, Resolver, Schema, merge
from .models import NamingError, name_models

_PARAMETER = re.compile(r"\{[^}]*\}")
_KEYS = {"reference", "scope", "models", "errors", "names"}


class ShapesError(Exception):
    """A problem with a shapes file; printed as ``FILE: message``."""


@dataclass(frozen=True)
class Shapes:
    """A checked shapes file: the reference by route, and the project's own additions."""

    source: str
    scope: str
    reference: dict[tuple[str, str], dict[str, Any]]  # (METHOD, path with {} parameters) -> entry
    models: dict[str, Schema]
    errors: dict[str, str]
    names: dict[str, str]


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
    """Read and check the shapes file ``path`` and its reference; raises ShapesError."""
    source = str(path)
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ShapesError(f"{source}: cannot read the shapes file: {exc}") from exc
    if not isinstance(config, dict) or not {"reference", "scope"} <= config.keys():
        raise ShapesError(f"{source}: expected a mapping with at least 'reference' and 'scope'")
    unknown = sorted(set(config) - _KEYS)
    if unknown:
        raise ShapesError(
            f"{source}: unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(_KEYS))}"
        )
    reference_path = path.parent / str(config["reference"])
    try:
        entries = json.loads(reference_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ShapesError(f"{reference_path}: cannot read the reference shapes: {exc}") from exc
    reference: dict[tuple[str, str], dict[str, Any]] = {}
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict) or not {"method", "path", "response"} <= entry.keys():
            raise ShapesError(f"{reference_path}: entry {index} lacks method, path or response")
        reference[route(entry["method"], entry["path"])] = entry
    models, errors, names = (dict(config.get(key) or {}) for key in ("models", "errors", "names"))
    missing = sorted(name for name in errors.values() if name not in models)
    if missing:
        raise ShapesError(f"{source}: errors name model(s) not under models: {', '.join(missing)}")
    return Shapes(
        source, str(config["scope"]), reference, models, {str(k): v for k, v in errors.items()}, names
    )


def apply_shapes(document: Mapping[str, Any], shapes: Shapes) -> Result:
    """``document`` with the shapes applied (input unchanged); raises ShapesError on a bad table."""
    out = copy.deepcopy(dict(document))
    schemas = out.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(copy.deepcopy(shapes.models))

    def resolve(ref: str) -> Schema:
        return dict(schemas[ref.rsplit("/", 1)[-1]])

    found: list[Disagreement] = []
    typed: set[tuple[str, str]] = set()
    for path, item in out.get("paths", {}).items():
        if not path.startswith(shapes.scope):
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            where = f"{method.upper()} {path}"
            entry = shapes.reference.get(route(method, path))
            if entry is not None:
                typed.add((method, path))
                _merge_request(operation, entry, where, resolve, found)
            for status, response in operation["responses"].items():
                content = response.get("content", {}).get("application/json")
                if content is None:
                    continue
                if entry is not None and str(status).startswith("2"):
                    wanted = from_reference(entry["response"])
                elif str(status) in shapes.errors:
                    wanted = {"$ref": f"#/components/schemas/{shapes.errors[str(status)]}"}
                else:
                    continue
                content["schema"], more = merge(
                    content.get("schema", {}), wanted, f"{where} {status}", resolve
                )
                found.extend(more)
    try:
        named = name_models(out, shapes.scope, shapes.names)
    except NamingError as exc:
        raise ShapesError(f"{shapes.source}: {exc}") from exc
    return Result(named, sorted(found), len(typed))


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


__all__ = ["Result", "Shapes", "ShapesError", "apply_shapes", "read_shapes", "route"]
