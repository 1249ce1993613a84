"""What the facade's docstrings say of an operation, read from the spec (after overlays and
shapes): its summary and description, and the description of each argument (path and query
parameters, the request body's fields), ``$ref``s followed.

The spec names an argument as the API does (``customParticipantId``, ``page_no``); the generated
code names it in Python (``custom_participant_id``): :func:`describe` matches a Python name to
the spec's name that is the same once case and punctuation are left out.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

WIDTH = 92  # docstring text width (the method's body is indented by 8)


@dataclass(frozen=True)
class OperationDoc:
    """An operation's text: ``arguments`` maps a normalized spec name to its description."""

    summary: str = ""
    description: str = ""
    arguments: dict[str, str] = field(default_factory=dict)
    body: str = ""  # the request body's own description (an argument ``body`` that is no model)
    wire: dict[str, str] = field(default_factory=dict)  # normalized name -> the parameter's own name
    # The docstring text made of it, by argument list (``rendering``: the four flavours share it).
    cache: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)

    def describe(self, python_name: str) -> str:
        """The description of the argument ``python_name`` ("" when the spec has none)."""
        return self.arguments.get(normalized(python_name), "")

    def wire_name(self, python_name: str) -> str:
        """The name the API gives the parameter ``python_name`` (``livestream-session-id``)."""
        return self.wire.get(normalized(python_name), python_name)


def normalized(name: str) -> str:
    """A name without case or punctuation: how a Python name and the spec's name are matched."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    for _ in range(50):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part) if isinstance(target, Mapping) else None
        node = target
    return node


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _schema_description(document: Mapping[str, Any], schema: Any, depth: int = 0) -> str:
    """A schema's description: its own (beside a ``$ref`` too), else that of what it refers to,
    else that of the one option of a nullable ``anyOf``/``oneOf``. ``depth``: a ``$ref`` back to
    itself (directly or through the options) ends there, with no description."""
    if not isinstance(schema, Mapping) or depth > 20:
        return ""
    own = _text(schema.get("description"))
    if own:
        return own
    if "$ref" in schema:
        return _schema_description(document, _resolve(document, schema), depth + 1)
    for key in ("anyOf", "oneOf", "allOf"):
        options = [o for o in schema.get(key) or [] if _resolve(document, o) != {"type": "null"}]
        if len(options) == 1:
            return _schema_description(document, options[0], depth + 1)
    return ""


def _properties(document: Mapping[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """The properties of an object schema, ``allOf`` parts merged."""
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping) or depth > 20:
        return {}
    found: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        found.update(_properties(document, part, depth + 1))
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        found.update(properties)
    return found


def operation_doc(
    document: Mapping[str, Any], path_item: Mapping[str, Any], operation: Mapping[str, Any]
) -> OperationDoc:
    """The text of ``operation`` (of ``path_item``)."""
    arguments: dict[str, str] = {}
    wire: dict[str, str] = {}
    body = ""
    request = _resolve(document, operation.get("requestBody"))
    if isinstance(request, Mapping):
        content = request.get("content") or {}
        media = next(
            (
                content[k]
                for k in ("application/json", *content)
                if k in content and isinstance(content[k], Mapping)
            ),
            None,
        )
        schema = media.get("schema") if media is not None else None
        body = _text(request.get("description")) or _schema_description(document, schema)
        for name, prop in _properties(document, schema).items():
            text = _schema_description(document, prop)
            if text:
                arguments.setdefault(normalized(str(name)), text)
    # the operation's parameters override the path item's (same name and place)
    for parameter in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _resolve(document, parameter)
        if not isinstance(parameter, Mapping) or not isinstance(parameter.get("name"), str):
            continue
        wire[normalized(parameter["name"])] = parameter["name"]
        text = _text(parameter.get("description")) or _schema_description(document, parameter.get("schema"))
        if text:
            arguments[normalized(parameter["name"])] = text
    return OperationDoc(
        _text(operation.get("summary")), _text(operation.get("description")), arguments, body, wire
    )


def wrapped(text: str, indent: str = "", width: int = WIDTH) -> list[str]:
    """``text`` as docstring lines: each of its lines kept (lists, tables and paragraphs stay
    apart), a long one wrapped, continuation lines indented by ``indent`` more."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        if len(line) <= width:
            lines.append(line.rstrip())
            continue
        lines += textwrap.wrap(
            line,
            width,
            subsequent_indent=indent + " " * (len(line) - len(line.lstrip())),
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    return lines
