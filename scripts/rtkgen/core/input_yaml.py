"""The project's hand-kept YAML inputs (overlays, shapes) read with the line of every value.

Both files end up in an OpenAPI document, which is JSON: so a file must hold JSON data only, and
anything else is an error at its line, before it can reach a later stage as a traceback:

- every mapping key is a string (``404:`` is the number 404: quote it, ``'404':``);
- no key twice in one mapping (PyYAML would keep the last one silently);
- scalars are strings, numbers, booleans or null (``2026-01-02`` unquoted is a date: quote it).

:func:`load` gives the data and :class:`Lines`, which finds the line of any place in it (a key's
line for a mapping entry, an item's for a list item; a place the file does not have gets the
line of its nearest ancestor that it has).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

Place = tuple[str | int, ...]
# (line or None, message) -> the exception the caller raises (it adds the file's name)
Report = Callable[[int | None, str], Exception]

_TAG = "tag:yaml.org,2002:"
_JSON_SCALARS = {f"{_TAG}{name}": name for name in ("str", "int", "float", "bool", "null")}
_KINDS = {"int": "a number", "float": "a number", "bool": "a boolean", "null": "null", "timestamp": "a date"}


@dataclass(frozen=True)
class Lines:
    """The 1-based line of each place of a loaded file (see the module docstring)."""

    of: Mapping[Place, int] = field(default_factory=dict)

    def line(self, *place: str | int) -> int | None:
        """The line of ``place`` (a path of keys and indexes), or of its nearest known ancestor."""
        steps: Place = tuple(place)
        while steps not in self.of and steps:
            steps = steps[:-1]
        return self.of.get(steps)


def load(text: str, report: Report) -> tuple[Any, Lines]:
    """The data of the YAML ``text`` and the line of each place; ``report`` makes the error to raise."""
    loader = yaml.SafeLoader(text)
    try:  # one parse: the node tree gives the lines, the same tree gives the data
        node = loader.get_single_node()
        data: Any = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise report(*yaml_problem(exc)) from exc
    finally:
        loader.dispose()
    lines: dict[Place, int] = {(): 1 if node is None else node.start_mark.line + 1}
    if node is not None:
        _walk(node, (), lines, report, set())
    return data, Lines(lines)


def yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, str]:
    """The line of a YAML error and a message that also says where the broken construct began."""
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    mark = problem_mark or context_mark
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    if context and context_mark is not None:
        problem = f"{context} (line {context_mark.line + 1}): {problem}"
    return line, f"not valid YAML: {problem}"


def _walk(node: yaml.Node, place: Place, lines: dict[Place, int], report: Report, seen: set[int]) -> None:
    """Record the line of each place under ``node`` and check it holds JSON data only."""
    if id(node) in seen:  # an alias of a node already walked (or of itself)
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key, value in node.value:
            line = key.start_mark.line + 1
            if key.tag == f"{_TAG}merge":  # ``<<: *anchor``: the anchor's keys, walked there
                _walk(value, place, lines, report, seen)
                continue
            if not isinstance(key, yaml.ScalarNode) or key.tag != f"{_TAG}str":
                raise report(line, _key_problem(key))
            if key.value in keys:
                raise report(line, f"duplicate key {key.value!r}")
            keys.add(key.value)
            lines.setdefault((*place, key.value), line)
            _walk(value, (*place, key.value), lines, report, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines.setdefault((*place, index), item.start_mark.line + 1)
            _walk(item, (*place, index), lines, report, seen)
    elif isinstance(node, yaml.ScalarNode) and node.tag not in _JSON_SCALARS:
        kind = _KINDS.get(node.tag.removeprefix(_TAG), f"a YAML {node.tag.removeprefix(_TAG)}")
        raise report(
            node.start_mark.line + 1, f"{node.value} is {kind}, which JSON has not: quote it ('{node.value}')"
        )


def _key_problem(key: yaml.Node) -> str:
    """Why a mapping key that is not a string is refused, and how to write it."""
    if isinstance(key, yaml.ScalarNode):
        kind = _KINDS.get(key.tag.removeprefix(_TAG), f"a YAML {key.tag.removeprefix(_TAG)}")
        return f"the key {key.value} is {kind}; keys are strings in OpenAPI: quote it ('{key.value}')"
    return "a key that is a list or a mapping; keys are strings in OpenAPI"


def kind(value: object) -> str:
    """How a JSON value is named in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string" if value.strip() else "an empty string"
    return "a number"


# The keywords of a schema (JSON Schema 2020-12 as OpenAPI 3.1 uses it, and OpenAPI's own): any
# other key of a schema is a typo (``tpye``) that validators let through, as JSON Schema ignores
# unknown keywords. ``x-`` extensions are allowed.
SCHEMA_KEYWORDS = frozenset(
    {
        "$ref", "$id", "$schema", "$anchor", "$dynamicRef", "$dynamicAnchor", "$defs", "$comment",
        "type", "enum", "const", "format", "title", "description", "default", "examples", "example",
        "deprecated", "readOnly", "writeOnly", "nullable",
        "properties", "patternProperties", "additionalProperties", "unevaluatedProperties",
        "propertyNames", "required", "dependentRequired", "dependentSchemas", "minProperties",
        "maxProperties", "items", "prefixItems", "contains", "minContains", "maxContains",
        "unevaluatedItems", "minItems", "maxItems", "uniqueItems",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "contentEncoding", "contentMediaType", "contentSchema",
        "discriminator", "xml", "externalDocs",
    }
)  # fmt: skip
_ONE_SCHEMA = ("additionalProperties", "unevaluatedProperties", "propertyNames", "items", "contains",
               "unevaluatedItems", "not", "if", "then", "else", "contentSchema")  # fmt: skip
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


def schema_problem(schema: object, place: Place = ()) -> tuple[Place, str] | None:
    """The first key of ``schema`` (or of a schema inside it) that is no schema keyword, with its
    place under ``schema``; None when every key is one."""
    if not isinstance(schema, Mapping):
        return None
    for key, value in schema.items():
        if not isinstance(key, str) or key.startswith("x-"):
            continue
        if key not in SCHEMA_KEYWORDS:
            return (*place, key), f"unknown schema keyword {key!r}"
        children: list[tuple[Place, object]] = []
        if key in _ONE_SCHEMA:
            children = [((*place, key), value)]
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            children = [((*place, key, index), item) for index, item in enumerate(value)]
        elif key in _SCHEMA_MAPS and isinstance(value, Mapping):
            children = [((*place, key, name), child) for name, child in value.items()]
        for child_place, child in children:
            found = schema_problem(child, child_place)
            if found is not None:
                return found
    return None


def schemas_problem(value: object, place: Place = ()) -> tuple[Place, str] | None:
    """:func:`schema_problem` for every ``schema`` key's value found anywhere in ``value`` (the
    parameters and bodies of an overlay's update)."""
    if isinstance(value, Mapping):
        for key, child in value.items():
            found = schema_problem(child, (*place, key)) if key == "schema" else None
            found = found or schemas_problem(child, (*place, key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = schemas_problem(item, (*place, index))
            if found is not None:
                return found
    return None
