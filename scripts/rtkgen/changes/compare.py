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
| facade method renamed (``rtk.a.b`` -> ``rtk.c.d``, scripts/rtkgen/facade/naming.py) | breaking | breaking |
| a function name now calls another operation (summaries swapped) | breaking | breaking |
| path parameter renamed in the spec (same place in the path) | breaking (see below) | |
| responses now documented (the docs listed none: ``x-responses-undocumented``) | | no |
| responses no longer documented | | breaking |
| the docs newly disagree with the API's reference (``x-reference-disagreements``) | no | no |

A path parameter's name is not sent: ``/x/{id}`` -> ``/x/{x_id}`` is one line, "path parameter id
renamed x_id", not a removal and an addition. It is breaking here; when the two clients are
compared (``python_api``, ``merge``) it is not, and the Python argument's rename is listed when
there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any, NamedTuple

from rtkgen.changes.schemas import Field, TypeInfo, fields, outermost, quoted, resolve, type_info
from rtkgen.core.openapi_common import (
    DISAGREEMENTS,
    HTTP_METHODS,
    PATH_PARAMETER,
    UNDOCUMENTED,
    operation_class,
    path_shape,
)
from rtkgen.facade.naming import names_by_spec

METHODS = HTTP_METHODS

Document = Mapping[str, Any]
Operation = Mapping[str, Any]
Key = tuple[str, str]  # (path, method)

# The lines of an operation whose responses the docs now list, or no longer list (UNDOCUMENTED).
RESPONSES_DOCUMENTED = "responses now documented (the docs listed none)"
RESPONSES_UNDOCUMENTED = "responses no longer documented"


class Direction(Enum):
    """Who produces the value: the user (request) or the server (response)."""

    REQUEST = "request"
    RESPONSE = "response"


class Area(Enum):
    """What part of the Python API a change is about: the merge (``merge``) uses it to tell
    whether a change the comparison of the two clients found is already listed."""

    OPERATION = "operation"  # added or removed
    NAMES = "names"  # function, module or facade method names
    REQUEST = "request"  # the path, parameters, authentication, request body
    RESPONSE = "response"  # statuses, response bodies and their models
    PATH_NAME = "path name"  # a path parameter renamed in the spec only
    PACKAGE = "package"  # not one operation's: model classes, package modules
    REFERENCE = "reference"  # the docs newly disagree with the API's reference (DISAGREEMENTS)


class Subject(Enum):
    """What a change is about, beyond its area, set where the change is found: the merge
    (``merge``) tells from it, and the names the change carries, whether a spec line already
    says a change of the Python API, without reading either change's words."""

    OPERATION_ADDED = "operation added"
    OPERATION_REMOVED = "operation removed"
    RESPONSES_DOCUMENTED = "responses documented"  # the docs list responses (they listed none)
    MODEL_RENAMED = "model renamed"  # names: the old and the new class name
    MODEL = "model"  # a model class added or removed; names: the class
    FIELD = "field"  # a model field added, removed or retyped; names: the field
    # An enum's or a Literal's value; names: the value as the spec (JSON) or the Literal writes it.
    VALUE_ADDED = "value added"
    VALUE_REMOVED = "value removed"
    ARGUMENT_RENAMED = "argument renamed"  # an operation's argument renamed (area REQUEST)
    OTHER = "other"  # anything else


class Found(NamedTuple):
    """One change found in an operation: whether it breaks, its words, and what it is about as
    data (area, subject, names, and the body field it is about, ``data.url``), set where the
    change is found, never read back from the words."""

    breaking: bool
    text: str
    area: Area = Area.REQUEST
    subject: Subject = Subject.OTHER
    names: tuple[str, ...] = ()
    field: str = ""


def _in(area: Area, found: Iterable[Found]) -> list[Found]:
    """The changes with their area (a helper shared by request and response leaves it out)."""
    return [change._replace(area=area) for change in found]


