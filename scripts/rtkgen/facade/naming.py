"""The facade's rule: where each operation sits (``rtk.<resources...>.<method>``).

After the prefix ``/accounts/{account_id}`` (then ``/realtime/kit``, then ``/{app_id}``, each
when present), the path's literal segments are the resources, in snake_case (``active-session``
is ``active_session``); its parameters become the method's positional arguments. The method:

- a path ending in a parameter is an item: GET ``get``, PATCH ``update``, PUT ``replace``,
  DELETE ``delete``, POST ``create``;
- a path ending in a literal segment is a collection: GET ``list`` when the result is a list
  or the operation takes ``page_no``/``per_page``, else ``get`` (a singleton such as
  ``active-session`` or ``transcript``), POST ``create``, PUT ``replace``, PATCH ``update``,
  DELETE ``delete``;
- a verb: a POST to a literal segment that follows another literal segment and is the only
  operation of its path is a method of the resource before it (``.../active-session/kick`` is
  ``meetings.active_session.kick``);
- ``x-facade-name: a.b.method`` on the operation (an overlay) names it instead of the rule
  (one name given to two operations is an error of the overlay, ``rtkgen/overlays/apply.py``);
- should two operations still get one name, the first in the spec's order keeps it and the
  later one takes its operationId as the method name (so adding an operation after it renames
  nothing); an operation that held the name in the previous spec keeps it though, whatever the
  order: the pipeline pins the newcomer to its operationId with ``x-facade-name``
  (``keep_previous_names``), so adding an operation before it renames nothing either.

Each resource has four public classes (``class_stems``, ``flavoured``): ``MeetingsResource``,
``AsyncMeetingsResource``, ``MeetingsResourceWithRawResponse`` and
``AsyncMeetingsResourceWithRawResponse``; a nested resource's stem is the singular of each
parent followed by its own name (``meetings.participants`` -> ``MeetingParticipantsResource``,
``sessions.participants`` -> ``SessionParticipantsResource``).
"""

from __future__ import annotations

import functools
import hashlib
import keyword
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rtkgen.core.openapi_common import HTTP_METHODS, route_key

PREFIX = re.compile(r"^/accounts/\{account_id\}(/realtime/kit)?(/\{app_id\})?")
_ITEM = {"get": "get", "patch": "update", "put": "replace", "delete": "delete", "post": "create"}
# The methods the facade places (those it has a verb for), in the order of the specification.
METHODS = tuple(method for method in HTTP_METHODS if method in _ITEM)
# Names the facade's classes use themselves.
_RESERVED = {"client", "close", "aclose", "account_id", "app_id", "with_raw_response"}


@dataclass(frozen=True)
class Placement:
    operation_id: str
    method: str  # HTTP method, lower case
    path: str
    resources: tuple[str, ...]
    name: str  # the Python method name
    summary: str = ""

    @property
    def dotted(self) -> str:
        return ".".join((*self.resources, self.name))


