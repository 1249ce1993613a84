"""The merge rule on a reference ``$ref`` (``rtkgen.shapes.merge``): kept when the docs add
nothing, and then a copy that shares nothing with the reference; the merged schema when the docs
add anything, even only an empty ``properties``."""

from __future__ import annotations

import copy
from typing import Any

from rtkgen.shapes.merge import merge

MODELS: dict[str, dict[str, Any]] = {
    "E": {"type": "object"},
    "T": {"type": "object", "properties": {"a": {"type": "string"}}},
}


def resolve(ref: str) -> dict[str, Any]:
    return copy.deepcopy(MODELS[ref.rsplit("/", 1)[-1]])


def test_a_kept_ref_shares_nothing_with_the_reference() -> None:
    reference = {"$ref": "#/components/schemas/T", "x-note": {"k": 1}}
    merged, found = merge(
        {"type": "object", "properties": {"a": {"type": "string"}}}, reference, "w", resolve
    )
    assert (merged, found) == (reference, [])
    merged["x-note"]["k"] = 2
    assert reference == {"$ref": "#/components/schemas/T", "x-note": {"k": 1}}


def test_docs_that_add_only_empty_properties_give_the_merged_schema() -> None:
    merged, found = merge(
        {"type": "object", "properties": {}}, {"$ref": "#/components/schemas/E"}, "w", resolve
    )
    assert (merged, found) == ({"type": "object", "properties": {}}, [])
