"""The API changes between two OpenAPI documents, each classified breaking or not.

Operations are matched by method and path; an operation whose path changed only in its
parameter names (``/x/{id}`` -> ``/x/{x_id}``), or that kept its method and operationId under a
new path, is matched too and reported as changed rather than removed and added.

"Breaking" is from the point of view of code that uses the generated client: it may no longer
import, type-check or run after the client is regenerated. What a user sends (parameters,
request body) and what a user receives (responses) break in opposite directions:

| change | in a request | in a response |
| --- | --- | --- |
| removed (operation, function name, parameter, field, status) | breaking | breaking |
| added, optional | no | no |
| added, required | breaking | no |
| became required | breaking | no |
| became optional | no | breaking (may now be missing) |
| type changed (also format, or enum added/dropped) | breaking | breaking |
| became nullable | no | breaking (may now be None) |
| no longer nullable | breaking | no |
| enum value removed | breaking | breaking (the Enum member is gone) |
| enum value added | no | no |
| body model renamed, or a body becoming a model or plain JSON | breaking | breaking |
| facade method renamed (``rtk.a.b`` -> ``rtk.c.d``, scripts/facade/naming.py) | breaking | breaking |
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from facade.naming import names_by_spec
from openapi_common import HTTP_METHODS, path_shape

from .schemas import Field, TypeInfo, fields, outermost, resolve, type_info

METHODS = HTTP_METHODS

Document = Mapping[str, Any]
Operation = Mapping[str, Any]


class Direction(Enum):
    """Who produces the value: the user (request) or the server (response)."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True)
class Change:
    """One change of one operation. ``operation`` reads ``METHOD /path (operation_id)``."""

    operation: str
    description: str
    breaking: bool


@dataclass(frozen=True)
class _Match:
    old: tuple[str, str] | None  # (path, method)
    new: tuple[str, str] | None


def compare_documents(old: Document, new: Document) -> list[Change]:
    """Every API change from ``old`` to ``new``, operation by operation (sorted by path, method)."""
    old_ops, new_ops = _operations(old), _operations(new)
    # An operation that is the same, in a document whose components are the same (what its
    # $refs reach), has no change but maybe a new facade name (another operation took it):
    # skipping the rest keeps a one-file change of a large spec cheap.
    same_components = old.get("components") == new.get("components")
    old_names, new_names = names_by_spec(old), names_by_spec(new)
    changes: list[Change] = []
    for match in _match_operations(old_ops, new_ops):
        key = match.new or match.old
        assert key is not None
        source = new_ops[match.new] if match.new else old_ops[key]
        label = f"{key[1].upper()} {key[0]} ({source.get('operationId', '?')})"
        if match.old is None:
            changes.append(Change(label, "operation added", False))
        elif match.new is None:
            changes.append(Change(label, "operation removed", True))
        else:
            unchanged = (
                same_components and match.old == match.new and old_ops[match.old] == new_ops[match.new]
            )
            found = (
                []
                if unchanged
                else _operation_changes(
                    match.old, old_ops[match.old], old, match.new, new_ops[match.new], new
                )
            )
            before, after = old_names.get(match.old), new_names.get(match.new)
            if before and after and before != after:
                found.insert(0, (True, f"facade method renamed rtk.{before} -> rtk.{after}"))
            changes.extend(Change(label, text, breaking) for breaking, text in found)
    return changes


