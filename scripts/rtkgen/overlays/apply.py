"""OpenAPI Overlay 1.0 documents: read them, check them, apply them to an OpenAPI document.

An overlay keeps hand-written knowledge (here: the query parameters and request bodies that the
markdown docs do not carry) outside the generated spec, so that it survives every conversion.
``make generate`` applies the overlays after converting the docs (see ``regenerate.py``).

Semantics (Overlay 1.0.0; where the specification leaves room, the choice is written here):

- Actions run in order; each one sees the result of the ones before it.
- ``target`` is an RFC 9535 JSONPath query (library ``jsonpath-rfc9535``), evaluated against the
  document as it is when the action runs. A node selected twice by one query is changed once.
- ``update`` on a selected **object** merges recursively: a key missing from the target is
  added; when both values are objects they are merged the same way; when both are arrays, the
  update's items are **appended** to the target's array (so ``parameters: [...]`` adds
  parameters next to the path parameters the converter made); any other value (scalars, null,
  an object replacing an array or the reverse) **replaces** the target's value. ``update`` on a
  selected **array** appends the update value as one entry. Any other selected node is an error.
- ``remove: true`` removes every selected node from its parent (array items from the highest
  index down, so indexes stay valid). Removing the document root is an error.
- An action must have exactly one of ``update`` and ``remove: true`` (an action doing nothing,
  or both at once, is a mistake in a hand-kept file, not something to ignore).
- ``x-add: true`` (an extension of this project) makes an ``update`` add only: every key of the
  update must be new to each selected object, which must be an object. This is how an overlay
  adds a whole operation the docs lack (``target: $.paths['/p']`` with ``update: {put: {...}}``,
  or ``target: $.paths`` with ``update: {'/p': {get: {...}}}``): once the docs document it, the
  action fails naming the key instead of merging the overlay's operation into the documented
  one (arrays appended, parameters twice).
- An action whose target matches nothing is an error naming the file, the action's index and
  line, and the target: a docs change that moves an operation must not silently drop the
  knowledge kept for it.
- An operation an ``update`` adds (a method new to a path item, or a path item new to
  ``paths``; whether the action selects the path item, ``paths`` or the document) must be whole
  where a mistake would surface far from its cause: an operationId no other operation has, and
  exactly the path parameters its path template names. Anything else
  wrong with the result is found by the OpenAPI validator after all overlays
  (``regenerate.py``), which names the action that last wrote the place it reports (``blame``).
- An action must not leave an operation (or a path item) with a parameter twice (one name and
  ``in``; the OpenAPI validator would say only "Duplicate parameter"), nor give an operation the
  ``x-facade-name`` (``rtkgen.facade.naming``) another operation was given: both are errors at the line
  of the parameter or of the ``x-facade-name`` key in the action, naming the operation (and, for
  a name, where the other operation got it).
- Paths match whatever their parameters are called (``apply_overlays``): a target or an added
  path spelled ``/webhooks/{webhook_id}`` applies to the docs' ``/webhooks/{webhook-id}``,
  which keeps the docs' spelling, so renaming a path parameter in the docs needs no edit here.
- Inputs are never modified: the result is a new document; values from the overlay are copied.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from rtkgen.core.input_yaml import Lines, load, schemas_problem
from rtkgen.core.openapi_common import HTTP_METHODS, path_shape

_VERSION = re.compile(r"1\.0\.\d+")
_TOP_LEVEL = {"overlay", "info", "extends", "actions"}
_ACTION_KEYS = {"target", "description", "update", "remove"}
_ADD = "x-add"  # an update that adds keys only (see the module docstring)
_TEMPLATE_PARAMETER = re.compile(r"\{([^}]*)\}")

Location = tuple[int | str, ...]


@dataclass(frozen=True)
class Write:
    """A place of the document an action wrote (a key it set or merged, an array it appended to)."""

    location: Location
    source: str
    line: int | None


class OverlayError(Exception):
    """A problem with an overlay file or with applying it; printed as ``FILE:LINE: message``."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Overlay:
    """A checked overlay document, where it came from, and the line of each of its actions."""

    document: dict[str, Any]
    source: str
    action_lines: tuple[int, ...]
    lines: Lines = field(default_factory=Lines)  # of every place of the file (``rtkgen.core.input_yaml``)


