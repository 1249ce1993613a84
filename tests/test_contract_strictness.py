"""The mock is strict: requests that break openapi.yaml are refused, and these tests fail if not.

Without this, a contract case could pass against a mock that accepts anything. Every case
builds the generated client's own request (``_get_kwargs``) and breaks one thing in it: no
bearer token, a path or method the spec lacks, a body or query value the schema forbids.
The cases are parametrized from the spec; a required query parameter, which openapi.yaml does not
have, is checked on a spec of its own.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from conftest import ROOT, committed_spec
from contract_spec import (
    TIMEOUT,
    Operation,
    arguments,
    authenticated_client,
    endpoint_module,
    operations,
    prism_rejection,
)
from mock_server import MockServer
from rtkgen.core.openapi_common import HTTP_METHODS
from schema_values import Schema, problems, resolve, sample, types_of

SPEC = committed_spec()
OPERATIONS = operations(SPEC)
WRONG_VALUES: tuple[Any, ...] = (12345, "not-valid", True, [1], {"not": "valid"}, 2.5)


def body_schema(operation: Operation) -> Schema:
    return resolve(SPEC, operation.body_schema or {})


def wrong_value(schema: Schema) -> Any:
    """A JSON value that ``schema`` rejects, or None when it accepts all of :data:`WRONG_VALUES`."""
    return next((value for value in WRONG_VALUES if problems(value, schema, SPEC)), None)


def wrong_query_value(schema: Schema) -> str | None:
    """A query string value that ``schema`` rejects after Prism's coercion (enum, number, boolean)."""
    schema = resolve(SPEC, schema)
    if "array" in types_of(schema):
        schema = resolve(SPEC, schema.get("items", {}))
    kinds = set(types_of(schema)) - {"null"}
    if "enum" in schema or (kinds and kinds <= {"integer", "number", "boolean"}):
        return "not-valid" if problems("not-valid", schema, SPEC) else None
    return None


OBJECT_BODIES = [
    op for op in OPERATIONS if op.body_schema is not None and "object" in types_of(body_schema(op))
]
REQUIRED_FIELDS = [
    pytest.param(op, name, id=f"{op.operation_id}-{name}")
    for op in OBJECT_BODIES
    for name in body_schema(op).get("required", [])
]
TYPED_FIELDS = [
    pytest.param(op, name, id=f"{op.operation_id}-{name}")
    for op in OBJECT_BODIES
    for name, schema in body_schema(op).get("properties", {}).items()
    if wrong_value(schema) is not None
]
TYPED_QUERY = [
    pytest.param(op, parameter.name, id=f"{op.operation_id}-{parameter.name}")
    for op in OPERATIONS
    for parameter in op.parameters
    if parameter.location == "query" and wrong_query_value(parameter.schema) is not None
]
PATHS_WITH_A_MISSING_METHOD = [
    pytest.param(path, next(m for m in ("delete", "put", "patch", "post", "get") if m not in item), id=path)
    for path, item in SPEC["paths"].items()
    if any(m not in item for m in HTTP_METHODS)
]


@pytest.fixture
def client(mock_server: MockServer) -> Iterator[Any]:
    with authenticated_client(mock_server.base_url) as api_client:
        yield api_client


def client_request(operation: Operation) -> dict[str, Any]:
    """The request the generated function of ``operation`` sends with valid arguments."""
    module = endpoint_module(operation)
    kwargs: dict[str, Any] = module._get_kwargs(**arguments(operation, SPEC, module.sync_detailed))
    return kwargs


def assert_refused(response: httpx.Response, *statuses: int) -> None:
    rejection = prism_rejection(response.status_code, response.headers, response.content)
    assert rejection is not None, f"the mock accepted a request that breaks the spec: {response.status_code}"
    assert response.status_code in statuses, rejection


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_a_request_without_the_bearer_token_is_refused(operation: Operation, mock_server: MockServer) -> None:
    """The generated call made through a client that sends no token gets Prism's 401."""
    from realtimekit_client import Client

    function = endpoint_module(operation).sync_detailed
    with Client(base_url=mock_server.base_url, timeout=TIMEOUT) as anonymous:
        response = function(client=anonymous, **arguments(operation, SPEC, function))
    assert response.status_code == 401, f"accepted without a token: {response.status_code}"
    assert prism_rejection(401, response.headers, response.content) is not None


@pytest.mark.parametrize("authorization", ["Basic dXNlcjpwYXNz", "Token contract-test-token", "bearer x"])
def test_a_scheme_other_than_bearer_is_refused(authorization: str, client: Any) -> None:
    request = client_request(OPERATIONS[0])
    request["headers"] = {**request.get("headers", {}), "Authorization": authorization}
    assert_refused(client.get_httpx_client().request(**request), 401)


@pytest.mark.parametrize("suffix", ["/not-in-the-spec", "/meetings/m/not-in-the-spec", "/webhooks/w/extra"])
def test_an_unknown_path_is_refused(suffix: str, client: Any) -> None:
    response = client.get_httpx_client().get("/accounts/a/realtime/kit/b" + suffix)
    assert_refused(response, 404)


@pytest.mark.parametrize(("path", "method"), PATHS_WITH_A_MISSING_METHOD)
def test_a_method_the_path_lacks_is_refused(path: str, method: str, client: Any) -> None:
    url = path.replace("{", "").replace("}", "")  # every parameter gets its own name as value
    assert_refused(client.get_httpx_client().request(method, url, json={}), 405)