@functools.cache  # few distinct segments, met once per operation: at 10,000 operations, 95,000 calls
def snake(segment: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", segment).strip("_").lower() or "root"
    if name[0].isdigit():
        name = f"_{name}"
    return f"{name}_" if keyword.iskeyword(name) or name in _RESERVED else name


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def place(
    path: str, method: str, operation: Mapping[str, Any], methods_at_path: int, returns_list: bool
) -> tuple[tuple[str, ...], str]:
    """(resources, method name) of one operation by the rule above."""
    override = operation.get("x-facade-name")
    if isinstance(override, str) and override.strip():
        *resources, name = override.strip().split(".")
        return tuple(resources), name
    segments = [s for s in PREFIX.sub("", path).split("/") if s]
    literals = tuple(snake(s) for s in segments if not _is_param(s))
    if not segments or _is_param(segments[-1]):
        return literals, _ITEM[method]
    verb = method == "post" and len(segments) >= 2 and not _is_param(segments[-2]) and methods_at_path == 1
    if verb:
        return literals[:-1], literals[-1]
    if method == "get":
        return literals, "list" if returns_list else "get"
    return literals, _ITEM[method]


def placements(document: Mapping[str, Any], returns_list: Callable[[str], bool]) -> list[Placement]:
    """Every operation's place, in the spec's order; ``returns_list(operation_id)`` tells
    whether its result is a list."""
    return _resolved(_by_rule(document, returns_list))


def _resolved(found: list[Placement]) -> list[Placement]:
    """``found`` (``_by_rule``) with one name each: the first in the spec's order keeps a name."""
    taken: set[str] = set()
    named: list[Placement] = []
    for p in found:
        if p.dotted in taken:  # a later one gets its operationId
            p = Placement(p.operation_id, p.method, p.path, p.resources, p.operation_id, p.summary)
        taken.add(p.dotted)
        named.append(p)
    return named


def _by_rule(document: Mapping[str, Any], returns_list: Callable[[str], bool]) -> list[Placement]:
    """Every operation's place by the rule alone (two may have one name), in the spec's order."""
    found: list[Placement] = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        operations = [(m, item[m]) for m in METHODS if isinstance(item.get(m), Mapping)]
        for method, operation in operations:
            op_id = str(operation.get("operationId") or f"{method}_{path}")
            listing = method == "get" and returns_list(op_id)  # only a GET's name depends on it
            resources, name = place(path, method, operation, len(operations), listing)
            summary = str(operation.get("summary") or "").strip()
            found.append(Placement(op_id, method, path, resources, name, summary))
    return found


def keep_previous_names(document: dict[str, Any], previous: Mapping[str, Any]) -> list[str]:
    """Pin, in ``document`` (in place), each operation that now holds the facade name another
    operation held in the ``previous`` spec to the name it would get as the later of the two
    (``resources.operationId``, with ``x-facade-name``), so that the operation that had the
    name keeps it; operations are matched by ``route_key``. Returns the pinned names."""
    rule = _by_rule(document, _lists_by_spec(document))
    if len({p.dotted for p in rule}) == len(rule):  # no two operations want one name: nothing to keep
        return []
    before = {route_key(method, path): dotted for (path, method), dotted in names_by_spec(previous).items()}
    placed = {(p.path, p.method): p for p in _resolved(rule)}
    holders = {p.dotted: p for p in placed.values()}
    pinned: list[str] = []
    for (path, method), placement in placed.items():
        lost = before.get(route_key(method, path))
        holder = holders.get(lost) if lost is not None and lost != placement.dotted else None
        if holder is None or before.get(route_key(holder.method, holder.path)) == lost:
            continue
        name = ".".join((*holder.resources, holder.operation_id))  # what ``placements`` gives a later one
        document["paths"][holder.path][holder.method]["x-facade-name"] = name
        pinned.append(name)
    return pinned


def _lists_by_spec(document: Mapping[str, Any]) -> Callable[[str], bool]:
    """``returns_list`` by the spec alone (``lists_by_spec``), by operationId."""
    by_id = {
        str(op.get("operationId") or f"{method}_{path}"): op
        for path, item in (document.get("paths") or {}).items()
        if isinstance(item, Mapping)
        for method in METHODS
        if isinstance(op := item.get(method), Mapping)
    }
    return lambda op_id: lists_by_spec(document, by_id[op_id])


def _placed_by_spec(document: Mapping[str, Any]) -> list[Placement]:
    return placements(document, _lists_by_spec(document))


def _resolve(document: Mapping[str, Any], schema: Any) -> Any:
    seen = 0
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str) and seen < 50:
        node: Any = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node.get(part) if isinstance(node, Mapping) else None
        schema, seen = node, seen + 1
    return schema


def _is_array(document: Mapping[str, Any], schema: Any) -> bool:
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        return True
    options = [
        s for s in schema.get("anyOf", schema.get("oneOf", [])) if _resolve(document, s) != {"type": "null"}
    ]
    return len(options) == 1 and _is_array(document, options[0])


