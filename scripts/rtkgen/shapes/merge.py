"""One schema from the docs' and the reference's, with the list of where they disagree.

The rule (the docs stay the source of truth):

- Where the docs leave a body open (an empty skeleton, or ``null`` for a value), the reference
  supplies it whole.
- Where the docs show a value, its type stands. When the reference gives the same type, the
  reference's schema is taken (it adds descriptions, formats, enums, nullability and the
  fields the API promises, none of which the docs can say). When the types differ, the docs'
  type is kept with the reference's description, and the difference is listed.
- Objects keep every field of both: a field only the docs show is kept as the docs show it, a
  field only the reference lists is added; both are listed as disagreements. The reference's
  ``required`` holds for the fields it names that the docs show too: a field the docs do not
  show (dropped, or renamed) is kept from the reference but no longer promised (optional).
- Arrays merge their items the same way.
- A reference ``$ref`` is followed; when the docs add nothing to it, the ``$ref`` is kept, so
  the operation shares the named model.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]
Resolver = Callable[[str], Schema]


@dataclass(frozen=True, order=True)
class Disagreement:
    """A field whose presence or type differs between the docs and the reference."""

    where: str  # "METHOD path status" or "METHOD path request"
    field: str  # "data.url", "data[].id"; "" for the body itself
    docs: str  # the docs' type, or "absent"
    reference: str  # the reference's type, or "absent"

    def __str__(self) -> str:
        field = self.field or "(body)"
        return f"{self.where} {field}: docs {self.docs}, reference {self.reference}"


def is_open(schema: Schema) -> bool:
    """Whether ``schema`` says nothing of its value (``{}``, maybe with a description)."""
    return not any(
        key in schema for key in ("type", "properties", "items", "anyOf", "oneOf", "allOf", "$ref")
    )


def kinds(schema: Schema) -> frozenset[str]:
    """The JSON types ``schema`` allows besides null (empty when it says nothing)."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind} - {"null"})
    if isinstance(kind, list):
        return frozenset(set(kind) - {"null"})
    if "anyOf" in schema:
        return frozenset().union(*(kinds(alt) for alt in schema["anyOf"]))
    if "properties" in schema:
        return frozenset({"object"})
    return frozenset()


def _kind_text(schema: Schema) -> str:
    """The types ``schema`` allows, as a disagreement names them (``integer|string``, or ``any``)."""
    return "|".join(sorted(kinds(schema))) or "any"


def merge(
    docs: Schema, reference: Schema, where: str, resolve: Resolver
) -> tuple[Schema, list[Disagreement]]:
    """The merged schema of one body, and the disagreements found in it (inputs unchanged)."""
    found: list[Disagreement] = []
    merged = _merge(docs, reference, "", where, resolve, found)
    return merged, found


def _merge(
    docs: Schema, reference: Schema, field: str, where: str, resolve: Resolver, found: list[Disagreement]
) -> Schema:
    if is_open(docs):
        return copy.deepcopy(reference)
    if "$ref" in reference:
        target = resolve(reference["$ref"])
        before = len(found)
        merged = _merge(docs, target, field, where, resolve, found)
        return copy.deepcopy(reference) if len(found) == before and merged == target else merged
    if kinds(docs) != kinds(reference):
        found.append(Disagreement(where, field, _kind_text(docs), _kind_text(reference)))
        kept = copy.deepcopy(docs)
        if "description" in reference:
            kept["description"] = reference["description"]
        return kept
    out = copy.deepcopy(reference)
    if "items" in docs and "items" in reference:
        out["items"] = _merge(docs["items"], reference["items"], f"{field}[]", where, resolve, found)
    if "properties" in docs:
        out["properties"] = _merge_properties(docs, reference, field, where, resolve, found)
        _promise_only_shown(out, docs)
    return out


def _promise_only_shown(merged: Schema, docs: Schema) -> None:
    """``merged``'s ``required`` (the reference's) without the fields the docs do not show."""
    required = merged.get("required")
    if not isinstance(required, list):
        return
    shown = docs.get("properties", {})
    kept = [name for name in required if name in shown]
    if kept:
        merged["required"] = kept
    else:
        del merged["required"]


def _merge_properties(
    docs: Schema, reference: Schema, field: str, where: str, resolve: Resolver, found: list[Disagreement]
) -> dict[str, Schema]:
    mine: dict[str, Schema] = docs.get("properties", {})
    theirs: dict[str, Schema] = reference.get("properties", {})
    merged: dict[str, Schema] = {}
    for name in [*theirs, *(name for name in mine if name not in theirs)]:
        path = f"{field}.{name}" if field else name
        if name not in theirs:
            found.append(Disagreement(where, path, _kind_text(mine[name]), "absent"))
            merged[name] = copy.deepcopy(mine[name])
        elif name not in mine:
            found.append(Disagreement(where, path, "absent", _kind_text(theirs[name])))
            merged[name] = copy.deepcopy(theirs[name])
        else:
            merged[name] = _merge(mine[name], theirs[name], path, where, resolve, found)
    return merged