@dataclass(frozen=True)
class Change:
    """One change of one operation. ``operation`` reads ``METHOD /path (operation_id)``; a change
    of the package, not of one operation, names what changed there (``realtimekit_client.models``).
    ``key`` is the operation's (path, method) in the new spec (the old one when it was removed)."""

    operation: str
    description: str
    breaking: bool
    area: Area = Area.REQUEST
    key: Key | None = None
    subject: Subject = Subject.OTHER
    names: tuple[str, ...] = ()
    field: str = ""  # the body field the change is about (``data.url``), if it is about one


@dataclass(frozen=True)
class Match:
    """One operation in the old and the new spec (None: added or removed)."""

    old: Key | None
    new: Key | None


def compare_documents(old: Document, new: Document) -> list[Change]:
    """Every API change from ``old`` to ``new``, operation by operation (sorted by path, method)."""
    old_ops, new_ops = _operations(old), _operations(new)
    # An operation that is the same, in a document whose components are the same, and whose
    # $refs outside the components (another operation's response, #/paths/...) read the same,
    # has no change but maybe a new facade name (another operation took it): skipping the rest
    # keeps a one-file change of a large spec cheap.
    same_components = old.get("components") == new.get("components") and _same_outside_refs(
        old.get("components"), old, new
    )
    old_names, new_names = names_by_spec(old), names_by_spec(new)
    changes: list[Change] = []
    matches = match_operations(old, new)
    function_lines = _taken_names(matches, old_ops, new_ops)
    for match in matches:
        key = match.new or match.old
        assert key is not None
        source = new_ops[match.new] if match.new else old_ops[key]
        label = f"{key[1].upper()} {key[0]} ({source.get('operationId', '?')})"
        if match.old is None:
            changes.append(
                Change(label, "operation added", False, Area.OPERATION, key, Subject.OPERATION_ADDED)
            )
        elif match.new is None:
            changes.append(
                Change(label, "operation removed", True, Area.OPERATION, key, Subject.OPERATION_REMOVED)
            )
        else:
            unchanged = (
                same_components
                and match.old == match.new
                and old_ops[match.old] == new_ops[match.new]
                and _same_outside_refs(old_ops[match.old], old, new)
            )
            found = (
                []
                if unchanged
                else _operation_changes(
                    match.old, old_ops[match.old], old, match.new, new_ops[match.new], new, function_lines
                )
            )
            before, after = old_names.get(match.old), new_names.get(match.new)
            if before and after and before != after:
                found.insert(0, Found(True, f"facade method renamed rtk.{before} -> rtk.{after}", Area.NAMES))
            changes.extend(
                Change(label, f.text, f.breaking, f.area, key, f.subject, f.names, f.field) for f in found
            )
    return changes + _new_disagreements(old, new)


def _new_disagreements(old: Document, new: Document) -> list[Change]:
    """One line per disagreement of the docs with the API's reference (``DISAGREEMENTS``, set
    by the shapes stage) that ``new`` records and ``old`` did not; none when ``old`` recorded
    none (a spec written before they were recorded, or without a shapes stage)."""
    before, after = old.get(DISAGREEMENTS), new.get(DISAGREEMENTS)
    if not isinstance(before, list) or not isinstance(after, list):
        return []
    known = {str(line) for line in before}
    changes: list[Change] = []
    for line in (str(line) for line in after if str(line) not in known):
        method, path, rest = [*line.split(" ", 2), "", ""][:3]
        key = (path, method.lower())
        text = f"the docs newly disagree with the API reference: {rest}"
        changes.append(Change(operation_label(key, new), text, False, Area.REFERENCE, key))
    return changes


def _same_outside_refs(start: Any, old: Document, new: Document) -> bool:
    """Whether every ``$ref`` that ``start`` reaches outside ``#/components/`` (a response of
    another operation, ``#/paths/...``) reads the same in ``old`` and ``new``, the targets' own
    refs followed too: an operation equal in both documents may still have changed through one."""
    seen: set[str] = set()
    pending: list[Any] = [start]
    while pending:
        value = pending.pop()
        if isinstance(value, Mapping):
            ref = value.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#/components/") and ref not in seen:
                seen.add(ref)
                target = resolve({"$ref": ref}, old)
                if target != resolve({"$ref": ref}, new):
                    return False
                pending.append(target)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return True


