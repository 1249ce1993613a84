"""What a facade docstring says of an operation, read from the spec (``rtkgen.facade.docs``):
its summary and description, each argument's description (path and query parameters, the
body's fields, ``$ref``s, ``allOf`` parts and nullable options followed), the API's own name of
each parameter, and how long text is wrapped. Small specs in, exact texts out."""

from __future__ import annotations

from typing import Any

import pytest

from rtkgen.facade.docs import OperationDoc, normalized, operation_doc, wrapped

COMPONENTS: dict[str, Any] = {
    "schemas": {
        "Described": {"type": "string", "description": "From the schema."},
        "Alias": {"$ref": "#/components/schemas/Described"},
        "Null": {"type": "null"},
        "Base": {
            "type": "object",
            "properties": {"base_field": {"type": "string", "description": "A base field."}},
        },
        "Body": {
            "type": "object",
            "description": "The body schema.",
            "properties": {"title": {"type": "string", "description": "The title."}},
        },
        "Loop": {"$ref": "#/components/schemas/Loop"},
        "Deep": {"allOf": [{"$ref": "#/components/schemas/Deep"}]},
        "NullableDescribed": {
            "anyOf": [{"$ref": "#/components/schemas/Null"}, {"$ref": "#/components/schemas/Described"}]
        },
        "Tree": {"anyOf": [{"type": "null"}, {"$ref": "#/components/schemas/Tree"}]},
    },
    "parameters": {
        **{f"Chain{i}": {"$ref": f"#/components/parameters/Chain{i + 1}"} for i in range(1, 51)},
        "Chain51": {"name": "far", "in": "query", "description": "Far away."},
        "Id": {"name": "thing-id", "in": "path", "description": "The thing."},
        "IdAlias": {"$ref": "#/components/parameters/Id"},
    },
    "requestBodies": {
        "Body": {
            "description": "  A shared body.  ",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}},
        },
    },
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {},
    "components": COMPONENTS,
    "tags": [{"name": "t", "description": "A tag."}],  # a $ref into it meets a list
    "Xdefs": {"Id": {"name": "x-id", "description": "From X."}},  # a $ref strips only its "#/"
}


def _body(schema: Any, description: Any = None, media: str = "application/json") -> dict[str, Any]:
    body: dict[str, Any] = {"content": {media: {"schema": schema}}}
    if description is not None:
        body["description"] = description
    return body


