"""Records into an OpenAPI 3.1 document (a plain dict, ready for YAML)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rtkgen.converter.naming import base_name, unique_names
from rtkgen.converter.records import ConversionError, DocError, DocFile, Operation, Response
from rtkgen.converter.skeletons import RESPONSE_INFO, body_schema, is_enveloped, response_info_schema
from rtkgen.core.openapi_common import UNDOCUMENTED, route_key

OPENAPI_VERSION = "3.1.0"
SERVER_URL = "https://api.cloudflare.com/client/v4"
SECURITY_SCHEME = "api_token"
METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
NO_CONTENT_STATUSES = frozenset({"204", "205", "304"})
# An operation whose docs list no responses (the older format): OpenAPI requires a response,
# so it gets this one under `default`, and the extension UNDOCUMENTED (openapi_common).
UNDOCUMENTED_DESCRIPTION = "Not documented: the docs of this operation list no responses."

Document = dict[str, Any]


@dataclass(frozen=True)
class DocumentInfo:
    """What the docs do not say about the API as a whole."""

    title: str = "API"
    version: str = "0.1.0"
    server_url: str = SERVER_URL


DEFAULT_INFO = DocumentInfo()


def build_document(
    files: Sequence[DocFile],
    info: DocumentInfo = DEFAULT_INFO,
    previous_names: Mapping[tuple[str, str], str] | None = None,
) -> Document:
    """The OpenAPI document for all operations of ``files`` (in the order given).

    ``previous_names``: the operationIds the previous spec published, by ``route_key`` (an
    operation keeps its name while it could still get it, ``naming``). Raises
    :class:`ConversionError` when two operations share a method and path.
    """
    errors = route_errors(files)
    if errors:
        raise ConversionError(errors)
    operations = [operation for doc in files for operation in doc.operations]
    before = previous_names or {}
    names = unique_names(
        [(base_name(op.summary, op.method, op.path), op.tag) for op in operations],
        [before.get(route_key(op.method, op.path)) for op in operations],
    )
    paths: dict[str, dict[str, Any]] = {}
    for operation, name in zip(operations, names, strict=True):
        paths.setdefault(operation.path, {})[operation.method.lower()] = _operation(operation, name)
    tags = list(dict.fromkeys(op.tag for op in operations))
    components: dict[str, Any] = {"securitySchemes": {SECURITY_SCHEME: {"type": "http", "scheme": "bearer"}}}
    if any(
        response.skeleton is not None and is_enveloped(response.status, response.skeleton.value)
        for operation in operations
        for response in operation.responses
    ):
        components["schemas"] = {RESPONSE_INFO: response_info_schema()}
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": info.title, "version": info.version},
        "servers": [{"url": info.server_url}],
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": components,
    }


def route_errors(files: Sequence[DocFile]) -> list[DocError]:
    """One problem for every operation whose method and path an earlier operation already has."""
    first: dict[tuple[str, str], Operation] = {}
    errors: list[DocError] = []
    for operation in (operation for doc in files for operation in doc.operations):
        route = (operation.method, operation.path)
        if route in first:
            errors.append(
                DocError(
                    operation.location,
                    f"{operation.method} {operation.path} is documented twice "
                    f"(first at {first[route].location}); each method and path must appear once",
                )
            )
        else:
            first[route] = operation
    return errors


def _operation(operation: Operation, operation_id: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "tags": [operation.tag],
        "summary": operation.summary,
        "description": operation.description,
        "operationId": operation_id,
    }
    if operation.path_parameters:
        result["parameters"] = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in operation.path_parameters
        ]
    if operation.method in METHODS_WITH_BODY:
        result["requestBody"] = {
            "required": False,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    if operation.responses_documented:
        result["responses"] = {
            _status_key(response.status): _response(response) for response in operation.responses
        }
    else:
        result["responses"] = {"default": {"description": UNDOCUMENTED_DESCRIPTION}}
        result[UNDOCUMENTED] = True
    result["security"] = [{SECURITY_SCHEME: []}]
    return result


def _status_key(status: str) -> str:
    return status if status == "default" else status.upper()


def _response(response: Response) -> dict[str, Any]:
    result: dict[str, Any] = {"description": response.description}
    if response.skeleton is not None:
        schema = body_schema(response.status, response.skeleton.value)
    elif response.status in NO_CONTENT_STATUSES:
        return result
    else:
        schema = {}
    result["content"] = {"application/json": {"schema": schema}}
    return result