def read_overlay(path: Path) -> Overlay:
    """Read and check the overlay file ``path``; raises OverlayError naming the file and line."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OverlayError(source, None, f"cannot read the overlay: {exc}") from exc
    return parse_overlay(text, source)


def parse_overlay(text: str, source: str) -> Overlay:
    """Parse overlay YAML ``text`` (from ``source``) and check it is an Overlay 1.0 document of
    JSON data (``rtkgen.core.input_yaml``); every problem names the file and its line."""
    document, lines = load(text, lambda line, message: OverlayError(source, line, message))
    actions = document.get("actions") if isinstance(document, dict) else None
    count = len(actions) if isinstance(actions, list) else 0
    action_lines = tuple(lines.line("actions", index) or 1 for index in range(count))
    check_overlay(document, source, action_lines, lines)
    return Overlay(document=document, source=source, action_lines=action_lines, lines=lines)


def check_overlay(
    document: object, source: str, action_lines: tuple[int, ...] = (), lines: Lines | None = None
) -> None:
    """Raise OverlayError unless ``document`` has the shape of an Overlay 1.0 document; with the
    file's ``lines``, the error names the line of the key at fault (else of the action)."""

    def fail(message: str, index: int | None = None, *place: str | int) -> OverlayError:
        line = action_lines[index] if index is not None and index < len(action_lines) else None
        if lines is not None:
            line = lines.line(*(() if index is None else ("actions", index)), *place) or line
        return OverlayError(source, line, message)

    if not isinstance(document, dict):
        raise fail("not an Overlay 1.0 document: the file must hold a mapping with overlay, info, actions")
    version = document.get("overlay")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise fail(
            f"not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found {version!r}",
            None,
            "overlay",
        )
    unknown = sorted(str(k) for k in document if k not in _TOP_LEVEL and not str(k).startswith("x-"))
    if unknown:
        allowed = ", ".join(sorted(_TOP_LEVEL))
        message = f"unknown top-level key(s) {', '.join(unknown)} (allowed: {allowed}, x-*)"
        raise fail(message, None, unknown[0])
    info = document.get("info")
    if not isinstance(info, dict) or not all(isinstance(info.get(k), str) for k in ("title", "version")):
        raise fail("'info' must be a mapping with string 'title' and 'version'", None, "info")
    if "extends" in document and not isinstance(document["extends"], str):
        raise fail("'extends' must be a string", None, "extends")
    actions = document.get("actions")
    if not isinstance(actions, list) or not actions:
        raise fail("'actions' must be a non-empty list", None, "actions")
    for index, action in enumerate(actions):
        _check_action(action, index, fail)


def _check_action(action: object, index: int, fail: Callable[..., OverlayError]) -> None:
    """Check one action; ``fail(message, index, *key)`` builds the error to raise."""
    label = f"actions[{index}]"
    if not isinstance(action, dict):
        raise fail(f"{label} must be a mapping with 'target' and 'update' or 'remove'", index)
    unknown = sorted(str(k) for k in action if k not in _ACTION_KEYS and not str(k).startswith("x-"))
    if unknown:
        raise fail(f"{label} has unknown key(s) {', '.join(unknown)}", index, unknown[0])
    target = action.get("target")
    if not isinstance(target, str) or not target.strip():
        raise fail(f"{label} needs a 'target' (a JSONPath query string)", index, "target")
    try:
        jsonpath_rfc9535.compile(target)
    except jsonpath_rfc9535.JSONPathError as exc:
        message = f"{label} target {target!r} is not a valid JSONPath query: {exc}"
        raise fail(message, index, "target") from exc
    if "description" in action and not isinstance(action["description"], str):
        raise fail(f"{label} 'description' must be a string", index, "description")
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        raise fail(f"{label} 'remove' must be true or false", index, "remove")
    if remove and "update" in action:
        raise fail(f"{label} has both 'update' and 'remove: true'; keep one", index)
    if not remove and "update" not in action:
        raise fail(f"{label} does nothing: give it 'update' or 'remove: true'", index)
    _check_add(action, label, index, fail)
    found = schemas_problem(action.get("update"))
    if found is not None:
        place, problem = found
        raise fail(f"{label} update: {problem} (at {'.'.join(map(str, place))})", index, "update", *place)


def _check_add(
    action: dict[str, Any], label: str, index: int, fail: Callable[[str, int | None], OverlayError]
) -> None:
    """``x-add`` is true or false, and true only with an ``update`` that is a mapping."""
    add = action.get(_ADD, False)
    if not isinstance(add, bool):
        raise fail(f"{label} '{_ADD}' must be true or false", index)
    if add and not isinstance(action.get("update"), dict):
        raise fail(f"{label} has '{_ADD}: true', so 'update' must be a mapping of the keys it adds", index)