def _fields(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def test_summary_and_description_are_stripped_text() -> None:
    doc = operation_doc(DOCUMENT, {}, {"summary": "  Get it \n", "description": "\n Long text. \n"})
    assert doc == OperationDoc("Get it", "Long text.", {}, "", {})
    doc = operation_doc(DOCUMENT, {}, {"summary": 3, "description": None})
    assert (doc.summary, doc.description) == ("", "")


FIELD_CASES: list[tuple[str, Any, dict[str, str]]] = [
    (
        "own description",
        _fields(title={"type": "string", "description": " The title. "}),
        {"title": "The title."},
    ),
    ("blank description", _fields(title={"type": "string", "description": "  "}), {}),
    ("not a string", _fields(title={"type": "string", "description": 5}), {}),
    ("no description", _fields(title={"type": "string"}), {}),
    ("a $ref's", _fields(title=_ref("schemas", "Described")), {"title": "From the schema."}),
    ("a $ref to a $ref", _fields(title=_ref("schemas", "Alias")), {"title": "From the schema."}),
    (
        "a $ref to nullable $refs",
        _fields(title=_ref("schemas", "NullableDescribed")),
        {"title": "From the schema."},
    ),
    (
        "its own beside a $ref",
        _fields(title={**_ref("schemas", "Described"), "description": "Mine."}),
        {"title": "Mine."},
    ),
    ("a broken $ref", _fields(title=_ref("schemas", "Gone")), {}),
    ("a $ref that loops (cycle)", _fields(title=_ref("schemas", "Loop")), {}),
    ("a $ref that is no text (cycle)", _fields(title={"$ref": 5}), {}),
    ("an anyOf back to itself (cycle)", _fields(title=_ref("schemas", "Tree")), {}),
    (
        "a nullable anyOf",
        _fields(title={"anyOf": [{"type": "null"}, _ref("schemas", "Described")]}),
        {"title": "From the schema."},
    ),
    (
        "a nullable oneOf",
        _fields(title={"oneOf": [_ref("schemas", "Described"), {"type": "null"}]}),
        {"title": "From the schema."},
    ),
    (
        "one allOf part",
        _fields(title={"allOf": [_ref("schemas", "Described")]}),
        {"title": "From the schema."},
    ),
    (
        "a $ref'd null option",
        _fields(title={"anyOf": [_ref("schemas", "Null"), _ref("schemas", "Described")]}),
        {"title": "From the schema."},
    ),
    (
        "two options",
        _fields(title={"anyOf": [_ref("schemas", "Described"), {"type": "string", "description": "B"}]}),
        {},
    ),
    (
        "anyOf none",
        _fields(title={"anyOf": None, "oneOf": [_ref("schemas", "Described")]}),
        {"title": "From the schema."},
    ),
    (
        "anyOf of two, then oneOf of one",
        _fields(title={"anyOf": [{}, {}], "oneOf": [_ref("schemas", "Described")]}),
        {"title": "From the schema."},
    ),
    ("a property that is no mapping", _fields(title="string"), {}),
    (
        "names normalized",
        _fields(**{"Custom-Participant_ID": {"description": "Who."}}),
        {"customparticipantid": "Who."},
    ),
    (
        "the first of one normalized name",
        _fields(**{"a_b": {"description": "1"}, "aB": {"description": "2"}}),
        {"ab": "1"},
    ),
    (
        "allOf parts merged",
        {"allOf": [_ref("schemas", "Base"), _fields(own={"description": "Own."})]},
        {"basefield": "A base field.", "own": "Own."},
    ),
    (
        "allOf and properties",
        {"allOf": [_ref("schemas", "Base")], "properties": {"base_field": {"description": "Over."}}},
        {"basefield": "Over."},
    ),
    ("allOf that loops (cycle)", _ref("schemas", "Deep"), {}),
    ("the body by $ref", _ref("schemas", "Body"), {"title": "The title."}),
    ("properties not a mapping", {"type": "object", "properties": ["title"]}, {}),
    ("the schema not a mapping", ["title"], {}),
    ("allOf null", {"allOf": None, "properties": {"x": {"description": "X."}}}, {"x": "X."}),
]


@pytest.mark.parametrize(
    ("schema", "expected"), [c[1:] for c in FIELD_CASES], ids=[c[0] for c in FIELD_CASES]
)
def test_the_body_fields_descriptions(schema: Any, expected: dict[str, str]) -> None:
    doc = operation_doc(DOCUMENT, {}, {"requestBody": _body(schema)})
    assert doc.arguments == expected
    assert doc.wire == {}


def _wrapped_in(levels: int) -> dict[str, Any]:
    """A description inside ``levels`` single-option ``anyOf``s."""
    schema: dict[str, Any] = {"description": "Deep."}
    for _ in range(levels):
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


@pytest.mark.parametrize(("levels", "expected"), [(0, "Deep."), (1, "Deep."), (20, "Deep."), (21, "")])
def test_a_description_is_looked_for_20_options_deep(levels: int, expected: str) -> None:
    """Options inside options are followed, as far as 20 (a schema that loops ends there)."""
    doc = operation_doc(DOCUMENT, {}, {"requestBody": _body(_fields(x=_wrapped_in(levels)))})
    assert doc.arguments == ({"x": expected} if expected else {})


def _options_of_refs(levels: int) -> dict[str, Any]:
    """A document whose schema ``S0`` is "``S1`` or null", ``S1`` is "``S2`` or null", ... and
    ``S{levels}`` has a description (a ``$ref`` to a ``$ref`` is resolved at once; one to a
    schema of options is a step of its own)."""
    schemas: dict[str, Any] = {
        f"S{i}": {"anyOf": [_ref("schemas", f"S{i + 1}"), {"type": "null"}]} for i in range(levels)
    }
    schemas[f"S{levels}"] = {"description": "Deep."}
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


@pytest.mark.parametrize(("levels", "expected"), [(1, "Deep."), (9, "Deep."), (10, "")])
def test_a_description_is_looked_for_through_refs_and_options_20_steps_deep(
    levels: int, expected: str
) -> None:
    """The field's ``$ref`` is a step, then each level two (its option, the option's ``$ref``):
    ``S9`` is 19 steps away, ``S10`` 21, past the 20 after which the search ends."""
    body = _body(_fields(x=_ref("schemas", "S0")))
    doc = operation_doc(_options_of_refs(levels), {}, {"requestBody": body})
    assert doc.arguments == ({"x": expected} if expected else {})


BODY_CASES: list[tuple[str, Any, str, dict[str, str]]] = [
    (
        "the request's description",
        _body(_ref("schemas", "Body"), " Sent. "),
        "Sent.",
        {"title": "The title."},
    ),
    ("else the schema's", _body(_ref("schemas", "Body")), "The body schema.", {"title": "The title."}),
    (
        "a blank description: the schema's",
        _body(_ref("schemas", "Body"), "  "),
        "The body schema.",
        {"title": "The title."},
    ),
    ("the request body by $ref", _ref("requestBodies", "Body"), "A shared body.", {"title": "The title."}),
    ("a broken request body $ref", _ref("requestBodies", "Gone"), "", {}),
    (
        "JSON first",
        {
            "content": {
                "text/plain": {"schema": {"description": "Text."}},
                "application/json": {"schema": {"description": "JSON."}},
            }
        },
        "JSON.",
        {},
    ),
    (
        "else the first media",
        {
            "content": {
                "text/plain": {"schema": {"description": "Text."}},
                "image/png": {"schema": {"description": "Png."}},
            }
        },
        "Text.",
        {},
    ),
    (
        "a media that is no mapping is skipped",
        {"content": {"application/json": "x", "text/plain": {"schema": {"description": "Text."}}}},
        "Text.",
        {},
    ),
    ("no media", {"content": {"application/json": "x"}, "description": "Bare."}, "Bare.", {}),
    ("no content", {"description": "Bare."}, "Bare.", {}),
    ("content null", {"content": None}, "", {}),
    ("a media without schema", {"content": {"application/json": {}}}, "", {}),
    ("no request body", None, "", {}),
    ("a request body that is no mapping", "body", "", {}),
]


@pytest.mark.parametrize(
    ("request_body", "body", "fields"), [c[1:] for c in BODY_CASES], ids=[c[0] for c in BODY_CASES]
)
def test_the_request_bodys_own_description(request_body: Any, body: str, fields: dict[str, str]) -> None:
    doc = operation_doc(DOCUMENT, {}, {"requestBody": request_body})
    assert (doc.body, doc.arguments) == (body, fields)


PARAMETER_CASES: list[tuple[str, list[Any], list[Any], dict[str, str], dict[str, str]]] = [
    (
        "own description, stripped",
        [],
        [{"name": "page_no", "in": "query", "description": " The page. "}],
        {"pageno": "The page."},
        {"pageno": "page_no"},
    ),
    ("the schema's", [], [{"name": "q", "schema": {"description": "Query."}}], {"q": "Query."}, {"q": "q"}),
    (
        "the schema's $ref",
        [],
        [{"name": "q", "schema": _ref("schemas", "Described")}],
        {"q": "From the schema."},
        {"q": "q"},
    ),
    (
        "own over the schema's",
        [],
        [{"name": "q", "description": "Own.", "schema": {"description": "S."}}],
        {"q": "Own."},
        {"q": "q"},
    ),
    ("none", [], [{"name": "q", "schema": {"type": "string"}}], {}, {"q": "q"}),
    ("by $ref", [], [_ref("parameters", "Id")], {"thingid": "The thing."}, {"thingid": "thing-id"}),
    (
        "by a $ref to a $ref",
        [],
        [_ref("parameters", "IdAlias")],
        {"thingid": "The thing."},
        {"thingid": "thing-id"},
    ),
    ("a broken $ref", [], [_ref("parameters", "Gone")], {}, {}),
    ("50 $refs in a row", [], [_ref("parameters", "Chain2")], {"far": "Far away."}, {"far": "far"}),
    ("51 $refs in a row", [], [_ref("parameters", "Chain1")], {}, {}),
    ("a $ref into a list", [], [{"$ref": "#/tags/0"}], {}, {}),
    ("a $ref to a key starting with X", [], [{"$ref": "#/Xdefs/Id"}], {"xid": "From X."}, {"xid": "x-id"}),
    ("no name", [], [{"in": "query", "description": "D."}, {"name": 3, "description": "D."}], {}, {}),
    ("not a mapping", [], ["q"], {}, {}),
    ("one not a mapping, then one", [], ["q", {"name": "r", "description": "R."}], {"r": "R."}, {"r": "r"}),
    ("the path item's", [{"name": "id", "description": "Item's."}], [], {"id": "Item's."}, {"id": "id"}),
    (
        "the operation's over the path item's",
        [{"name": "id", "description": "Item's."}],
        [{"name": "id", "description": "Operation's."}],
        {"id": "Operation's."},
        {"id": "id"},
    ),
    (
        "an undescribed operation's keeps the path item's text",
        [{"name": "id", "description": "Item's."}],
        [{"name": "ID"}],
        {"id": "Item's."},
        {"id": "ID"},
    ),
]


@pytest.mark.parametrize(
    ("item_parameters", "parameters", "arguments", "wire"),
    [c[1:] for c in PARAMETER_CASES],
    ids=[c[0] for c in PARAMETER_CASES],
)
def test_the_parameters_descriptions_and_wire_names(
    item_parameters: list[Any], parameters: list[Any], arguments: dict[str, str], wire: dict[str, str]
) -> None:
    doc = operation_doc(DOCUMENT, {"parameters": item_parameters}, {"parameters": parameters})
    assert (doc.arguments, doc.wire) == (arguments, wire)


def test_a_parameter_describes_over_a_body_field_of_the_same_name() -> None:
    operation = {
        "requestBody": _body(_fields(id={"description": "Field."}, title={"description": "Title."})),
        "parameters": [{"name": "id", "description": "Parameter."}, {"name": "title"}],
    }
    doc = operation_doc(DOCUMENT, {"parameters": None}, operation)
    assert doc.arguments == {"id": "Parameter.", "title": "Title."}
    assert doc.describe("ID") == "Parameter."
    assert doc.describe("title") == "Title."
    assert doc.describe("other") == ""


@pytest.mark.parametrize(
    ("python_name", "expected"),
    [
        ("livestream_session_id", "livestream-session-id"),
        ("LivestreamSessionId", "livestream-session-id"),
        ("other", "other"),
    ],
)
def test_the_apis_name_of_a_parameter(python_name: str, expected: str) -> None:
    doc = operation_doc(DOCUMENT, {}, {"parameters": [{"name": "livestream-session-id", "in": "path"}]})
    assert doc.wire_name(python_name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("customParticipantId", "customparticipantid"), ("page_no", "pageno"), ("X-Y.Z 9", "xyz9"), ("ÄB", "b")],
)
def test_names_are_matched_without_case_or_punctuation(name: str, expected: str) -> None:
    assert normalized(name) == expected