def _operations(document: Document) -> dict[tuple[str, str], Operation]:
    """``(path, method) -> operation``, with path-level parameters merged into each operation."""
    result: dict[tuple[str, str], Operation] = {}
    paths = document.get("paths")
    for path, item in (paths or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = item.get("parameters") or []
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                own = operation.get("parameters") or []
                merged = dict(operation)
                merged["parameters"] = list(shared) + list(own)
                result[(str(path), method)] = merged
    return result


def _match_operations(
    old: Mapping[tuple[str, str], Operation], new: Mapping[tuple[str, str], Operation]
) -> list[_Match]:
    """Pairs of the same operation; unmatched ones are added or removed. Sorted by path, method."""
    pairs: list[_Match] = [_Match(key, key) for key in old if key in new]
    left = [key for key in old if key not in new]
    right = [key for key in new if key not in old]
    for signature in (
        lambda key, op: (key[1], path_shape(key[0])),
        lambda key, op: (key[1], op.get("operationId")),
    ):
        found = _unique_pairs(left, right, old, new, signature)
        pairs.extend(_Match(a, b) for a, b in found)
        left = [key for key in left if key not in {a for a, _ in found}]
        right = [key for key in right if key not in {b for _, b in found}]
    pairs += [_Match(key, None) for key in left] + [_Match(None, key) for key in right]
    return sorted(pairs, key=lambda m: _order(m.new or m.old))


def _unique_pairs(
    left: list[tuple[str, str]],
    right: list[tuple[str, str]],
    old: Mapping[tuple[str, str], Operation],
    new: Mapping[tuple[str, str], Operation],
    signature: Callable[[tuple[str, str], Operation], tuple[str, Any]],
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs whose signature is shared by exactly one old and one new operation."""
    olds: dict[tuple[str, Any], list[tuple[str, str]]] = {}
    news: dict[tuple[str, Any], list[tuple[str, str]]] = {}
    for key in left:
        olds.setdefault(signature(key, old[key]), []).append(key)
    for key in right:
        news.setdefault(signature(key, new[key]), []).append(key)
    return [
        (keys[0], news[sig][0])
        for sig, keys in olds.items()
        if sig[1] is not None and len(keys) == 1 and len(news.get(sig, [])) == 1
    ]


def _order(key: tuple[str, str] | None) -> tuple[str, int]:
    assert key is not None
    return key[0], METHODS.index(key[1])


def _operation_changes(
    old_key: tuple[str, str],
    old: Operation,
    old_doc: Document,
    new_key: tuple[str, str],
    new: Operation,
    new_doc: Document,
) -> list[tuple[bool, str]]:
    found: list[tuple[bool, str]] = []
    if old_key != new_key:
        found.append((False, f"path changed from {old_key[0]}"))
    old_id, new_id = old.get("operationId"), new.get("operationId")
    if old_id != new_id:
        found.append((True, f"function renamed {old_id} -> {new_id}"))
    old_tag, new_tag = _first_tag(old), _first_tag(new)
    if old_tag != new_tag:
        found.append((True, f"tag changed {old_tag!r} -> {new_tag!r} (the function's module moves)"))
    if bool(old.get("security")) != bool(new.get("security")):
        now = bool(new.get("security"))
        found.append((now, "now requires authentication" if now else "no longer requires authentication"))
    found += _parameter_changes(old, old_doc, new, new_doc)
    found += _body_changes(old.get("requestBody"), old_doc, new.get("requestBody"), new_doc)
    found += _response_changes(old.get("responses") or {}, old_doc, new.get("responses") or {}, new_doc)
    found += _model_changes(old, old_doc, new, new_doc)
    return found


def _body_class(operation: Operation, document: Document, status: str | None) -> tuple[bool, str | None]:
    """Whether the body is JSON of any or an object type, and the class the generated client
    gives it (None: the parsed JSON). A ``$ref`` is its component's class; an inline object gets
    the generator's name from the operationId (``{OperationId}Body``, ``{OperationId}Response{status}``)."""
    holder = (
        operation.get("requestBody") if status is None else (operation.get("responses") or {}).get(status)
    )
    schema = (resolve(holder, document).get("content") or {}).get("application/json", {}).get("schema")
    if not isinstance(schema, Mapping):
        return False, None
    if isinstance(schema.get("$ref"), str):
        return True, str(schema["$ref"]).rsplit("/", 1)[-1]
    kinds = type_info(resolve(schema, document), document).kinds
    if "object" not in kinds:
        return kinds == ("any",), None
    base = "".join(word.capitalize() for word in str(operation.get("operationId", "")).split("_"))
    return True, f"{base}Body" if status is None else f"{base}Response{status}"


def _model_changes(
    old: Operation, old_doc: Document, new: Operation, new_doc: Document
) -> list[tuple[bool, str]]:
    """Bodies whose model class was renamed, or that became a model or plain JSON (both JSON
    before and after: a body added, removed or retyped is reported as such)."""
    found: list[tuple[bool, str]] = []
    statuses = set(old.get("responses") or {}) & set(new.get("responses") or {})
    for status in [None, *sorted(statuses, key=str)]:
        label = "request body" if status is None else f"response {status}"
        (was_json, before), (is_json, after) = (
            _body_class(old, old_doc, status),
            _body_class(new, new_doc, status),
        )
        if before == after or not (was_json and is_json):
            continue
        if before and after:
            found.append((True, f"{label} model renamed {before} -> {after}"))
        elif after:
            found.append((True, f"{label} is now the model {after} (was the parsed JSON)"))
        else:
            found.append((True, f"{label} is now the parsed JSON (was the model {before})"))
    return found


def _first_tag(operation: Operation) -> str | None:
    tags = operation.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else None


def _parameter_changes(
    old: Operation, old_doc: Document, new: Operation, new_doc: Document
) -> list[tuple[bool, str]]:
    def table(operation: Operation, document: Document) -> dict[str, Field]:
        result: dict[str, Field] = {}
        for raw in operation.get("parameters") or []:
            parameter = resolve(raw, document)
            label = f"{parameter.get('in', '?')} parameter {parameter.get('name', '?')}"
            result[label] = Field(
                type_info(parameter.get("schema", {}), document), bool(parameter.get("required"))
            )
        return result

    return _field_table_changes("", table(old, old_doc), table(new, new_doc), Direction.REQUEST)


def _body_changes(old_raw: Any, old_doc: Document, new_raw: Any, new_doc: Document) -> list[tuple[bool, str]]:
    old, new = resolve(old_raw, old_doc), resolve(new_raw, new_doc)
    if not old and not new:
        return []
    if not new:
        return [(True, "request body removed")]
    required = bool(new.get("required"))
    if not old:
        return [(required, f"request body added ({'required' if required else 'optional'})")]
    found: list[tuple[bool, str]] = []
    if bool(old.get("required")) != required:
        found.append(
            (required, "request body became required" if required else "request body became optional")
        )
    found += _content_changes("request body", old, old_doc, new, new_doc, Direction.REQUEST)
    return found


def _response_changes(
    old: Mapping[str, Any], old_doc: Document, new: Mapping[str, Any], new_doc: Document
) -> list[tuple[bool, str]]:
    found: list[tuple[bool, str]] = []
    for status in sorted(set(old) | set(new), key=str):
        label = f"response {status}"
        if status not in new:
            found.append((True, f"{label} removed"))
        elif status not in old:
            found.append((False, f"{label} added"))
        else:
            old_response, new_response = resolve(old[status], old_doc), resolve(new[status], new_doc)
            found += _content_changes(label, old_response, old_doc, new_response, new_doc, Direction.RESPONSE)
    return found


def _content_changes(
    label: str,
    old: Mapping[str, Any],
    old_doc: Document,
    new: Mapping[str, Any],
    new_doc: Document,
    direction: Direction,
) -> list[tuple[bool, str]]:
    """Media types added or removed, and the schema changes of those in both."""
    old_content, new_content = old.get("content") or {}, new.get("content") or {}
    found: list[tuple[bool, str]] = []
    for media in sorted(set(old_content) | set(new_content)):
        where = label if len(set(old_content) | set(new_content)) == 1 else f"{label} ({media})"
        if media not in new_content:
            found.append((True, f"{where}: {media} body removed"))
        elif media not in old_content:
            found.append((False, f"{where}: {media} body added"))
        else:
            found += _schema_changes(
                where,
                (old_content[media] or {}).get("schema", {}),
                old_doc,
                (new_content[media] or {}).get("schema", {}),
                new_doc,
                direction,
            )
    return found


def _schema_changes(
    label: str, old: Any, old_doc: Document, new: Any, new_doc: Document, direction: Direction
) -> list[tuple[bool, str]]:
    """The body's own type, then its fields."""
    found = _type_changes(f"{label} body", type_info(old, old_doc), type_info(new, new_doc), direction)
    found += _field_table_changes(f"{label} field ", fields(old, old_doc), fields(new, new_doc), direction)
    return found


def _field_table_changes(
    prefix: str, old: Mapping[str, Field], new: Mapping[str, Field], direction: Direction
) -> list[tuple[bool, str]]:
    """Removed, added and changed entries of two ``name -> Field`` tables (parameters or fields).

    Fields inside a removed or added field are not listed again.
    """
    request = direction is Direction.REQUEST
    found: list[tuple[bool, str]] = []
    for name in outermost(set(old) - set(new)):
        found.append((True, f"{prefix}{name} removed"))
    for name in outermost(set(new) - set(old)):
        field = new[name]
        if request and not name.endswith("[]"):  # array items are neither required nor optional
            state = "required" if field.required else "optional"
            found.append((field.required, f"{prefix}{name} added ({state}, {field.type.render()})"))
        else:
            found.append((False, f"{prefix}{name} added ({field.type.render()})"))
    for name in sorted(set(old) & set(new)):
        before, after = old[name], new[name]
        if before.required != after.required:
            breaking = after.required if request else before.required
            found.append((breaking, f"{prefix}{name} became {'required' if after.required else 'optional'}"))
        found += _type_changes(f"{prefix}{name}", before.type, after.type, direction)
    return found


def _type_changes(label: str, old: TypeInfo, new: TypeInfo, direction: Direction) -> list[tuple[bool, str]]:
    if old.kinds != new.kinds or (old.enum is None) != (new.enum is None):
        return [(True, f"{label} retyped {old.render()} -> {new.render()}")]
    found: list[tuple[bool, str]] = []
    if old.nullable != new.nullable:
        request = direction is Direction.REQUEST
        breaking = new.nullable != request  # a request may now send None; a response may now give None
        found.append((breaking, f"{label} {'became nullable' if new.nullable else 'is no longer nullable'}"))
    if old.enum is not None and new.enum is not None:
        removed = sorted(set(old.enum) - set(new.enum))
        added = sorted(set(new.enum) - set(old.enum))
        found += [(True, f"{label} enum value {value} removed") for value in removed]
        found += [(False, f"{label} enum value {value} added") for value in added]
    return found


def counts(changes: Iterable[Change]) -> dict[str, int]:
    """Numbers for the summary: breaking, non-breaking, operations added, removed and changed."""
    items = list(changes)
    added = {c.operation for c in items if c.description == "operation added"}
    removed = {c.operation for c in items if c.description == "operation removed"}
    return {
        "breaking": sum(c.breaking for c in items),
        "non-breaking": sum(not c.breaking for c in items),
        "added": len(added),
        "removed": len(removed),
        "changed": len({c.operation for c in items} - added - removed),
    }