@pytest.mark.parametrize("operation", OBJECT_BODIES, ids=str)
def test_a_body_that_is_not_an_object_is_refused(operation: Operation, client: Any) -> None:
    request = client_request(operation)
    request["json"] = [1, 2]
    assert_refused(client.get_httpx_client().request(**request), 400, 422)


@pytest.mark.parametrize(("operation", "field"), REQUIRED_FIELDS)
def test_a_body_without_a_required_field_is_refused(operation: Operation, field: str, client: Any) -> None:
    request = client_request(operation)
    request["json"] = {k: v for k, v in sample(body_schema(operation), SPEC).items() if k != field}
    assert_refused(client.get_httpx_client().request(**request), 400, 422)


@pytest.mark.parametrize(("operation", "field"), TYPED_FIELDS)
def test_a_body_field_of_the_wrong_type_is_refused(operation: Operation, field: str, client: Any) -> None:
    request = client_request(operation)
    body = copy.deepcopy(sample(body_schema(operation), SPEC))
    body[field] = wrong_value(body_schema(operation)["properties"][field])
    assert problems(body, body_schema(operation), SPEC), "the test's body must break the schema"
    request["json"] = body
    assert_refused(client.get_httpx_client().request(**request), 400, 422)


@pytest.mark.parametrize(("operation", "name"), TYPED_QUERY)
def test_a_query_value_of_the_wrong_type_is_refused(operation: Operation, name: str, client: Any) -> None:
    parameter = next(p for p in operation.parameters if p.location == "query" and p.name == name)
    request = client_request(operation)
    request["params"] = {**request.get("params", {}), name: wrong_query_value(parameter.schema)}
    assert_refused(client.get_httpx_client().request(**request), 400, 422)


# openapi.yaml has no required query parameter: a spec of one operation that has one, served by
# a Prism of its own, shows the mock refuses a request without it (and accepts one with it).
REQUIRED_QUERY_SPEC = """openapi: 3.1.0
info: {title: required query, version: '1'}
security: [{bearer: []}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - {name: kind, in: query, required: true, schema: {type: string}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}, required: [ok]}
              example: {ok: true}
"""


@pytest.fixture(scope="module")
def required_query_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    folder = tmp_path_factory.mktemp("required-query")
    spec = folder / "openapi.yaml"
    spec.write_text(REQUIRED_QUERY_SPEC, encoding="utf-8")
    with MockServer(ROOT, spec, log=folder / "prism.log") as server:
        yield server


def test_a_request_without_a_required_query_parameter_is_refused(required_query_server: MockServer) -> None:
    headers = {"Authorization": "Bearer contract-test-token"}
    with httpx.Client(base_url=required_query_server.base_url, headers=headers, timeout=TIMEOUT) as http:
        assert http.get("/things", params={"kind": "a"}).status_code == 200  # the request is otherwise valid
        assert_refused(http.get("/things"), 400, 422)
        assert_refused(http.get("/things", params={"other": "a"}), 400, 422)


def _field_paths(schema: Schema, prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Schema]]:
    """Every field under ``schema`` (named models followed), as (path, schema of the field)."""
    schema = resolve(SPEC, schema)
    for alternative in schema.get("anyOf", []):
        if "null" not in types_of(resolve(SPEC, alternative)):
            yield from _field_paths(alternative, prefix)
    for name, child in schema.get("properties", {}).items():
        yield (*prefix, name), resolve(SPEC, child)
        yield from _field_paths(child, (*prefix, name))


def _value_paths(value: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    if isinstance(value, dict):
        for name, child in value.items():
            yield (*prefix, name)
            yield from _value_paths(child, (*prefix, name))


NESTED_ENUMS = [
    pytest.param(op, path, id=f"{op.operation_id}-{'.'.join(path)}")
    for op in OBJECT_BODIES
    for path, schema in _field_paths(body_schema(op))
    if len(path) > 1
    and ("enum" in schema or any("enum" in resolve(SPEC, a) for a in schema.get("anyOf", [])))
]


@pytest.mark.parametrize("operation", OBJECT_BODIES, ids=str)
def test_the_contract_body_sends_every_nested_field(operation: Operation) -> None:
    """The contract cases send ``sample(body)``: it holds every field of the body, nested ones too."""
    declared = {path for path, _ in _field_paths(body_schema(operation))}
    sent = set(_value_paths(sample(body_schema(operation), SPEC)))
    assert declared <= sent, sorted(declared - sent)


def test_nested_enums_are_checked() -> None:
    assert len(NESTED_ENUMS) >= 10


@pytest.mark.parametrize(("operation", "path"), NESTED_ENUMS)
def test_a_nested_enum_value_the_api_lacks_is_refused(
    operation: Operation, path: tuple[str, ...], client: Any
) -> None:
    request = client_request(operation)
    body = copy.deepcopy(sample(body_schema(operation), SPEC))
    holder = body
    for name in path[:-1]:
        holder = holder[name]
    holder[path[-1]] = "A VALUE THE API DOES NOT HAVE"
    assert problems(body, body_schema(operation), SPEC), "the test's body must break the schema"
    request["json"] = body
    assert_refused(client.get_httpx_client().request(**request), 400, 422)
