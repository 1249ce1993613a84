"""Records -> OpenAPI dict: parameters, statuses, bodies, security, ids, duplicates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import doc_markdown, older_op_markdown, op_markdown
from rtkgen.converter.openapi_builder import UNDOCUMENTED_DESCRIPTION
from rtkgen.converter.records import ConversionError
from rtkgen.core.openapi_common import UNDOCUMENTED
from rtkgen.core.spec_validation import validate

Convert = Callable[..., dict[str, Any]]


def test_document_frame(convert_text: Convert) -> None:
    doc = convert_text(doc_markdown(op_markdown()))
    validate(doc)
    assert doc["openapi"] == "3.1.0"
    assert doc["servers"] == [{"url": "https://api.cloudflare.com/client/v4"}]
    assert doc["components"]["securitySchemes"] == {"api_token": {"type": "http", "scheme": "bearer"}}
    assert doc["tags"] == [{"name": "Things"}]


def test_operation_fields(convert_text: Convert) -> None:
    text = doc_markdown(op_markdown(summary="Edit it", method="PATCH", path="/a/{b-c}/{dE}", description="D"))
    op = convert_text(text)["paths"]["/a/{b-c}/{dE}"]["patch"]
    assert (op["summary"], op["description"], op["tags"], op["operationId"]) == (
        "Edit it",
        "D",
        ["Things"],
        "edit_it",
    )
    assert op["parameters"] == [
        {"name": "b-c", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "dE", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    assert op["security"] == [{"api_token": []}]
    assert op["requestBody"] == {
        "required": False,
        "content": {"application/json": {"schema": {"type": "object"}}},
    }


@pytest.mark.parametrize(
    ("method", "has_body"),
    [("POST", True), ("PUT", True), ("PATCH", True), ("GET", False), ("DELETE", False)],
)
def test_request_body_only_for_post_put_patch(convert_text: Convert, method: str, has_body: bool) -> None:
    op = convert_text(doc_markdown(op_markdown(method=method, path="/x")))["paths"]["/x"][method.lower()]
    assert ("requestBody" in op) is has_body
    assert "parameters" not in op


def test_statuses_and_response_bodies(convert_text: Convert) -> None:
    responses = (
        '#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{"id": "*string*"}\n```\n\n'
        '#### 204 \n\n> Data is at `body["result"]`\n\n```json\n\n```\n\n'
        "#### 4xx Client error\n\n```json\n\n```\n\n"
        '#### 5XX \n\n```json\n{"success": "*boolean*"}\n```\n\n'
        "#### default Other\n\n```json\nnull\n```"
    )
    doc = convert_text(doc_markdown(op_markdown(path="/x", responses=responses)))
    validate(doc)
    got = doc["paths"]["/x"]["get"]["responses"]
    assert list(got) == ["200", "204", "4XX", "5XX", "default"]
    assert got["200"]["description"] == "OK"
    assert got["200"]["content"]["application/json"]["schema"]["properties"]["result"] == {
        "type": ["object", "null"],
        "properties": {"id": {"type": ["string", "null"]}},
    }
    assert got["204"] == {"description": ""}
    assert got["4XX"] == {"description": "Client error", "content": {"application/json": {"schema": {}}}}
    assert got["5XX"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {"success": {"type": ["boolean", "null"]}},
    }
    assert got["default"]["content"]["application/json"]["schema"] == {}


def test_operation_ids_are_unique_across_files(convert_text: Convert) -> None:
    doc = convert_text(
        doc_markdown(
            op_markdown(summary="Get thing", path="/a"), op_markdown(summary="Get-thing", path="/b"), tag="T1"
        ),
        doc_markdown(op_markdown(summary="get_thing", path="/c"), tag="T2"),
    )
    ids = [doc["paths"][p]["get"]["operationId"] for p in ("/a", "/b", "/c")]
    assert ids == ["get_thing", "get_thing_t1", "get_thing_t2"]


def test_same_method_and_path_twice_fails_naming_both_places(convert_text: Convert) -> None:
    with pytest.raises(ConversionError) as caught:
        convert_text(
            doc_markdown(op_markdown(path="/x")), doc_markdown(op_markdown(summary="Again", path="/x"))
        )
    (error,) = caught.value.errors
    assert str(error).startswith("file1.md:3: GET /x is documented twice (first at file0.md:3)")


def test_same_path_other_method_is_fine(convert_text: Convert) -> None:
    doc = convert_text(
        doc_markdown(op_markdown(method="PUT", path="/x"), op_markdown(method="GET", path="/x"))
    )
    assert list(doc["paths"]["/x"]) == ["put", "get"]


def test_a_parameter_named_twice_in_the_path_is_declared_once(convert_text: Convert) -> None:
    path = "/accounts/{account_id}/things/{thing_id}/accounts/{account_id}"
    doc = convert_text(doc_markdown(op_markdown(path=path)))
    validate(doc)
    parameters = doc["paths"][path]["get"]["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in parameters] == [
        ("account_id", "path", True),
        ("thing_id", "path", True),
    ]


def test_response_info_is_declared_once_when_an_envelope_uses_it(convert_text: Convert) -> None:
    whole = '#### 200 OK\n\n```json\n{"success": "*boolean*"}\n```'
    assert "schemas" not in convert_text(doc_markdown(op_markdown(responses=whole)))["components"]
    doc = convert_text(doc_markdown(op_markdown(), op_markdown(path="/b", responses=ok_envelope())))
    validate(doc)
    assert list(doc["components"]["schemas"]) == ["ResponseInfo"]
    envelope = doc["paths"]["/b"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/ResponseInfo"} in envelope["properties"]["messages"]["items"][
        "anyOf"
    ]


def ok_envelope() -> str:
    return '#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{"id": "*string*"}\n```'


def test_an_operation_without_responses_is_marked_undocumented(convert_text: Convert) -> None:
    """The older format (no '### Responses'): a `default` saying so and the extension; a file
    mixing both generations gives one valid document."""
    text = doc_markdown(op_markdown(path="/new"), older_op_markdown(method="POST", path="/old/{id}"))
    doc = convert_text(text)
    validate(doc)
    old, new = doc["paths"]["/old/{id}"]["post"], doc["paths"]["/new"]["get"]
    assert old["responses"] == {"default": {"description": UNDOCUMENTED_DESCRIPTION}}
    assert old[UNDOCUMENTED] is True
    assert old["requestBody"]["required"] is False  # the rest of the operation as in the current format
    assert list(new["responses"]) == ["200"] and UNDOCUMENTED not in new
