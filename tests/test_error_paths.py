"""Error paths of the generated client, in-process (httpx.MockTransport), parametrized from the spec.

For every operation and every status family the docs use: each documented status parses into
its generated type; an undocumented status raises ``errors.UnexpectedStatus`` carrying the body
when ``raise_on_unexpected_status=True``; Cloudflare's 520..527 and HTML error pages never end in
an unrelated exception; a 2xx body that is not the documented JSON raises
``errors.InvalidResponseBody``; a server that never answers raises ``errors.ApiTimeoutError`` (httpx's
``TimeoutException`` its ``__cause__``).
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from conftest import committed_spec
from contract_spec import (
    Operation,
    arguments,
    authenticated_client,
    check_response,
    code_for,
    documented,
    endpoint_module,
    expected_type,
    operations,
    undocumented_code,
)
from schema_values import sample

SPEC = committed_spec()
OPERATIONS = operations(SPEC)
CLOUDFLARE_5XX = range(520, 528)
HTML_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"
UNKNOWN_SHAPE_BODY = {"message": "Unauthorized"}

STATUSES = [
    pytest.param(operation, pattern, id=f"{operation.operation_id}-{pattern}")
    for operation in OPERATIONS
    for pattern in operation.responses
    if pattern != "default"
]
ERROR_STATUSES = [case for case in STATUSES if not str(case.values[1]).startswith("2")]
MODEL_SUCCESSES = [
    pytest.param(operation, pattern, id=f"{operation.operation_id}-{pattern}")
    for operation in OPERATIONS
    for pattern, schema in operation.responses.items()
    if pattern.startswith("2")
    and schema is not None
    and expected_type(operation, pattern, schema, SPEC).model is not None
]


def success_pattern(operation: Operation) -> str:
    return next(pattern for pattern in operation.responses if pattern.startswith("2"))


def answering(status: int, content: bytes, content_type: str = "application/json") -> httpx.MockTransport:
    """A transport that answers every request with ``status`` and ``content``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return httpx.MockTransport(handler)


def call(operation: Operation, transport: httpx.BaseTransport, **options: Any) -> Any:
    """``sync_detailed`` of ``operation`` through ``transport``, with arguments from the spec."""
    function = endpoint_module(operation).sync_detailed
    with authenticated_client("https://api.test", httpx_args={"transport": transport}, **options) as client:
        return function(client=client, **arguments(operation, SPEC, function))


def body_for(schema: Any) -> Any:
    """A valid body for ``schema``; a realistic one where the shape is unknown (``{}``)."""
    return UNKNOWN_SHAPE_BODY if not schema else sample(schema, SPEC)


@pytest.mark.parametrize(("operation", "pattern"), STATUSES)
def test_each_documented_status_parses_into_its_type(operation: Operation, pattern: str) -> None:
    schema = operation.responses[pattern]
    code = code_for(pattern)
    content = b"" if schema is None else json.dumps(body_for(schema)).encode()
    for raising in (False, True):
        response = call(operation, answering(code, content), raise_on_unexpected_status=raising)
        check_response(operation, response, SPEC, forced=code)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_an_undocumented_status_raises_unexpected_status_with_the_body(operation: Operation) -> None:
    from realtimekit_client import errors

    code = undocumented_code(operation)
    if code is None:
        pytest.skip("a default response covers every status")
    content = b'{"success": false, "error": {"code": 9, "message": "teapot"}}'
    with pytest.raises(errors.UnexpectedStatus) as raised:
        call(operation, answering(code, content), raise_on_unexpected_status=True)
    assert (raised.value.status_code, raised.value.content) == (code, content)
    assert "teapot" in str(raised.value)
    quiet = call(operation, answering(code, content))
    assert (quiet.status_code, quiet.parsed, quiet.content) == (code, None, content)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_cloudflare_52x_statuses_give_a_response_or_unexpected_status(operation: Operation) -> None:
    from realtimekit_client import errors

    for code in CLOUDFLARE_5XX:
        for content, kind in ((HTML_PAGE, "text/html"), (b'{"success": false}', "application/json")):
            if documented(operation, code) is not None and kind == "application/json":
                continue  # a documented 52x parses into its type: test_each_documented_status_...
            response = call(operation, answering(code, content, kind))
            assert (response.status_code, response.content, response.parsed) == (code, content, None)
            with pytest.raises(errors.UnexpectedStatus) as raised:
                call(operation, answering(code, content, kind), raise_on_unexpected_status=True)
            assert (raised.value.status_code, raised.value.content) == (code, content)


