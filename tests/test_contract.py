"""Contract tests: every operation of the generated client against Prism serving openapi.yaml.

One case per operation (test id = operationId), for ``sync_detailed`` and for
``asyncio_detailed``, with arguments built from the spec, through an ``AuthenticatedClient``
pointed at the mock. Every other documented status is forced with ``Prefer: code=NNN``. Every
response must be: accepted by the mock (no Prism refusal), a documented status, parsed into the
generated type for that status, and valid against the spec's schema for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from conftest import committed_spec
from contract_spec import (
    HOSTILE_PATH_VALUE,
    Operation,
    arguments,
    authenticated_client,
    check_response,
    endpoint_module,
    exact_codes,
    operations,
)
from mock_server import MockServer

SPEC = committed_spec()
OPERATIONS = operations(SPEC)
# Every documented code but the lowest 2xx, which Prism answers unasked (the cases above).
FORCED = [
    pytest.param(operation, code, id=f"{operation.operation_id}-{code}")
    for operation in OPERATIONS
    for code in exact_codes(operation)
    if code != min((c for c in exact_codes(operation) if 200 <= c < 300), default=None)
]


@pytest.fixture
def client(mock_server: MockServer) -> Iterator[Any]:
    with authenticated_client(mock_server.base_url) as api_client:
        yield api_client


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_sync_detailed_against_the_mock(operation: Operation, client: Any) -> None:
    function = endpoint_module(operation).sync_detailed
    response = function(client=client, **arguments(operation, SPEC, function))
    check_response(operation, response, SPEC)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_asyncio_detailed_against_the_mock(operation: Operation, mock_server: MockServer) -> None:
    function = endpoint_module(operation).asyncio_detailed
    async with authenticated_client(mock_server.base_url) as api_client:
        response = await function(client=api_client, **arguments(operation, SPEC, function))
    check_response(operation, response, SPEC)


@pytest.mark.parametrize(("operation", "code"), FORCED)
def test_every_documented_status_parses(operation: Operation, code: int, client: Any) -> None:
    """Prism answers the documented status asked for with ``Prefer: code=NNN``."""
    function = endpoint_module(operation).sync_detailed
    with client.with_headers({"Prefer": f"code={code}"}) as forced_client:
        response = function(client=forced_client, **arguments(operation, SPEC, function))
    check_response(operation, response, SPEC, forced=code)


def test_path_parameters_are_percent_encoded(mock_server: MockServer) -> None:
    """The hostile path value reaches the server as one encoded segment (seen by the transport)."""
    operation = next(op for op in OPERATIONS if "{" in op.path)
    sent: list[httpx.Request] = []

    with authenticated_client(
        mock_server.base_url, httpx_args={"event_hooks": {"request": [sent.append]}}
    ) as api_client:
        function = endpoint_module(operation).sync_detailed
        check_response(operation, function(client=api_client, **arguments(operation, SPEC, function)), SPEC)
    raw_path = sent[0].url.raw_path.decode()
    assert "ls%2F..%2F1%20%3F%23%25" in raw_path
    assert HOSTILE_PATH_VALUE not in raw_path


def test_every_operation_is_a_case() -> None:
    """The cases are the spec's operations, one each, named by a unique operationId."""
    ids = [operation.operation_id for operation in OPERATIONS]
    assert len(ids) == len(set(ids)) == 59  # 57 of the docs, 2 of the reference (the overlay)