def operation_label(key: Key, document: Document) -> str:
    """``METHOD /path (operation_id)`` of the operation at ``key`` in ``document``."""
    operation = _operations(document).get(key, {})
    return f"{key[1].upper()} {key[0]} ({operation.get('operationId', '?')})"


def match_operations(old: Document, new: Document) -> list[Match]:
    """The operations of ``old`` and ``new`` paired (see the module doc), sorted by path, method."""
    return _match_operations(_operations(old), _operations(new))


def _module(operation: Operation) -> tuple[str | None, Any]:
    """Where the generated client puts the operation's function: its tag's module, its name."""
    return _first_tag(operation), operation.get("operationId")


def _taken_names(
    matches: list[Match], old_ops: Mapping[Key, Operation], new_ops: Mapping[Key, Operation]
) -> dict[Key, str | None]:
    """One change, not two renames, for a function name that now calls another operation
    (``delete_a_webhook`` was the DELETE and is now the GET whose summary was edited): the
    operation that took the name says so (its key -> that line), and the rename of the
    operation that lost it is folded into that line (its key -> None, no line of its own)."""
    losers: dict[tuple[str | None, Any], Match] = {}  # function -> the operation that called it
    for match in matches:
        if match.old is None:
            continue
        before = _module(old_ops[match.old])
        if match.new is None or before != _module(new_ops[match.new]):
            losers[before] = match
    lines: dict[Key, str | None] = {}
    for match in matches:
        if match.old is None or match.new is None:
            continue
        name = _module(new_ops[match.new])
        loser = losers.get(name)
        if name == _module(old_ops[match.old]) or loser is None or loser is match or name[1] is None:
            continue
        assert loser.old is not None
        was = f"{loser.old[1].upper()} {loser.old[0]}"
        if loser.new is None:
            now = "which was removed"
        else:
            now = f"now {new_ops[loser.new].get('operationId')}"
            lines.setdefault(loser.new, None)
        lines[match.new] = (
            f"function {name[1]} now calls this operation, not {was} ({now}); "
            f"this operation's function was {old_ops[match.old].get('operationId')}"
        )
    return lines


def _operations(document: Document) -> dict[tuple[str, str], Operation]:
    """``(path, method) -> operation``, with path-level parameters merged into each operation and
    its status keys as strings (an unquoted ``200:`` of a hand-edited spec reads as a number)."""
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
                responses = operation.get("responses")
                if isinstance(responses, Mapping):
                    merged["responses"] = {str(status): answer for status, answer in responses.items()}
                result[(str(path), method)] = merged
    return result