@pytest.mark.parametrize(("operation", "pattern"), ERROR_STATUSES)
def test_an_html_error_page_on_a_documented_error_status_does_not_crash(
    operation: Operation, pattern: str
) -> None:
    from realtimekit_client import errors

    code = code_for(pattern)
    response = call(operation, answering(code, HTML_PAGE, "text/html"))
    assert (int(response.status_code), response.content, response.parsed) == (code, HTML_PAGE, None)
    with pytest.raises(errors.UnexpectedStatus) as raised:
        call(operation, answering(code, HTML_PAGE, "text/html"), raise_on_unexpected_status=True)
    assert (raised.value.status_code, raised.value.content) == (code, HTML_PAGE)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_a_success_body_that_is_not_json_raises_invalid_response_body(operation: Operation) -> None:
    from realtimekit_client import errors

    code = code_for(success_pattern(operation))
    for raising in (False, True):
        with pytest.raises(errors.InvalidResponseBody) as raised:
            call(operation, answering(code, HTML_PAGE, "text/html"), raise_on_unexpected_status=raising)
        assert (raised.value.status_code, raised.value.content) == (code, HTML_PAGE)
        assert "502 Bad Gateway" in str(raised.value)


@pytest.mark.parametrize(("operation", "pattern"), MODEL_SUCCESSES)
def test_a_success_body_of_the_wrong_shape_raises_invalid_response_body(
    operation: Operation, pattern: str
) -> None:
    from realtimekit_client import errors

    for content in (b"[1, 2]", b'"text"'):
        with pytest.raises(errors.InvalidResponseBody):
            call(operation, answering(code_for(pattern), content))


@pytest.fixture(scope="module")
def silent_server() -> Iterator[str]:
    """A loopback TCP server that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def quick_client(base_url: str) -> Any:
    return authenticated_client(base_url).with_timeout(httpx.Timeout(0.3))


def test_a_server_that_never_answers_raises_a_timeout_error(silent_server: str) -> None:
    from realtimekit_client import errors

    operation = OPERATIONS[0]
    function: Callable[..., Any] = endpoint_module(operation).sync_detailed
    with quick_client(silent_server) as client, pytest.raises(errors.ApiTimeoutError) as raised:
        function(client=client, **arguments(operation, SPEC, function))
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)


async def test_a_server_that_never_answers_raises_a_timeout_error_async(silent_server: str) -> None:
    from realtimekit_client import errors

    operation = OPERATIONS[-1]
    function = endpoint_module(operation).asyncio_detailed
    async with quick_client(silent_server) as client:
        with pytest.raises(errors.ApiTimeoutError) as raised:
            await function(client=client, **arguments(operation, SPEC, function))
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)


async def test_async_calls_take_the_same_error_paths() -> None:
    from realtimekit_client import errors

    operation = next(op for op in OPERATIONS if undocumented_code(op) is not None)
    function = endpoint_module(operation).asyncio_detailed
    transport = answering(522, HTML_PAGE, "text/html")
    async with authenticated_client(
        "https://api.test", httpx_args={"transport": transport}, raise_on_unexpected_status=True
    ) as client:
        with pytest.raises(errors.UnexpectedStatus) as raised:
            await function(client=client, **arguments(operation, SPEC, function))
    assert (raised.value.status_code, raised.value.content) == (522, HTML_PAGE)