def lists_by_spec(document: Mapping[str, Any], operation: Mapping[str, Any]) -> bool:
    """Whether a GET of a collection is ``list`` by the spec alone (what the facade reads from the
    generated code): it takes ``page_no`` and ``per_page``, or the ``data``/``result`` of its
    first 2xx JSON body is an array."""
    parameters = [_resolve(document, p) for p in operation.get("parameters") or []]
    names = {p.get("name") for p in parameters if isinstance(p, Mapping)}
    if {"page_no", "per_page"} <= names:
        return True
    responses = operation.get("responses") or {}
    for status in sorted(responses, key=lambda s: (not str(s).isdigit(), str(s))):
        if not str(status).startswith("2"):
            continue
        response = _resolve(document, responses[status])
        content = (response.get("content") if isinstance(response, Mapping) else None) or {}
        media = content.get("application/json") if isinstance(content, Mapping) else None
        body = _resolve(document, media.get("schema") if isinstance(media, Mapping) else None)
        if not isinstance(body, Mapping):
            return False
        properties = body.get("properties")
        if not isinstance(properties, Mapping):
            return False
        return any(_is_array(document, properties[key]) for key in ("data", "result") if key in properties)
    return False


def names_by_spec(document: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """``(path, method) -> facade name`` (``meetings.participants.create``) from the spec alone:
    what the change report compares."""
    return {(p.path, p.method): p.dotted for p in _placed_by_spec(document)}


# --- the public class names of the resources -------------------------------------------------

# Words whose singular is themselves (a trailing "s" that is no plural).
_INVARIANT = frozenset({"analytics", "news", "series", "species", "settings"})
FLAVOURS = ("", "Async")  # class-name prefixes; each also has its ``WithRawResponse`` twin


def singular(name: str) -> str:
    """The singular of a snake_case resource name, by its last word (``active_sessions`` ->
    ``active_session``, ``policies`` -> ``policy``, ``analytics`` stays)."""
    head, _, last = name.rpartition("_")
    if last in _INVARIANT or len(last) < 3 or not last.endswith("s") or last.endswith(("ss", "us")):
        word = last
    elif last.endswith("ies"):
        word = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        word = last[:-2]
    else:
        word = last[:-1]
    return f"{head}_{word}" if head else word


def pascal(name: str) -> str:
    """``active_session`` -> ``ActiveSession`` (a name starting with a digit keeps a leading ``_``)."""
    text = "".join(word[:1].upper() + word[1:] for word in name.split("_") if word)
    return f"_{text}" if text[:1].isdigit() else text


def base_name(path: tuple[str, ...]) -> str:
    """The stem of a resource's class names: the singular of each parent, then the resource
    itself (``("meetings", "participants")`` -> ``MeetingParticipants``)."""
    return "".join([*(pascal(singular(part)) for part in path[:-1]), pascal(path[-1])])


def flavoured(stem: str) -> tuple[str, str, str, str]:
    """The four classes of a resource: sync, async, and their ``with_raw_response`` twins."""
    return (
        f"{stem}Resource",
        f"Async{stem}Resource",
        f"{stem}ResourceWithRawResponse",
        f"Async{stem}ResourceWithRawResponse",
    )


def class_stems(paths: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """The stem of each resource path (``flavoured`` makes its class names), in the given order
    (the order the resources first appear in the spec). Two paths whose stems would give one
    class name (``meetings.participants`` and ``meeting.participants``; ``async_x`` and
    ``x``'s async class) cannot both keep theirs: the first keeps it and a later one takes its
    path's parts joined by ``_`` with a trailing ``_`` (``Meeting_Participants_``: a
    first-choice stem has no ``_`` inside), or, should that be taken too,
    plus a hash of the path, so adding a resource renames no class that exists."""
    taken: set[str] = set()
    stems: dict[tuple[str, ...], str] = {}
    for path in paths:
        if path in stems or not path:
            continue
        for stem in _candidates(path):
            names = set(flavoured(stem))
            if not names & taken:
                break
        else:  # pragma: no cover - the hash of the path is unique in practice
            raise ValueError(f"facade: no free class name for resource {'.'.join(path)}")
        taken |= names
        stems[path] = stem
    return stems


def _candidates(path: tuple[str, ...]) -> list[str]:
    digest = hashlib.sha256(".".join(path).encode()).hexdigest()[:8]
    joined = "_".join(pascal(part).lstrip("_") for part in path)
    return [base_name(path), f"{joined}_", f"{joined}_{digest}"]