def _match_operations(
    old: Mapping[tuple[str, str], Operation], new: Mapping[tuple[str, str], Operation]
) -> list[Match]:
    """Pairs of the same operation; unmatched ones are added or removed. Sorted by path, method."""
    pairs: list[Match] = [Match(key, key) for key in old if key in new]
    left = [key for key in old if key not in new]
    right = [key for key in new if key not in old]
    for signature in (
        lambda key, op: (key[1], path_shape(key[0])),
        lambda key, op: (key[1], op.get("operationId")),
    ):
        found = _unique_pairs(left, right, old, new, signature)
        pairs.extend(Match(a, b) for a, b in found)
        left = [key for key in left if key not in {a for a, _ in found}]
        right = [key for key in right if key not in {b for _, b in found}]
    pairs += [Match(key, None) for key in left] + [Match(None, key) for key in right]
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
    function_lines: Mapping[Key, str | None] = MappingProxyType({}),
) -> list[Found]:
    """The changes of one operation found in both specs, each with its area (a function rename
    says what ``function_lines`` says for the operation, see ``_taken_names``)."""
    found: list[Found] = []
    if path_shape(old_key[0]) != path_shape(new_key[0]):
        found.append(Found(False, f"path changed from {old_key[0]}", Area.REQUEST))
    old_id, new_id = old.get("operationId"), new.get("operationId")
    line = function_lines.get(new_key, f"function renamed {old_id} -> {new_id}")
    if old_id != new_id and line is not None:
        found.append(Found(True, line, Area.NAMES))
    old_tag, new_tag = _first_tag(old), _first_tag(new)
    if old_tag != new_tag:
        found.append(
            Found(True, f"tag changed {old_tag!r} -> {new_tag!r} (the function's module moves)", Area.NAMES)
        )
    if bool(old.get("security")) != bool(new.get("security")):
        now = bool(new.get("security"))
        words = "now requires authentication" if now else "no longer requires authentication"
        found.append(Found(now, words, Area.REQUEST))
    renamed = _path_renames(old_key[0], new_key[0])
    found += _in(Area.PATH_NAME, [Found(True, f"path parameter {a} renamed {b}") for a, b in renamed.items()])
    found += _in(Area.REQUEST, _parameter_changes(old, old_doc, new, new_doc, renamed))
    found += _in(
        Area.REQUEST, _body_changes(old.get("requestBody"), old_doc, new.get("requestBody"), new_doc)
    )
    found += _in(Area.RESPONSE, _documentation_changes(old, old_doc, new, new_doc))
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
    base = operation_class(operation.get("operationId", ""))
    return True, f"{base}Body" if status is None else f"{base}Response{status}"


def _model_changes(old: Operation, old_doc: Document, new: Operation, new_doc: Document) -> list[Found]:
    """Bodies whose model class was renamed, or that became a model or plain JSON (both JSON
    before and after: a body added, removed or retyped is reported as such)."""
    found: list[Found] = []
    statuses = set(old.get("responses") or {}) & set(new.get("responses") or {})
    for status in [None, *sorted(statuses, key=str)]:
        label = "request body" if status is None else f"response {status}"
        area = Area.REQUEST if status is None else Area.RESPONSE
        (was_json, before), (is_json, after) = (
            _body_class(old, old_doc, status),
            _body_class(new, new_doc, status),
        )
        if before == after or not (was_json and is_json):
            continue
        if before and after:
            words = f"{label} model renamed {before} -> {after}"
            found.append(Found(True, words, area, Subject.MODEL_RENAMED, (before, after)))
        elif after:
            found.append(Found(True, f"{label} is now the model {after} (was the parsed JSON)", area))
        else:
            found.append(Found(True, f"{label} is now the parsed JSON (was the model {before})", area))
    return found


def _first_tag(operation: Operation) -> str | None:
    tags = operation.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else None


def _path_renames(old_path: str, new_path: str) -> dict[str, str]:
    """Path parameters renamed in place (old name -> new name), when the path kept its shape."""
    if path_shape(old_path) != path_shape(new_path):
        return {}
    olds, news = PATH_PARAMETER.findall(old_path), PATH_PARAMETER.findall(new_path)
    return {a: b for a, b in zip(olds, news, strict=True) if a != b}


def _parameter_changes(
    old: Operation, old_doc: Document, new: Operation, new_doc: Document, renamed: Mapping[str, str]
) -> list[Found]:
    """Parameter changes, a path parameter renamed in place compared under its new name (the
    rename is its own line, of the area PATH_NAME: breaking until the comparison of the clients
    shows the Python argument unchanged, ``merge``)."""

    def table(operation: Operation, document: Document, names: Mapping[str, str]) -> dict[str, Field]:
        result: dict[str, Field] = {}
        for raw in operation.get("parameters") or []:
            parameter = resolve(raw, document)
            where, name = parameter.get("in", "?"), parameter.get("name", "?")
            if where == "path":
                name = names.get(name, name)
            result[f"{quoted(where)} parameter {quoted(name)}"] = Field(
                type_info(parameter.get("schema", {}), document), bool(parameter.get("required"))
            )
        return result

    old_table, new_table = table(old, old_doc, renamed), table(new, new_doc, {})
    return _field_table_changes("", old_table, new_table, Direction.REQUEST)


