"""openapi.yaml declares exactly the query parameters and body fields of the reference page.

The reference page (``tests/data/reference/realtimekit-requests.md``, a copy of the
upstream reference) is parsed here on its own,
with a strict grammar (an unknown way of writing a type fails the test rather than being
skipped), and compared field by field with the committed ``openapi.yaml`` in both directions:
nothing of the page is missing from the spec, and the spec has no query parameter or body field
the page does not list. The overlay is not read: this checks the result, whatever produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from conftest import REFERENCE_DIR, ROOT, committed_spec, data_file
from rtkgen.converter.cli import convert_paths
from rtkgen.converter.openapi_builder import DocumentInfo
from rtkgen.core.openapi_common import load_yaml

REFERENCE = REFERENCE_DIR / "realtimekit-requests.md"

# Operations of the reference page that docs/realtimekit/ does not have: the overlay adds them
# whole, marked ``x-source: reference`` (docs/maintaining.md, "Overlays"). When the docs gain
# one, the overlay's ``x-add`` action fails the build; this list and docs/maintaining.md's change
# with it.
ABSENT_FROM_DOCS = {
    ("GET", "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise"),
    ("PUT", "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}"),
}

_HEADING = re.compile(r"^## (GET|POST|PUT|PATCH|DELETE) `(/[^`]+)`$")
_LINE = re.compile(r"^(Query|Body, required|Body, optional): (.+)$")
_FIELD = re.compile(
    r"^`(?P<name>[a-z_]+)` (?P<array>array of )?(?P<type>integer|number|string|boolean|object)(?P<tail>.*)$"
)
_SCALARS = {"integer", "number", "string", "boolean", "object"}


@dataclass(frozen=True)
class Field:
    """What the page says (or the spec declares) about one query parameter or body field."""

    type: str
    required: bool = False
    nullable: bool = False
    enum: tuple[str, ...] | None = None
    format: str | None = None
    items: str | None = None
    items_enum: tuple[str, ...] | None = None
    map_of: str | None = None


Operation = tuple[str, str]
Fields = dict[str, Field]


def _values(text: str) -> tuple[str, ...]:
    """The values of an enum, sorted: their order is no fact about the API."""
    return tuple(sorted(value.strip() for value in text.split(",")))


def parse_field(text: str, required: bool) -> tuple[str, Field]:
    """One ``\\`name\\` type ...`` item of the page."""
    match = _FIELD.match(text)
    assert match, f"unknown field syntax in the reference page: {text!r}"
    name, base, tail, array = match["name"], match["type"], match["tail"], bool(match["array"])
    if array:
        each = re.fullmatch(r", each one of (.+)", tail)
        assert tail == "" or each, f"unknown array syntax: {text!r}"
        return name, Field("array", required, items=base, items_enum=_values(each[1]) if each else None)
    if tail == "":
        return name, Field(base, required)
    if tail == " or null":
        return name, Field(base, required, nullable=True)
    if tail == " (date-time)" and base == "string":
        return name, Field(base, required, format="date-time")
    if tail == " (map of name to object)" and base == "object":
        return name, Field(base, required, map_of="object")
    one_of = re.fullmatch(r", one of (.+)", tail)
    assert one_of, f"unknown type syntax in the reference page: {text!r}"
    return name, Field(base, required, enum=_values(one_of[1]))


def parse_reference(text: str) -> tuple[dict[Operation, Fields], dict[Operation, Fields]]:
    """(query parameters, body fields) of every operation on the page."""
    queries: dict[Operation, Fields] = {}
    bodies: dict[Operation, Fields] = {}
    operation: Operation | None = None
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            operation = (heading[1], heading[2])
            assert operation not in queries, f"operation listed twice: {operation}"
            queries[operation], bodies[operation] = {}, {}
            continue
        item = _LINE.match(line)
        if not item or operation is None:
            continue
        table = queries if item[1] == "Query" else bodies
        for part in item[2].split("; "):
            name, fact = parse_field(part, required=item[1] == "Body, required")
            assert name not in table[operation], f"{operation}: {name} listed twice"
            table[operation][name] = fact
    return queries, bodies


def flat(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with named models followed: a ``$ref`` is its target, and ``anyOf`` of one
    schema and null that schema made nullable (how the shapes stage writes nullable models)."""
    if "$ref" in schema:
        return flat(spec, spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]])
    alternatives = schema.get("anyOf", [])
    others = [alt for alt in alternatives if alt != {"type": "null"}]
    if len(others) == 1 and len(alternatives) == 2:
        inner = dict(flat(spec, others[0]))
        kind = inner["type"]
        inner["type"] = [kind, "null"] if isinstance(kind, str) else [*kind, "null"]
        return inner
    out = dict(schema)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            out[key] = flat(spec, schema[key])
    return out


def spec_field(schema: dict[str, Any], required: bool) -> Field:
    """The same facts, read from a JSON Schema of the spec (named models followed by ``flat``)."""
    types = schema["type"]
    names: list[str] = types if isinstance(types, list) else [types]
    nullable = "null" in names
    (base,) = [t for t in names if t != "null"]
    items = schema.get("items", {})
    extra = schema.get("additionalProperties")
    enum = schema.get("enum")
    items_enum = items.get("enum")
    return Field(
        type=base,
        required=required,
        nullable=nullable,
        enum=tuple(sorted(enum)) if enum is not None else None,
        format=schema.get("format"),
        items=items.get("type") if base == "array" else None,
        items_enum=tuple(sorted(items_enum)) if items_enum is not None else None,
        map_of=extra.get("type") if isinstance(extra, dict) else None,
    )