def apply_overlay(
    document: dict[str, Any],
    overlay: dict[str, Any],
    source: str,
    *,
    action_lines: tuple[int, ...] = (),
    trace: list[Write] | None = None,
    lines: Lines | None = None,
    names: FacadeNames | None = None,
) -> dict[str, Any]:
    """A copy of ``document`` with the actions of ``overlay`` (read from ``source``) applied.

    Raises OverlayError, naming ``source``, the action's index (and line, when
    ``action_lines`` gives it) and its target, when the overlay is malformed, a target matches
    nothing, an update does not fit the node it selects, an operation it adds is not whole, or
    it gives a parameter twice or a taken ``x-facade-name`` (at the line of the key in the
    file's ``lines`` when given; ``names`` holds the names earlier overlays gave).
    Each place an update writes is appended to ``trace`` when given (see ``blame``).
    """
    check_overlay(overlay, source, action_lines)
    result = copy.deepcopy(document)
    names = FacadeNames() if names is None else names
    for index, action in enumerate(overlay["actions"]):
        line = action_lines[index] if index < len(action_lines) else None
        target: str = action["target"]
        label = f"actions[{index}] (target {target})"
        nodes = _unique_nodes(jsonpath_rfc9535.find(target, result))
        if not nodes:
            raise OverlayError(
                source,
                line,
                f"{label} matches nothing in the document; the operation or field it changes has "
                "moved or gone: fix the target or remove the action",
            )
        if action.get("remove", False):
            _remove(result, [node.location for node in nodes], source, line, label)
            continue
        for node in nodes:
            update = action["update"]
            at = _Action(source, line, label, index, node.location, update, lines or Lines())
            _update_node(result, node, update, action.get(_ADD, False), at, names, trace)
    return result


def _update_node(
    result: dict[str, Any],
    node: jsonpath_rfc9535.JSONPathNode,
    update: Any,
    adds: bool,
    at: _Action,
    names: FacadeNames,
    trace: list[Write] | None,
) -> None:
    """Apply ``update``, of the action ``at``, to one node it selects in ``result`` (``adds``: the
    action's keys must be new), then check what it added: whole operations, no parameter twice,
    no taken facade name. Each place written is appended to ``trace`` when given."""
    source, line = at.source, at.line
    where = f"{at.label} at {node.path()}"
    if adds:
        _check_new(node.value, update, source, line, where)
    added = _added_operations(node.location, node.value, update)
    twice_before = _repeated_parameters(result, node.location)
    _update(node.value, update, source, line, where)
    for path, method in added:
        _check_operation(result, path, method, source, line, where)
    _check_parameters(result, twice_before, at)
    _check_facade_names(result, names, at)
    if trace is not None:
        keys = list(update) if isinstance(node.value, dict) and isinstance(update, dict) else [None]
        trace += [Write(_child(node.location, key), source, line) for key in keys]


def apply_overlays(
    document: dict[str, Any], overlays: list[Overlay], trace: list[Write] | None = None
) -> dict[str, Any]:
    """``document`` with every overlay applied in the order given (writes traced as in apply_overlay).

    Paths match whatever their parameters are called: while an overlay is applied, each path of
    the document that the overlay spells with other parameter names (``{webhook_id}`` where the
    docs now say ``{webhook-id}``) is spelled the overlay's way, then put back, so renaming a
    path parameter in the docs needs no edit of the overlays."""
    names = FacadeNames()  # one name given in two files is a clash too
    for overlay in overlays:
        renames = _respellings(document, spelled_paths(overlay.document))
        writes: list[Write] = []
        document = apply_overlay(
            _renamed(document, renames),
            overlay.document,
            overlay.source,
            action_lines=overlay.action_lines,
            trace=writes,
            lines=overlay.lines,
            names=names,
        )
        back = {spelled: path for path, spelled in renames.items()}
        document = _renamed(document, back)
        if trace is not None:
            trace += [_renamed_write(write, back) for write in writes]
    return document


# A path written in a target: ``$.paths['/a/{id}']`` (either quote).
_QUOTED_PATH = re.compile(r"""\[\s*(['"])(/.*?)\1\s*\]""")