def _body_changes(old_raw: Any, old_doc: Document, new_raw: Any, new_doc: Document) -> list[Found]:
    old, new = resolve(old_raw, old_doc), resolve(new_raw, new_doc)
    if not old and not new:
        return []
    if not new:
        return [Found(True, "request body removed")]
    required = bool(new.get("required"))
    if not old:
        return [Found(required, f"request body added ({'required' if required else 'optional'})")]
    found: list[Found] = []
    if bool(old.get("required")) != required:
        found.append(
            Found(required, "request body became required" if required else "request body became optional")
        )
    found += _content_changes("request body", old, old_doc, new, new_doc, Direction.REQUEST)
    return found


def _documentation_changes(
    old: Operation, old_doc: Document, new: Operation, new_doc: Document
) -> list[Found]:
    """The response changes, when the docs list the responses on both sides or on neither; else
    the responses becoming documented (not breaking: what was unknown is now said) or no longer
    documented (breaking: the types a user relied on are gone). An undocumented operation has the
    converter's ``default`` marker, or a ``2XX`` the shapes stage typed from the reference: that
    body is compared with the first documented 2xx one."""
    was, now = bool(old.get(UNDOCUMENTED)), bool(new.get(UNDOCUMENTED))
    old_responses, new_responses = old.get("responses") or {}, new.get("responses") or {}
    if was and now:  # the marker `default` says nothing: a 2XX typed from the reference is an addition
        old_responses = {k: v for k, v in old_responses.items() if k != "default"}
        new_responses = {k: v for k, v in new_responses.items() if k != "default"}
    if was == now:
        return _response_changes(old_responses, old_doc, new_responses, new_doc)
    old_success, new_success = _success_status(old_responses), _success_status(new_responses)
    found: list[Found] = []
    if was:
        found.append(Found(False, RESPONSES_DOCUMENTED, subject=Subject.RESPONSES_DOCUMENTED))
        found += [Found(False, f"response {status} added") for status in sorted(new_responses, key=str)]
    else:
        listed = ", ".join(sorted(map(str, old_responses)))
        found.append(Found(True, f"{RESPONSES_UNDOCUMENTED} (the docs list none; they listed {listed})"))
    if old_success is not None and new_success is not None:
        label = f"response {old_success} -> {new_success}"
        old_response = resolve(old_responses[old_success], old_doc)
        new_response = resolve(new_responses[new_success], new_doc)
        found += _content_changes(label, old_response, old_doc, new_response, new_doc, Direction.RESPONSE)
    return found


def _success_status(responses: Mapping[str, Any]) -> str | None:
    """The first 2xx status of ``responses`` (exact codes before ``2XX``), if any, as its key
    (a number when YAML read it as one: the caller looks the response up by it)."""
    return next((s for s in sorted(responses, key=str) if str(s).startswith("2")), None)


def _response_changes(
    old: Mapping[str, Any], old_doc: Document, new: Mapping[str, Any], new_doc: Document
) -> list[Found]:
    found: list[Found] = []
    for status in sorted(set(old) | set(new), key=str):
        label = f"response {status}"
        if status not in new:
            found.append(Found(True, f"{label} removed"))
        elif status not in old:
            found.append(Found(False, f"{label} added"))
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
) -> list[Found]:
    """Media types added or removed, and the schema changes of those in both."""
    old_content, new_content = old.get("content") or {}, new.get("content") or {}
    found: list[Found] = []
    for media in sorted(set(old_content) | set(new_content)):
        where = label if len(set(old_content) | set(new_content)) == 1 else f"{label} ({media})"
        if media not in new_content:
            found.append(Found(True, f"{where}: {media} body removed"))
        elif media not in old_content:
            found.append(Found(False, f"{where}: {media} body added"))
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
) -> list[Found]:
    """The body's own type, then its fields."""
    found = _type_changes(f"{label} body", type_info(old, old_doc), type_info(new, new_doc), direction)
    found += _field_table_changes(
        f"{label} field ", fields(old, old_doc), fields(new, new_doc), direction, of_fields=True
    )
    return found


