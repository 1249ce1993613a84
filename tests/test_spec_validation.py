"""rtkgen.core.spec_validation: openapi-spec-validator's checks, the same verdict and the same
error (class, message, path) on valid and broken documents of every OpenAPI version, without
crawling the meta-schema again at each ``$dynamicRef``."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from openapi_spec_validator import validate as library_validate
from referencing import Registry

from conftest import committed_spec
from rtkgen.core.spec_validation import validate

Document = dict[str, Any]
SPEC = committed_spec()


def small(version: str) -> Document:
    head = {"swagger": version} if version == "2.0" else {"openapi": version}
    return head | {"info": {"title": "t", "version": "1"}, "paths": {}}


def first_operation(document: Document) -> Document:
    item = next(iter(document["paths"].values()))
    return next(value for key, value in item.items() if key != "parameters")


def first_schema(document: Document) -> Document:
    version_2 = "swagger" in document
    schemas: Document = document["definitions"] if version_2 else document["components"]["schemas"]
    first: Document = schemas[next(iter(schemas))]
    return first


def content_not_an_object(document: Document) -> None:
    first_operation(document)["responses"] = {"200": {"description": "ok", "content": 5}}


def unknown_type(document: Document) -> None:
    first_schema(document)["type"] = "strng"


def title_not_a_string(document: Document) -> None:
    document["info"]["title"] = 1


def duplicate_operation_id(document: Document) -> None:
    items = iter(document["paths"].values())
    first, second = next(items), next(items)
    operation = next(value for key, value in second.items() if key != "parameters")
    operation["operationId"] = next(v for k, v in first.items() if k != "parameters")["operationId"]


def undeclared_path_parameter(document: Document) -> None:
    document["paths"]["/things/{thing_id}"] = {"get": {"responses": {"200": {"description": "ok"}}}}


def dangling_reference(document: Document) -> None:
    first_schema(document)["properties"] = {"x": {"$ref": "#/components/schemas/NoSuchModel"}}


def nested_property_type(document: Document) -> None:
    first_schema(document)["properties"] = {"x": {"type": "object", "properties": {"y": {"type": 5}}}}


def no_info(document: Document) -> None:
    del document["info"]


def example_of_the_wrong_type(document: Document) -> None:
    first_schema(document)["properties"] = {"x": {"type": "integer", "default": "text"}}


BREAKAGES: dict[str, Callable[[Document], None]] = {
    "content-not-an-object": content_not_an_object,
    "unknown-type": unknown_type,
    "title-not-a-string": title_not_a_string,
    "duplicate-operation-id": duplicate_operation_id,
    "undeclared-path-parameter": undeclared_path_parameter,
    "dangling-reference": dangling_reference,
    "nested-property-type": nested_property_type,
    "no-info": no_info,
    "default-of-the-wrong-type": example_of_the_wrong_type,
}


def with_schema(version: str) -> Document:
    """A small document of ``version`` with two operations and a model."""
    document = small(version)
    response: Document = {"description": "ok"}
    if version == "2.0":
        document["definitions"] = {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
        response["schema"] = {"$ref": "#/definitions/Thing"}
    else:
        document["components"] = {
            "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
        }
        response["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    document["paths"] = {
        "/a": {"get": {"operationId": "get_a", "responses": {"200": response}}},
        "/b": {"get": {"operationId": "get_b", "responses": {"200": {"description": "ok"}}}},
    }
    return document


VERSIONS = ("2.0", "3.0.3", "3.1.0", "3.2.0")


def outcome(check: Callable[[Document], None], document: Document) -> tuple[str, str, list[Any]] | None:
    """None when ``check`` passes ``document``, else the error's class, message and path."""
    try:
        check(document)
    except Exception as error:  # any error the library raises is compared
        message = str(getattr(error, "message", error))
        return type(error).__name__, message, list(getattr(error, "absolute_path", []))
    return None


@pytest.mark.parametrize("breakage", [None, *BREAKAGES])
@pytest.mark.parametrize("version", VERSIONS)
def test_the_verdict_and_the_error_are_the_librarys(version: str, breakage: str | None) -> None:
    document = with_schema(version)
    if breakage is not None:
        BREAKAGES[breakage](document)
    expected = outcome(library_validate, copy.deepcopy(document))
    assert outcome(validate, document) == expected
    assert (expected is None) == (breakage is None)  # each breakage breaks every version


def test_the_committed_spec_is_valid() -> None:
    validate(SPEC)


def test_the_meta_schema_is_not_crawled_again_at_each_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    document = with_schema("3.1.0")
    validate(document)  # the validator is built (its one crawl) on first use
    crawls: list[int] = []
    original = Registry.crawl

    def counted(registry: Registry[Any]) -> Registry[Any]:
        crawls.append(1)
        return original(registry)

    monkeypatch.setattr(Registry, "crawl", counted)
    validate(document)
    ours = len(crawls)
    library_validate(document)
    assert ours == 0 and len(crawls) > 0  # the library's own crawls at each $dynamicRef