def spelled_paths(overlay: Mapping[str, Any]) -> set[str]:
    """The paths ``overlay`` names: in its targets, and the keys its updates of ``$.paths`` add."""
    found: set[str] = set()
    for action in overlay.get("actions") or []:
        target = action.get("target") if isinstance(action, Mapping) else None
        if not isinstance(target, str):
            continue
        found.update(match.group(2) for match in _QUOTED_PATH.finditer(target))
        update = action.get("update")
        if target.replace(" ", "") in ("$.paths", "$['paths']") and isinstance(update, Mapping):
            found.update(str(key) for key in update)
    return found


def _respellings(document: Mapping[str, Any], spelled: set[str]) -> dict[str, str]:
    """Each path of ``document`` that ``spelled`` holds under other parameter names -> that
    spelling (only when it is the one such spelling, and no path of the document already)."""
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return {}
    by_shape: dict[str, set[str]] = {}
    for path in spelled:
        by_shape.setdefault(path_shape(path), set()).add(path)
    renames: dict[str, str] = {}
    for path in paths:
        options = by_shape.get(path_shape(str(path)), set())
        if path not in spelled and len(options) == 1 and (other := next(iter(options))) not in paths:
            renames[str(path)] = other
    return renames


def _renamed(document: dict[str, Any], renames: Mapping[str, str]) -> dict[str, Any]:
    """``document`` with the keys of ``paths`` renamed (order kept; the same object without any)."""
    if not renames:
        return document
    paths = {renames.get(path, path): item for path, item in document["paths"].items()}
    return {**document, "paths": paths}


def _renamed_write(write: Write, renames: Mapping[str, str]) -> Write:
    location = write.location
    if len(location) > 1 and location[0] == "paths" and location[1] in renames:
        location = ("paths", renames[str(location[1])], *location[2:])
    return Write(location, write.source, write.line)


# --- what an action may not do: a parameter twice, one facade name for two operations ---------

Operation = tuple[str, str]  # (path, method)


