"""One list of changes from the spec comparison (``compare``) and the Python one (``python_api``).

Each change a user's code can feel is listed once:

- Every line of the spec comparison stays: it says what changed on the wire, operation by
  operation. One is settled by the Python comparison: a path parameter renamed in the spec
  (``{webhook_id}`` -> ``{webhook-id}``) is not sent, so it is not breaking by itself; the line
  says whether the Python code is affected, and a renamed Python argument is its own line.
- A Python change is added when no line of the spec comparison already says it: one of the
  same operation and area (request, response, names) that is at least as breaking, or the
  operation's addition or removal. So a query parameter added (not breaking) that renames a
  Python argument (breaking) adds the rename; a new 404 with a body (not breaking) that changes
  the return type (breaking) adds the return type; a retyped parameter is one line. An
  operation whose responses the docs now list (they listed none) has its return types changed
  by that alone: its line says so, not breaking, and no Python response line is added.
- A model type renamed is added unless the spec comparison named that rename (body models); a
  model type removed or added is added unless its operation has a line (it came or went with
  it); a model field change is added unless a spec line names a field of that name (the spec
  lines say where the field is); a ``Literal`` value unless a spec line names the enum value.

Without the old client (no previous client, or a folder that is not one) the spec comparison
stands alone.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from rtkgen.changes.compare import Area, Change, Key, Subject, operation_label
from rtkgen.changes.python_api import PyChange

PACKAGE_LABEL = "models and package"  # the label of Python changes that are no one operation's


def merge_changes(
    spec: Sequence[Change],
    python: Sequence[PyChange] | None,
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
) -> list[Change]:
    """The spec changes and the Python changes as one list (see the module doc)."""
    if python is None:
        return list(spec)
    result = [_settled(change, python) for change in spec]
    by_key: dict[Key | None, list[Change]] = {}
    for change in spec:
        by_key.setdefault(change.key, []).append(change)
    fields = {_plain(c.field.rsplit(".", 1)[-1]) for c in spec if c.field}
    for found in python:
        if _said(found, by_key.get(found.key, []), fields, spec):
            continue
        label = PACKAGE_LABEL if found.key is None else _label(found.key, new_doc, old_doc)
        subjects = f" ({', '.join(found.subjects)})" if found.subjects else ""
        description = f"{found.description}{subjects}"
        result.append(
            Change(label, description, found.breaking, found.area, found.key, found.subject, found.names)
        )
    return result


def _label(key: Key, new_doc: Mapping[str, Any], old_doc: Mapping[str, Any]) -> str:
    label = operation_label(key, new_doc)
    return label if not label.endswith("(?)") else operation_label(key, old_doc)


def _settled(change: Change, python: Iterable[PyChange]) -> Change:
    """A path parameter renamed in the spec: not breaking; is the Python code affected?"""
    if change.area is not Area.PATH_NAME:
        return change
    argument = any(
        p.key == change.key and p.subject is Subject.ARGUMENT_RENAMED and p.breaking for p in python
    )
    effect = "the Python argument is renamed (below)" if argument else "Python code is unaffected"
    return replace(
        change, description=f"{change.description} in the spec (same URL; {effect})", breaking=False
    )


def _said(change: PyChange, spec: Sequence[Change], fields: set[str], every: Sequence[Change]) -> bool:
    """Whether a spec line already says ``change`` (see the module doc): ``spec`` are the lines
    of its operation, ``fields`` the body fields any line names (``_plain``), ``every`` all the
    lines. Read from the changes' areas, subjects and names, never from their words."""
    if any(c.area is Area.OPERATION for c in spec):
        return True
    if change.area is Area.RESPONSE and any(c.subject is Subject.RESPONSES_DOCUMENTED for c in spec):
        return True  # return types that come with responses now documented: a refinement
    if change.area is not Area.PACKAGE:
        areas = {change.area, Area.PATH_NAME} if not change.breaking else {change.area}
        return any(c.area in areas and c.breaking >= change.breaking for c in spec)
    if change.subject is Subject.MODEL_RENAMED:
        return any(c.subject is Subject.MODEL_RENAMED and c.names == change.names for c in every)
    if change.subject is Subject.MODEL:  # a model type came or went
        return change.key is not None and bool(spec)
    if change.subject is Subject.FIELD:
        return _plain(change.names[0]) in fields
    if change.subject in (Subject.VALUE_ADDED, Subject.VALUE_REMOVED):
        value = _value(change.names[0])
        return any(c.subject is change.subject and _value(c.names[0]) == value for c in every)
    return False


def _plain(name: str) -> str:
    """A field name as both sides write it: ``data[].targetUrl`` and ``target_url`` -> ``targeturl``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _value(literal: str) -> object:
    """An enum value as the spec (JSON: ``"a"``, ``1``, ``true``) or a ``Literal`` (``'a'``,
    ``1``, ``True``) writes it, as the value itself, so that both sides compare equal."""
    try:
        return json.loads(literal)
    except ValueError:
        pass
    try:
        value: object = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return literal
    return value