WORDS = "word " * 30  # 150 characters


@pytest.mark.parametrize(
    ("text", "indent", "width", "expected"),
    [
        ("  one line  ", "", 92, ["one line"]),
        ("a\n\nb  \n", "", 92, ["a", "", "b"]),
        ("- a\n- b", "", 92, ["- a", "- b"]),
        ("x" * 92, "", 92, ["x" * 92]),  # at the width: kept
        ("a\tb", "", 3, ["a\tb"]),  # at the width: kept as it is (a wrap would expand the tab)
        ("a\tbc", "", 3, ["a", "bc"]),
        ("a\n  b  \n", "", 92, ["a", "  b"]),  # a short line keeps its indent, not its trailing spaces
        ("aaa bbb ccc", "", 7, ["aaa bbb", "ccc"]),
        ("aaa bbb ccc", "  ", 7, ["aaa bbb", "  ccc"]),
        ("a\n   aaa bbb ccc", "", 9, ["a", "   aaa", "   bbb", "   ccc"]),  # a list item's indent kept
        ("a\n  aaa bbb ccc", "+", 9, ["a", "  aaa bbb", "+  ccc"]),
        ("aaaaaaaaaa bb", "", 5, ["aaaaaaaaaa", "bb"]),  # a long word is not broken
        ("aa-bb-cc dd", "", 5, ["aa-bb-cc", "dd"]),  # nor at its hyphens
        ("a\n" + " " * 10 + "\nb", "", 5, ["a", "", "b"]),  # a long blank line stays a blank line
        ("a\n" + " " * 10 + "\nb", "", 20, ["a", "", "b"]),
        (WORDS, "", 92, ["word " * 17 + "word", "word " * 11 + "word"]),
    ],
)
def test_wrapped_text(text: str, indent: str, width: int, expected: list[str]) -> None:
    assert wrapped(text, indent, width) == expected


def test_wrapped_defaults_to_92_columns_and_no_indent() -> None:
    assert wrapped(WORDS) == wrapped(WORDS, "", 92)
    assert all(len(line) <= 92 for line in wrapped(WORDS))
    assert wrapped("aaa " * 30)[1].startswith("aaa")


def _all_of(levels: int) -> dict[str, Any]:
    """A property ``x`` inside ``levels`` nested ``allOf``s."""
    schema: dict[str, Any] = _fields(x={"description": "Deep."})
    for _ in range(levels):
        schema = {"allOf": [schema]}
    return schema


@pytest.mark.parametrize(("levels", "expected"), [(1, {"x": "Deep."}), (20, {"x": "Deep."}), (21, {})])
def test_allof_parts_are_merged_20_deep(levels: int, expected: dict[str, str]) -> None:
    assert operation_doc(DOCUMENT, {}, {"requestBody": _body(_all_of(levels))}).arguments == expected
