"""API changes between pairs of small doc sets: each kind a doc edit can make, and its class."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import doc_markdown, op_markdown
from rtkgen.changes.compare import compare_documents
from rtkgen.converter.convert import convert

B, N = True, False  # breaking, non-breaking


def response(status: str, skeleton: Any = None, description: str = "OK") -> str:
    """A response block; ``skeleton`` None gives an empty skeleton (JSON of unknown shape)."""
    note = '> Data is at `body["result"]`\n\n' if status.startswith("2") else ""
    body = "" if skeleton is None else json.dumps(skeleton, indent=2, sort_keys=True)
    return f"#### {status} {description}\n\n{note}```json\n{body}\n```\n"


def whole(fields: dict[str, Any]) -> dict[str, Any]:
    """A RealtimeKit-style whole 2xx body (``success`` at the top: no envelope is added)."""
    return {"success": "*boolean*", **fields}


def op(
    summary: str = "Get a thing",
    method: str = "GET",
    path: str = "/things/{thing_id}",
    responses: tuple[str, ...] = (),
) -> str:
    return op_markdown(
        summary=summary,
        method=method,
        path=path,
        responses="\n".join(responses or (response("200", whole({"name": "*string*"})),)),
    )


def spec(*files: str) -> dict[str, Any]:
    return convert([(f"file{i}.md", text.encode()) for i, text in enumerate(files)])


GET = "GET /things/{thing_id} (get_a_thing)"

CASES: list[tuple[str, list[str], list[str], list[tuple[bool, str, str]]]] = [
    ("no change", [doc_markdown(op())], [doc_markdown(op())], []),
    (
        "description edited is no API change",
        [doc_markdown(op_markdown(description="Old words."))],
        [doc_markdown(op_markdown(description="New words."))],
        [],
    ),
    (
        "operation added",
        [doc_markdown(op())],
        [doc_markdown(op(), op("List things", path="/things"))],
        [(N, "GET /things (list_things)", "operation added")],
    ),
    (
        "operation removed",
        [doc_markdown(op(), op("List things", path="/things"))],
        [doc_markdown(op())],
        [(B, "GET /things (list_things)", "operation removed")],
    ),
    (
        "function renamed (summary edited)",
        [doc_markdown(op())],
        [doc_markdown(op("Fetch a thing"))],
        [
            (B, "GET /things/{thing_id} (fetch_a_thing)", "function renamed get_a_thing -> fetch_a_thing"),
            (
                B,
                "GET /things/{thing_id} (fetch_a_thing)",
                "response 200 model renamed GetAThingResponse200 -> FetchAThingResponse200",
            ),
        ],
    ),
    (
        "tag changed (file title edited)",
        [doc_markdown(op(), tag="Things")],
        [doc_markdown(op(), tag="Items")],
        [(B, GET, "tag changed 'Things' -> 'Items' (the function's module moves)")],
    ),
    (
        "path parameter renamed: one line (the spec alone cannot tell the Python argument's fate)",
        [doc_markdown(op())],
        [doc_markdown(op(path="/things/{id}"))],
        [(B, "GET /things/{id} (get_a_thing)", "path parameter thing_id renamed id")],
    ),
    (
        "response field added",
        [doc_markdown(op())],
        [doc_markdown(op(responses=(response("200", whole({"name": "*string*", "age": "*integer*"})),)))],
        [(N, GET, "response 200 field age added (integer|null)")],
    ),
    (
        "response field removed",
        [doc_markdown(op(responses=(response("200", whole({"name": "*string*", "age": "*integer*"})),)))],
        [doc_markdown(op())],
        [(B, GET, "response 200 field age removed")],
    ),
    (
        "response field renamed",
        [doc_markdown(op())],
        [doc_markdown(op(responses=(response("200", whole({"title": "*string*"})),)))],
        [
            (B, GET, "response 200 field name removed"),
            (N, GET, "response 200 field title added (string|null)"),
        ],
    ),
    (
        "response field retyped",
        [doc_markdown(op())],
        [doc_markdown(op(responses=(response("200", whole({"name": "*integer*"})),)))],
        [(B, GET, "response 200 field name retyped string|null -> integer|null")],
    ),
    (
        "nested field retyped, with a dotted path",
        [doc_markdown(op(responses=(response("200", whole({"data": {"id": "*string*"}})),)))],
        [doc_markdown(op(responses=(response("200", whole({"data": {"id": "*number*"}})),)))],
        [(B, GET, "response 200 field data.id retyped string|null -> number|null")],
    ),
    (
        "field of array items renamed",
        [doc_markdown(op(responses=(response("200", whole({"data": [{"id": "*string*"}]})),)))],
        [doc_markdown(op(responses=(response("200", whole({"data": [{"uid": "*string*"}]})),)))],
        [
            (B, GET, "response 200 field data[].id removed"),
            (N, GET, "response 200 field data[].uid added (string|null)"),
        ],
    ),
    (
        "array items retyped",
        [doc_markdown(op(responses=(response("200", whole({"tags": ["*string*"]})),)))],
        [doc_markdown(op(responses=(response("200", whole({"tags": ["*integer*"]})),)))],
        [(B, GET, "response 200 field tags[] retyped string|null -> integer|null")],
    ),
    (
        "object became a list: the field is retyped, its inside moves",
        [doc_markdown(op(responses=(response("200", whole({"data": {"id": "*string*"}})),)))],
        [doc_markdown(op(responses=(response("200", whole({"data": [{"id": "*string*"}]})),)))],
        [
            (B, GET, "response 200 field data.id removed"),
            (N, GET, "response 200 field data[] added (object|null)"),
            (B, GET, "response 200 field data retyped object|null -> array|null"),
        ],
    ),
    (
        "a removed object is listed once, not with each of its fields",
        [
            doc_markdown(
                op(responses=(response("200", whole({"data": {"a": "*string*", "b": ["*string*"]}})),))
            )
        ],
        [doc_markdown(op(responses=(response("200", whole({})),)))],
        [(B, GET, "response 200 field data removed")],
    ),
    (
        "response status added",
        [doc_markdown(op())],
        [doc_markdown(op(responses=(response("200", whole({"name": "*string*"})), response("404"))))],
        [(N, GET, "response 404 added")],
    ),
    (
        "response status removed",
        [doc_markdown(op(responses=(response("200", whole({"name": "*string*"})), response("404"))))],
        [doc_markdown(op())],
        [(B, GET, "response 404 removed")],
    ),
    (
        "unknown shape became a typed body",
        [doc_markdown(op(responses=(response("200"),)))],
        [doc_markdown(op())],
        [
            (B, GET, "response 200 body retyped any -> object"),
            (N, GET, "response 200 field name added (string|null)"),
            (N, GET, "response 200 field success added (boolean|null)"),
            (B, GET, "response 200 is now the model GetAThingResponse200 (was the parsed JSON)"),
        ],
    ),
    (
        "a change in one file of several",
        [doc_markdown(op()), doc_markdown(op("Get a gadget", path="/gadgets/{id}"), tag="Gadgets")],
        [
            doc_markdown(op()),
            doc_markdown(op("Get a gadget", path="/gadgets/{id}", responses=(response("404"),))),
        ],
        [
            (
                B,
                "GET /gadgets/{id} (get_a_gadget)",
                "tag changed 'Gadgets' -> 'Things' (the function's module moves)",
            ),
            (B, "GET /gadgets/{id} (get_a_gadget)", "response 200 removed"),
            (N, "GET /gadgets/{id} (get_a_gadget)", "response 404 added"),
        ],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_doc_edit_gives_the_expected_changes(
    old: list[str], new: list[str], expected: list[tuple[bool, str, str]]
) -> None:
    changes = compare_documents(spec(*old), spec(*new))
    assert [(c.breaking, c.operation, c.description) for c in changes] == expected


def test_comparison_is_deterministic_and_empty_for_itself() -> None:
    document = spec(doc_markdown(op(), op("List things", path="/things")))
    assert compare_documents(document, document) == []
    other = spec(doc_markdown(op("Fetch a thing")))
    assert compare_documents(document, other) == compare_documents(document, other)