@dataclass
class FacadeNames:
    """Each ``x-facade-name`` the actions so far gave: the operation and ``FILE:LINE`` given at."""

    given: dict[str, tuple[Operation, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Action:
    """One action applied at one selected node: what a problem it makes is reported with."""

    source: str
    line: int | None
    label: str
    index: int
    location: Location
    update: object
    lines: Lines

    def line_of(self, *place: str | int) -> int | None:
        """The line of ``place`` of the document (at or under the node) in the action's update,
        else of the nearest part of it the update has, else the action's line."""
        relative = place[len(self.location) :]
        return self.lines.line("actions", self.index, "update", *relative) or self.line

    def error(self, place: Location, message: str) -> OverlayError:
        return OverlayError(self.source, self.line_of(*place), f"{self.label}: {message}")


def _operations_at(document: dict[str, Any], location: Location) -> list[Operation]:
    """The operations at or under ``location`` (a node an action selected), or the one it is in."""
    if location[:1] not in ((), ("paths",)):
        return []
    if len(location) < 2:
        return _operations(document)
    path = str(location[1])
    if len(location) == 2:
        return [(p, m) for p, m in _operations(document) if p == path]
    item = document["paths"].get(path)
    method = location[2]
    found = method in HTTP_METHODS and isinstance(item, dict) and isinstance(item.get(str(method)), dict)
    return [(path, str(method))] if found else []


def _parameter_lists(document: dict[str, Any], location: Location) -> list[tuple[Location, str, list[Any]]]:
    """(location, what it belongs to, list) of the ``parameters`` of each path item and operation
    at or under ``location`` (a node an action selected), or of the one it is in."""
    paths = document.get("paths")
    if location[:1] not in ((), ("paths",)) or not isinstance(paths, dict):
        return []
    if len(location) < 2:
        items = [str(path) for path in paths]
    else:
        items = [str(location[1])] if len(location) == 2 or location[2] == "parameters" else []
    found: list[tuple[Location, str, list[Any]]] = []
    for path in items:
        item = paths.get(path)
        if isinstance(item, dict) and isinstance(item.get("parameters"), list):
            found.append((("paths", path, "parameters"), f"the path item {path}", item["parameters"]))
    for path, method in _operations_at(document, location):
        parameters = paths[path][method].get("parameters")
        if isinstance(parameters, list):
            found.append((("paths", path, method, "parameters"), f"{method.upper()} {path}", parameters))
    return found


def _key(parameter: object) -> tuple[str, str] | None:
    """(name, in) of a parameter: what may be in one list once; None for a ``$ref`` or a malformed one."""
    if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
        return parameter["name"], str(parameter.get("in"))
    return None


def _repeated_parameters(document: dict[str, Any], location: Location) -> set[tuple[Location, str, str]]:
    """(list location, name, in) of each parameter given twice in a list at or under ``location``."""
    repeated: set[tuple[Location, str, str]] = set()
    for where, _, parameters in _parameter_lists(document, location):
        seen: set[tuple[str, str]] = set()
        for key in filter(None, map(_key, parameters)):
            if key in seen:
                repeated.add((where, *key))
            seen.add(key)
    return repeated


def _check_parameters(document: dict[str, Any], before: set[tuple[Location, str, str]], at: _Action) -> None:
    """No parameter list the action reached holds a parameter twice that it did not hold before."""
    new = _repeated_parameters(document, at.location) - before
    if not new:
        return
    where, name, kind = min(new)
    owner, parameters = next((o, ps) for w, o, ps in _parameter_lists(document, at.location) if w == where)
    last = max(i for i, parameter in enumerate(parameters) if _key(parameter) == (name, kind))
    raise at.error(
        _place_in_update(at, where, last, len(parameters)),
        f"gives {owner} the parameter {name!r} (in: {kind}) a second time; a parameter is "
        "given once (the OpenAPI validator would say only 'Duplicate parameter'): remove one",
    )


def _place_in_update(at: _Action, where: Location, last: int, count: int) -> Location:
    """The place, in the document, of the update's entry that became parameter ``last`` of the
    list at ``where`` (``count`` long): the update's own list appends at the end."""
    if at.location == where:  # the action selected the list itself: the update is the entry
        return where
    relative = where[len(at.location) :]
    added: Any = at.update
    for step in relative:
        added = added.get(step) if isinstance(added, dict) else None
    if isinstance(added, list) and count - len(added) <= last:
        return (*where, last - (count - len(added)))
    return where


def _facade_name(operation: object) -> str | None:
    """The ``x-facade-name`` of an operation, as the facade reads it (``rtkgen.facade.naming.place``)."""
    name = operation.get("x-facade-name") if isinstance(operation, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


def _check_facade_names(document: dict[str, Any], names: FacadeNames, at: _Action) -> None:
    """No operation the action reached has the ``x-facade-name`` of another operation."""
    for path, method in _operations_at(document, at.location):
        name = _facade_name(document["paths"][path][method])
        if name is None:
            continue
        place = ("paths", path, method, "x-facade-name")
        given = f"{at.source}:{at.line_of(*place)}"
        held = names.given.get(name)
        if held is not None and held[0] != (path, method):
            other_path, other_method = held[0]
            other = document["paths"].get(other_path)  # the operation that was given it, if still there
            if isinstance(other, dict) and _facade_name(other.get(other_method)) == name:
                raise at.error(
                    place,
                    f"gives {method.upper()} {path} the x-facade-name {name!r}, which "
                    f"{other_method.upper()} {other_path} was given at {held[1]}: two operations "
                    "cannot share a facade name: give one of them another",
                )
        names.given[name] = ((path, method), given) if held is None or held[0] != (path, method) else held


def blame(trace: list[Write], location: Location) -> Write | None:
    """The last write at ``location`` or above it: the action to name for a problem found there."""
    return next(
        (write for write in reversed(trace) if location[: len(write.location)] == write.location), None
    )


def _child(location: Location, key: object) -> Location:
    """``location`` and then ``key`` (None: the location itself)."""
    return location if key is None else (*location, str(key))


def _added_operations(location: Location, target: object, update: object) -> list[tuple[str, str]]:
    """(path, method) of each operation that ``update`` adds at the node at ``location``: a method
    new to its path item, whether the update is of the document, of ``paths`` or of a path item."""
    if not isinstance(target, dict) or not isinstance(update, dict):
        return []
    if location == ():
        return _added_operations(("paths",), target.get("paths", {}), update.get("paths"))
    if location == ("paths",):
        return [
            (str(path), method)
            for path, item in update.items()
            for method in _added_methods(target.get(path), item)
        ]
    if len(location) == 2 and location[0] == "paths":
        return [(str(location[1]), method) for method in _added_methods(target, update)]
    return []


def _added_methods(item: object, update: object) -> list[str]:
    """The methods the update ``update`` of a path item gives that ``item`` (as it was) has not."""
    if not isinstance(update, dict):
        return []
    had = item if isinstance(item, dict) else {}
    return [method for method in HTTP_METHODS if method in update and method not in had]


def _check_operation(
    document: dict[str, Any], path: str, method: str, source: str, line: int | None, label: str
) -> None:
    """An added operation has an operationId of its own and the path parameters its path names."""
    item = document["paths"][path]
    operation = item[method]
    added = f"{label}: adds {method.upper()} {path}"
    if not isinstance(operation, dict):
        raise OverlayError(
            source, line, f"{added}, which must be a mapping (an operation), not {_kind(operation)}"
        )
    operation_id = operation.get("operationId")
    if not isinstance(operation_id, str) or not operation_id.strip():
        message = f"{added} without an operationId (the converter's rule: its summary in snake_case)"
        raise OverlayError(source, line, message)
    for other_path, other_method in _operations(document):
        other = document["paths"][other_path][other_method]
        if (other_path, other_method) != (path, method) and other.get("operationId") == operation_id:
            message = (
                f"{added} with operationId {operation_id!r}, which {other_method.upper()} {other_path} has"
            )
            raise OverlayError(source, line, message)
    parameters = [*_as_list(item.get("parameters")), *_as_list(operation.get("parameters"))]
    declared = sorted(
        {str(p.get("name")) for p in parameters if isinstance(p, dict) and p.get("in") == "path"}
    )
    named = sorted(set(_TEMPLATE_PARAMETER.findall(path)))
    if declared != named:
        message = f"{added} declaring path parameters {declared}, where its path names {named}"
        raise OverlayError(source, line, message)


def _as_list(value: object) -> list[Any]:
    """``value`` if it is a list, else none (a malformed one is left to the OpenAPI validator)."""
    return value if isinstance(value, list) else []


def _operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, method) of every operation of ``document``."""
    paths = document.get("paths")
    return [
        (str(path), method)
        for path, item in (paths.items() if isinstance(paths, dict) else [])
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]


def _unique_nodes(nodes: jsonpath_rfc9535.JSONPathNodeList) -> list[jsonpath_rfc9535.JSONPathNode]:
    """The nodes in query order, each location once (``$['a','a']`` selects ``a`` twice)."""
    seen: set[tuple[int | str, ...]] = set()
    unique = []
    for node in nodes:
        if node.location not in seen:
            seen.add(node.location)
            unique.append(node)
    return unique


def _check_new(target: object, update: dict[str, Any], source: str, line: int | None, label: str) -> None:
    """With ``x-add``: ``target`` is an object that has none of the keys of ``update``."""
    if not isinstance(target, dict):
        message = f"{label}: selects {_kind(target)}; '{_ADD}: true' adds keys to objects only"
        raise OverlayError(source, line, message)
    present = [str(key) for key in update if key in target]
    if present:
        raise OverlayError(
            source,
            line,
            f"{label}: '{_ADD}: true' adds {', '.join(repr(key) for key in present)}, which the "
            "document already has (the docs have it now?): update what is there instead, or remove "
            "the action",
        )


def _update(target: object, update: object, source: str, line: int | None, label: str) -> None:
    """Apply ``update`` to the selected node ``target`` in place."""
    if isinstance(target, dict):
        if not isinstance(update, dict):
            message = f"{label}: selects an object, so 'update' must be a mapping, not {_kind(update)}"
            raise OverlayError(source, line, message)
        merge_into(target, update)
    elif isinstance(target, list):
        target.append(copy.deepcopy(update))
    else:
        raise OverlayError(
            source, line, f"{label}: selects {_kind(target)}; 'update' applies to objects and arrays only"
        )


def merge_into(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Merge ``update`` into ``target`` recursively: objects merge, arrays append, others replace."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merge_into(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def _remove(
    document: dict[str, Any],
    locations: list[tuple[int | str, ...]],
    source: str,
    line: int | None,
    label: str,
) -> None:
    """Remove the nodes at ``locations``: deepest and highest index first, so the rest stay valid."""
    if any(not location for location in locations):
        raise OverlayError(source, line, f"{label}: cannot remove the document root")
    for location in sorted(locations, key=_sort_key, reverse=True):
        parent: Any = document
        for step in location[:-1]:
            parent = parent[step]
        del parent[location[-1]]


def _sort_key(location: tuple[int | str, ...]) -> tuple[tuple[int, int, str], ...]:
    """Orders locations whose steps mix array indexes and object keys."""
    return tuple((0, step, "") if isinstance(step, int) else (1, 0, step) for step in location)


def _kind(value: object) -> str:
    """How a JSON value is named in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    return "a number"