def _field_table_changes(
    prefix: str,
    old: Mapping[str, Field],
    new: Mapping[str, Field],
    direction: Direction,
    *,
    of_fields: bool = False,
) -> list[Found]:
    """Removed, added and changed entries of two ``name -> Field`` tables (parameters, or the
    body fields when ``of_fields``: each change then names its field).

    Fields inside a removed or added field are not listed again.
    """
    request = direction is Direction.REQUEST
    found: list[Found] = []
    for name in outermost(set(old) - set(new)):
        found.append(Found(True, f"{prefix}{name} removed", field=name if of_fields else ""))
    for name in outermost(set(new) - set(old)):
        field = new[name]
        if request and not name.endswith("[]"):  # array items are neither required nor optional
            state = "required" if field.required else "optional"
            words = f"{prefix}{name} added ({state}, {field.type.render()})"
            found.append(Found(field.required, words, field=name if of_fields else ""))
        else:
            found.append(
                Found(False, f"{prefix}{name} added ({field.type.render()})", field=name if of_fields else "")
            )
    for name in sorted(set(old) & set(new)):
        found += _entry_changes(f"{prefix}{name}", old[name], new[name], direction, name if of_fields else "")
    return found


def _entry_changes(label: str, before: Field, after: Field, direction: Direction, field: str) -> list[Found]:
    """The changes of one parameter or body ``field`` (its name; "" for a parameter) in both tables."""
    found: list[Found] = []
    if before.required != after.required:
        breaking = after.required if direction is Direction.REQUEST else before.required
        words = f"{label} became {'required' if after.required else 'optional'}"
        found.append(Found(breaking, words, field=field))
    return found + _type_changes(label, before.type, after.type, direction, field)


def _type_changes(
    label: str, old: TypeInfo, new: TypeInfo, direction: Direction, field: str = ""
) -> list[Found]:
    """A type's changes: retyped, nullability, enum values (each naming the body ``field``, if any)."""
    if old.kinds != new.kinds or (old.enum is None) != (new.enum is None):
        return [Found(True, f"{label} retyped {old.render()} -> {new.render()}", field=field)]
    found: list[Found] = []
    if old.nullable != new.nullable:
        request = direction is Direction.REQUEST
        breaking = new.nullable != request  # a request may now send None; a response may now give None
        words = f"{label} {'became nullable' if new.nullable else 'is no longer nullable'}"
        found.append(Found(breaking, words, field=field))
    if old.enum is not None and new.enum is not None:
        removed = sorted(set(old.enum) - set(new.enum))
        added = sorted(set(new.enum) - set(old.enum))
        found += [
            Found(
                True,
                f"{label} enum value {value} removed",
                subject=Subject.VALUE_REMOVED,
                names=(value,),
                field=field,
            )
            for value in removed
        ]
        found += [
            Found(
                False,
                f"{label} enum value {value} added",
                subject=Subject.VALUE_ADDED,
                names=(value,),
                field=field,
            )
            for value in added
        ]
    return found


def counts(changes: Iterable[Change]) -> dict[str, int]:
    """Numbers for the summary: breaking, non-breaking, operations added, removed and changed
    (changes of the package, not of one operation, count as changes but not as operations)."""
    items = list(changes)
    added = {c.operation for c in items if c.subject is Subject.OPERATION_ADDED}
    removed = {c.operation for c in items if c.subject is Subject.OPERATION_REMOVED}
    operations = {c.operation for c in items if c.area is not Area.PACKAGE}
    return {
        "breaking": sum(c.breaking for c in items),
        "non-breaking": sum(not c.breaking for c in items),
        "added": len(added),
        "removed": len(removed),
        "changed": len(operations - added - removed),
    }
