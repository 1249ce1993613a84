"""The change report on specs the converter does not write itself but an overlay, a shape or another
project may: ``$ref``'d parameters, bodies and responses, path-level parameters, operations
without an operationId, status keys that YAML read as numbers, several media types, recursive
and combined schemas. Also the CHANGES.md entry's placement and the settle step's file reading.

Survivors of ``make mutation`` in ``scripts/rtkgen/changes`` that a user of the report can see; all
through the public functions (``compare_documents``, ``prepend_entry``, ``settle_text``,
``load_spec``, ``settle_version``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rtkgen.changes.compare import Area, compare_documents
from rtkgen.changes.report import prepend_entry
from rtkgen.changes.schemas import MAX_DEPTH, TypeInfo, fields, type_info
from rtkgen.changes.settle import load_spec, settle_document, settle_text, settle_version
from rtkgen.converter.yaml_writer import to_yaml

B, N = True, False  # breaking, non-breaking
Schema = dict[str, Any]
S, INT = {"type": "string"}, {"type": "integer"}


def document(paths: Schema, **components: Schema) -> Schema:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": paths,
        "components": components,
    }


def ref(kind: str, name: str) -> Schema:
    return {"$ref": f"#/components/{kind}/{name}"}


def json_content(schema: Schema) -> Schema:
    return {"content": {"application/json": {"schema": schema}}}


def get(**operation: Any) -> Schema:
    return {"get": {"operationId": "get_thing", "responses": {"200": {"description": ""}}, **operation}}


def thing(**properties: Schema) -> Schema:
    return {"type": "object", "properties": properties}


def query(name: str, required: bool = False, schema: Schema | None = None) -> Schema:
    return {"name": name, "in": "query", "required": required, "schema": schema or S}


# (id, old spec, new spec, [(operation, breaking, description)])
CASES: list[tuple[str, Schema, Schema, list[tuple[str, bool, str]]]] = [
    (
        "a parameter behind a $ref becomes required",
        document({"/x": get(parameters=[ref("parameters", "Q")])}, parameters={"Q": query("q")}),
        document({"/x": get(parameters=[ref("parameters", "Q")])}, parameters={"Q": query("q", True)}),
        [("GET /x (get_thing)", B, "query parameter q became required")],
    ),
    (
        "a parameter's schema behind a $ref is retyped",
        document({"/x": get(parameters=[query("q", schema=ref("schemas", "Q"))])}, schemas={"Q": S}),
        document({"/x": get(parameters=[query("q", schema=ref("schemas", "Q"))])}, schemas={"Q": INT}),
        [("GET /x (get_thing)", B, "query parameter q retyped string -> integer")],
    ),
    (
        "a request body behind two $refs gains a field",
        document(
            {"/x": {"post": {"operationId": "make", "requestBody": ref("requestBodies", "B")}}},
            requestBodies={"B": json_content(ref("schemas", "T"))},
            schemas={"T": thing(a=S)},
        ),
        document(
            {"/x": {"post": {"operationId": "make", "requestBody": ref("requestBodies", "B")}}},
            requestBodies={"B": json_content(ref("schemas", "T"))},
            schemas={"T": thing(a=S, b=INT)},
        ),
        [("POST /x (make)", N, "request body field b added (optional, integer)")],
    ),
    (
        "a response behind two $refs loses a field",
        document(
            {"/x": get(responses={"200": ref("responses", "R")})},
            responses={"R": {"description": "", **json_content(ref("schemas", "T"))}},
            schemas={"T": thing(a=S, b=S)},
        ),
        document(
            {"/x": get(responses={"200": ref("responses", "R")})},
            responses={"R": {"description": "", **json_content(ref("schemas", "T"))}},
            schemas={"T": thing(a=S)},
        ),
        [("GET /x (get_thing)", B, "response 200 field b removed")],
    ),
    (
        "a path-level parameter becomes required",
        document({"/x": {"parameters": [query("q")], **get()}}),
        document({"/x": {"parameters": [query("q", True)], **get()}}),
        [("GET /x (get_thing)", B, "query parameter q became required")],
    ),
    (
        "a path item that is not a mapping is skipped, not the end",
        document({"/a": None, "/b": get()}),
        document({"/a": None, "/b": get(parameters=[query("q")])}),
        [("GET /b (get_thing)", N, "query parameter q added (optional, string)")],
    ),
    (
        "an operation without an operationId",
        document({}),
        document({"/x": {"get": {"responses": {}}}}),
        [("GET /x (?)", N, "operation added")],
    ),
    (
        "a parameter without a name",
        document({"/x": get(parameters=[{"in": "query", "schema": S}])}),
        document({"/x": get()}),
        [("GET /x (get_thing)", B, "query parameter ? removed")],
    ),
    (
        "a parameter without a place (`in`): reported, not a crash",
        document({"/x": get(parameters=[{"name": "q", "schema": S}])}),
        document({"/x": get()}),
        [("GET /x (get_thing)", B, "? parameter q removed")],
    ),
    (
        "another path shape with another operationId is another operation",
        document({"/a/{id}": get(operationId="a")}),
        document({"/b/{id}": get(operationId="b")}),
        [("GET /a/{id} (a)", B, "operation removed"), ("GET /b/{id} (b)", N, "operation added")],
    ),
    (
        "empty tag lists",
        document({"/x": get(tags=[], summary="old")}),
        document({"/x": get(tags=[], summary="new")}),
        [],
    ),
    (
        "status keys read as numbers",
        document({"/x": get(responses={200: {"description": ""}, "default": {"description": ""}})}),
        document({"/x": get(responses={200: {"description": ""}})}),
        [("GET /x (get_thing)", B, "response default removed")],
    ),
    (
        "a status key read as a number is the same status as the quoted one",
        document({"/x": get(responses={200: json_content(thing(a=S)), "default": {"description": ""}})}),
        document({"/x": get(responses={"200": json_content(thing(a=S)), "default": {"description": ""}})}),
        [],
    ),
    (
        "a status key read as a number is compared with the quoted one",
        document({"/x": get(responses={"200": json_content(thing(a=S))})}),
        document({"/x": get(responses={200: json_content(thing(a=INT))})}),
        [("GET /x (get_thing)", B, "response 200 field a retyped string -> integer")],
    ),
    (
        "two responses change",
        document({"/x": get(responses={"200": json_content(thing(a=S)), "404": json_content(thing(e=S))})}),
        document(
            {"/x": get(responses={"200": json_content(thing(a=INT)), "404": json_content(thing(e=INT))})}
        ),
        [
            ("GET /x (get_thing)", B, "response 200 field a retyped string -> integer"),
            ("GET /x (get_thing)", B, "response 404 field e retyped string -> integer"),
        ],
    ),
    (
        "a request body that may now be null is no break",
        document({"/x": {"post": {"operationId": "make", "requestBody": json_content({"type": "object"})}}}),
        document(
            {
                "/x": {
                    "post": {"operationId": "make", "requestBody": json_content({"type": ["object", "null"]})}
                }
            }
        ),
        [("POST /x (make)", N, "request body body became nullable")],
    ),
    (
        "two media types",
        document(
            {
                "/x": get(
                    responses={
                        "200": {
                            "content": {
                                "application/csv": {"schema": S},
                                "application/json": {"schema": thing(a=S)},
                            }
                        }
                    }
                )
            }
        ),
        document({"/x": get(responses={"200": {"content": {"application/json": {"schema": thing(a=INT)}}}})}),
        [
            ("GET /x (get_thing)", B, "response 200 (application/csv): application/csv body removed"),
            ("GET /x (get_thing)", B, "response 200 (application/json) field a retyped string -> integer"),
        ],
    ),
    (
        "an enum loses a value and becomes nullable",
        document(
            {"/x": get(responses={"200": json_content(thing(k={"type": "string", "enum": ["A", "B"]}))})}
        ),
        document(
            {
                "/x": get(
                    responses={
                        "200": json_content(thing(k={"type": ["string", "null"], "enum": ["A", None]}))
                    }
                )
            }
        ),
        [
            ("GET /x (get_thing)", B, "response 200 field k became nullable"),
            ("GET /x (get_thing)", B, 'response 200 field k enum value "B" removed'),
        ],
    ),
    (
        "a schema that is one of itself",
        document(
            {"/x": get(summary="old", responses={"200": json_content(ref("schemas", "N"))})},
            schemas={"N": {"anyOf": [ref("schemas", "N"), S]}},
        ),
        document(
            {"/x": get(summary="new", responses={"200": json_content(ref("schemas", "N"))})},
            schemas={"N": {"anyOf": [ref("schemas", "N"), S]}},
        ),
        [],
    ),
    (
        "an alternative behind a $ref is retyped",
        document(
            {"/x": get(responses={"200": json_content(thing(v={"anyOf": [ref("schemas", "V")]}))})},
            schemas={"V": S},
        ),
        document(
            {"/x": get(responses={"200": json_content(thing(v={"anyOf": [ref("schemas", "V")]}))})},
            schemas={"V": INT},
        ),
        [("GET /x (get_thing)", B, "response 200 field v retyped string -> integer")],
    ),
    (
        "a field of an allOf part behind a $ref is added",
        document(
            {"/x": get(responses={"200": json_content(thing(item={"allOf": [ref("schemas", "Base")]}))})},
            schemas={"Base": thing(a=S)},
        ),
        document(
            {"/x": get(responses={"200": json_content(thing(item={"allOf": [ref("schemas", "Base")]}))})},
            schemas={"Base": thing(a=S, b=S)},
        ),
        [("GET /x (get_thing)", N, "response 200 field item.b added (string)")],
    ),
]


# An operation unchanged in a document whose components changed: what its $refs reach is compared.
THING_REF = get(responses={"200": json_content(ref("schemas", "T"))})
WITH_COMPONENTS = document({"/x": THING_REF}, schemas={"T": thing(a=S)})
WITHOUT_COMPONENTS = {key: value for key, value in WITH_COMPONENTS.items() if key != "components"}
MODELS: list[tuple[str, Schema, Schema, list[tuple[str, bool, str]]]] = [
    (
        "the components are gone",
        WITH_COMPONENTS,
        WITHOUT_COMPONENTS,
        [
            ("GET /x (get_thing)", B, "response 200 body retyped object -> any"),
            ("GET /x (get_thing)", B, "response 200 field a removed"),
        ],
    ),
    (
        "the components are new",
        WITHOUT_COMPONENTS,
        WITH_COMPONENTS,
        [
            ("GET /x (get_thing)", B, "response 200 body retyped any -> object"),
            ("GET /x (get_thing)", N, "response 200 field a added (string)"),
        ],
    ),
    (
        "a model behind a $ref'd response is renamed",
        document(
            {"/x": get(responses={"200": ref("responses", "R")})},
            responses={"R": json_content(ref("schemas", "Thing"))},
            schemas={"Thing": thing(a=S)},
        ),
        document(
            {"/x": get(responses={"200": ref("responses", "R")})},
            responses={"R": json_content(ref("schemas", "Item"))},
            schemas={"Item": thing(a=S)},
        ),
        [("GET /x (get_thing)", B, "response 200 model renamed Thing -> Item")],
    ),
    (
        "a model in another file is renamed",
        document({"/x": get(responses={"200": json_content({"$ref": "Thing.yaml"})})}),
        document({"/x": get(responses={"200": json_content({"$ref": "Item.yaml"})})}),
        [("GET /x (get_thing)", B, "response 200 model renamed Thing.yaml -> Item.yaml")],
    ),
    (
        "an object behind an alternative gets the operation's name",
        document(
            {"/x": get(operationId="a", responses={"200": json_content({"anyOf": [ref("schemas", "O")]})})},
            schemas={"O": thing(a=S)},
        ),
        document(
            {"/x": get(operationId="b", responses={"200": json_content({"anyOf": [ref("schemas", "O")]})})},
            schemas={"O": thing(a=S)},
        ),
        [
            ("GET /x (b)", B, "function renamed a -> b"),
            ("GET /x (b)", B, "response 200 model renamed AResponse200 -> BResponse200"),
        ],
    ),
    (
        "without an operationId the inline model is just Body",
        document({"/x": {"post": {"requestBody": json_content(thing(a=S))}}}),
        document(
            {"/x": {"post": {"requestBody": json_content(ref("schemas", "T"))}}}, schemas={"T": thing(a=S)}
        ),
        [("POST /x (?)", B, "request body model renamed Body -> T")],
    ),
    (
        "status keys of both kinds, and a model renamed",
        document(
            {"/x": get(responses={200: json_content(ref("schemas", "A")), "default": {"description": ""}})},
            schemas={"A": thing(a=S)},
        ),
        document(
            {"/x": get(responses={200: json_content(ref("schemas", "B")), "default": {"description": ""}})},
            schemas={"B": thing(a=S)},
        ),
        [("GET /x (get_thing)", B, "response 200 model renamed A -> B")],
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"), [c[1:] for c in CASES + MODELS], ids=[c[0] for c in CASES + MODELS]
)
def test_change_of_a_spec_beyond_the_converters(
    old: Schema, new: Schema, expected: list[tuple[str, bool, str]]
) -> None:
    changes = compare_documents(old, new)
    assert [(c.operation, c.breaking, c.description) for c in changes] == expected


ENTRY = "## 1.1.0 (2026-12-03)\n\nFrom 1.0.0.\n\nno API changes\n"


@pytest.mark.parametrize(
    ("changelog", "expected"),
    [
        ("# Changes\n## 1.0.0 (d)\n", f"# Changes\n\n{ENTRY}\n## 1.0.0 (d)\n"),
        ("# Changes\n\n\n## 1.0.0 (d)\n", f"# Changes\n\n\n{ENTRY}\n## 1.0.0 (d)\n"),
        ("# Changes X\n## 1.0.0 (d)\n", f"# Changes X\n\n{ENTRY}\n## 1.0.0 (d)\n"),
        ("# Changes  \n## 1.0.0 (d)\n", f"# Changes  \n\n{ENTRY}\n## 1.0.0 (d)\n"),
        ("\n# Changes\n## 1.0.0 (d)\n", f"\n# Changes\n\n{ENTRY}\n## 1.0.0 (d)\n"),
    ],
    ids=[
        "one newline",
        "two blank lines kept",
        "a title ending with X",
        "trailing spaces",
        "a leading blank",
    ],
)
def test_a_new_entry_goes_after_the_header_with_one_blank_line(changelog: str, expected: str) -> None:
    assert prepend_entry(changelog, ENTRY) == expected


def test_a_new_spec_that_is_not_one_is_named_as_the_new_spec(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^the new spec: not an OpenAPI document \(no info object\)$"):
        settle_text(tmp_path / "previous.yaml", "just: text\n")


@pytest.mark.usefixtures("ascii_locale")
def test_specs_are_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    spec = document({"/x": get(summary="Fetch a café 🚀")})
    previous, staged = tmp_path / "openapi.yaml", tmp_path / "staged.yaml"
    previous.write_bytes(to_yaml(spec).encode())
    staged.write_bytes(to_yaml(spec).encode())
    assert load_spec(previous)["paths"]["/x"]["get"]["summary"] == "Fetch a café 🚀"
    assert settle_version(previous, staged).changes == ()


def nested(levels: int, wrap: Any) -> Schema:
    schema: Schema = S
    for _ in range(levels):
        schema = wrap(schema)
    return schema


def test_schemas_are_followed_down_to_max_depth_levels() -> None:
    """The guard against endless nesting: as deep as MAX_DEPTH, and no deeper."""
    assert type_info(nested(MAX_DEPTH, lambda s: {"anyOf": [s]}), {}) == TypeInfo(("string",), False)
    assert type_info(nested(MAX_DEPTH + 1, lambda s: {"anyOf": [s]}), {}) == TypeInfo(("any",), True)
    assert len(fields(nested(40, lambda s: {"type": "array", "items": s}), {})) == MAX_DEPTH + 1
    two_steps = nested(40, lambda s: {"allOf": [{"type": "array", "items": s}]})  # two levels each
    assert len(fields(two_steps, {})) == MAX_DEPTH // 2


def test_settle_document_bumps_the_version_of_the_document_it_is_given(tmp_path: Path) -> None:
    previous = tmp_path / "openapi.yaml"
    previous.write_text(to_yaml(document({"/x": get()})))
    new = document({"/x": get(parameters=[query("q")])})
    new["info"]["version"] = "0.1.0"  # the converter's version: settling replaces it
    settled, text = settle_document(previous, new)
    assert (settled.previous_version, settled.version) == ("1.0.0", "1.0.1")
    assert [c.description for c in settled.changes] == ["query parameter q added (optional, string)"]
    assert new["info"]["version"] == "1.0.1"
    assert text == to_yaml(new)


def test_settle_document_reads_the_previous_spec_once(tmp_path: Path) -> None:
    """Given the previous spec as the pipeline read it (``loaded``), the file is not read again:
    what it holds by then does not count."""
    previous = tmp_path / "openapi.yaml"
    previous.write_text(to_yaml(document({"/x": get()})))
    loaded = load_spec(previous)
    previous.write_text("openapi: [not, a, spec\n")  # unreadable, were it read again
    settled, _ = settle_document(previous, document({"/x": get(parameters=[query("q")])}), loaded)
    assert (settled.previous_version, settled.version) == ("1.0.0", "1.0.1")
    assert settled.previous == loaded


def test_settle_document_without_a_previous_spec_keeps_the_version(tmp_path: Path) -> None:
    new = document({"/x": get()})
    settled, text = settle_document(tmp_path / "missing.yaml", new)
    assert (settled.previous_version, settled.version, settled.changes) == (None, "1.0.0", ())
    assert text == to_yaml(new)


def test_settle_document_names_a_bad_new_spec(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^the new spec: not an OpenAPI document \(no info object\)$"):
        settle_document(tmp_path / "missing.yaml", {"paths": {}})


@pytest.mark.parametrize("place", ["?", "formData", "body"])
def test_a_parameter_in_a_place_the_spec_should_not_have_is_a_request_change(place: str) -> None:
    """A hand-edited previous spec may have a parameter without `in` (reported as `?`) or with a
    Swagger 2 place: the report lists it instead of failing."""
    parameter = {"name": "q"} | ({"in": place} if place != "?" else {})
    old = {"paths": {"/a": {"get": {"operationId": "a", "parameters": [parameter]}}}}
    new = {"paths": {"/a": {"get": {"operationId": "a"}}}}
    changes = compare_documents(old, new)
    assert [(c.description, c.area) for c in changes] == [(f"{place} parameter q removed", Area.REQUEST)]