def spec_tables(spec: dict[str, Any]) -> tuple[dict[Operation, Fields], dict[Operation, Fields]]:
    """(query parameters, body fields) of every operation of the spec that has any."""
    queries: dict[Operation, Fields] = {}
    bodies: dict[Operation, Fields] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            key = (method.upper(), path)
            params = [p for p in operation.get("parameters", []) if p["in"] == "query"]
            if params:
                queries[key] = {
                    p["name"]: spec_field(flat(spec, p["schema"]), p.get("required", False)) for p in params
                }
            schema = flat(
                spec,
                operation.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {}),
            )
            if schema.get("properties"):
                required = set(schema.get("required", []))
                bodies[key] = {
                    name: spec_field(flat(spec, prop), name in required)
                    for name, prop in schema["properties"].items()
                }
    return queries, bodies


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = committed_spec()
    return loaded


@pytest.fixture(scope="module")
def reference() -> tuple[dict[Operation, Fields], dict[Operation, Fields]]:
    return parse_reference(data_file(REFERENCE).read_text(encoding="utf-8"))


def test_the_page_parses_into_35_operations(
    reference: tuple[dict[Operation, Fields], dict[Operation, Fields]],
) -> None:
    queries, bodies = reference
    assert len(queries) == 35
    assert all(queries[op] or bodies[op] for op in queries)
    assert sum(len(q) for q in queries.values()) == 65
    assert sum(len(b) for b in bodies.values()) == 83


def test_every_operation_of_the_page_is_in_the_spec(
    spec: dict[str, Any], reference: tuple[dict[Operation, Fields], dict[Operation, Fields]]
) -> None:
    absent = {(m, p) for m, p in reference[0] if m.lower() not in spec["paths"].get(p, {})}
    assert absent == set()


def test_the_operations_the_docs_lack_are_marked_as_from_the_reference(spec: dict[str, Any]) -> None:
    """The spec says which operations come from the reference, not the docs (``x-source``), and
    those are exactly the page's operations that docs/realtimekit/ lacks."""
    marked = {
        (method.upper(), path): operation["x-source"]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if "x-source" in operation
    }
    assert marked == dict.fromkeys(ABSENT_FROM_DOCS, "reference")
    status, converted = convert_paths([ROOT / "docs" / "realtimekit"], DocumentInfo(title="t"))
    assert converted is not None, status
    documented = {(method.upper(), path) for path, item in converted["paths"].items() for method in item}
    assert ABSENT_FROM_DOCS.isdisjoint(documented)


def _present(table: dict[Operation, Fields], spec: dict[str, Any]) -> dict[Operation, Fields]:
    return {op: fields for op, fields in table.items() if fields}


def test_query_parameters_match_the_page_both_ways(
    spec: dict[str, Any], reference: tuple[dict[Operation, Fields], dict[Operation, Fields]]
) -> None:
    assert spec_tables(spec)[0] == _present(reference[0], spec)


def test_body_fields_match_the_page_both_ways(
    spec: dict[str, Any], reference: tuple[dict[Operation, Fields], dict[Operation, Fields]]
) -> None:
    assert spec_tables(spec)[1] == _present(reference[1], spec)


def test_a_body_is_required_exactly_when_a_field_is(
    spec: dict[str, Any], reference: tuple[dict[Operation, Fields], dict[Operation, Fields]]
) -> None:
    for (method, path), fields in _present(reference[1], spec).items():
        body = spec["paths"][path][method.lower()]["requestBody"]
        assert body.get("required", False) == any(f.required for f in fields.values()), (method, path)


def test_query_arrays_are_repeated_keys(spec: dict[str, Any]) -> None:
    arrays = [
        p
        for item in spec["paths"].values()
        for operation in item.values()
        for p in operation.get("parameters", [])
        if p["in"] == "query" and p["schema"].get("type") == "array"
    ]
    assert [p["name"] for p in arrays] == ["status"]
    assert all(p.get("style", "form") == "form" and p.get("explode", True) is True for p in arrays)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("`a` integer", Field("integer")),
        ("`a` string or null", Field("string", nullable=True)),
        ("`a` string (date-time)", Field("string", format="date-time")),
        ("`a` string, one of X, Y", Field("string", enum=("X", "Y"))),
        ("`a` array of string", Field("array", items="string")),
        ("`a` array of string, each one of r, p.q", Field("array", items="string", items_enum=("p.q", "r"))),
        ("`a` object (map of name to object)", Field("object", map_of="object")),
    ],
)
def test_the_page_grammar(text: str, expected: Field) -> None:
    assert parse_field(text, required=False) == ("a", expected)


@pytest.mark.parametrize("text", ["`a` int", "`a` string maybe", "`a` array of string, any of x", "a string"])
def test_an_unknown_page_syntax_fails_rather_than_being_skipped(text: str) -> None:
    with pytest.raises(AssertionError, match="unknown"):
        parse_field(text, required=False)


def test_the_spec_reader_sees_a_missing_field(
    spec: dict[str, Any], reference: tuple[dict[Operation, Fields], dict[Operation, Fields]]
) -> None:
    """The comparison can fail: drop preset_name from a copy of the spec and it differs."""
    key = "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants"
    body = load_yaml(yaml.safe_dump(spec))
    del flat(body, body["paths"][key]["post"]["requestBody"]["content"]["application/json"]["schema"])[
        "properties"
    ]["preset_name"]
    assert spec_tables(body)[1] != _present(reference[1], spec)
    assert spec_tables(spec)[1][("POST", key)]["preset_name"] == Field("string", required=True)
