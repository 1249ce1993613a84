"""What the client's settings (templates/runtime/client.py) make of each request: the
Authorization header of ``prefix`` and ``token``, and the TLS context of ``verify_ssl``, used by
the sync and the async httpx client alike."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, RetryPolicy


def sent_authorization(**options: Any) -> tuple[str, str]:
    """The Authorization header of a request of a client made with ``options``, sync and async."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    client = AuthenticatedClient(
        base_url="https://api.test",
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(answer)},
        **options,
    )
    client.get_httpx_client().get("/x")
    asyncio.run(client.get_async_httpx_client().get("/x"))
    sync, asynchronous = (request.headers["authorization"] for request in seen)
    return sync, asynchronous


@pytest.mark.parametrize(
    ("options", "header"),
    [
        ({"token": "tok"}, "Bearer tok"),
        ({"token": "tok", "prefix": "Token"}, "Token tok"),
        ({"token": "tok", "prefix": ""}, "tok"),  # no prefix: the token alone, no leading space
    ],
)
def test_the_authorization_header_is_the_prefix_and_the_token(options: dict[str, Any], header: str) -> None:
    assert sent_authorization(**options) == (header, header)


class Marker(ssl.SSLError):
    """Raised by :class:`RecordingContext` where a TLS connection would start."""


class RecordingContext(ssl.SSLContext):
    """An SSL context that refuses to start TLS with :class:`Marker`: a request that fails with
    it went through this context."""

    def wrap_socket(self, *args: Any, **kwargs: Any) -> Any:
        raise Marker("the client's own SSL context")

    def wrap_bio(self, *args: Any, **kwargs: Any) -> Any:
        raise Marker("the client's own SSL context")


@pytest.fixture
def listening_port() -> Iterator[int]:
    """A loopback port that accepts TCP connections (the kernel's backlog) and never speaks."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        yield int(listener.getsockname()[1])


@pytest.mark.parametrize("retries", [0, 2])
def test_verify_ssl_is_the_context_of_every_tls_connection(listening_port: int, retries: int) -> None:
    """``verify_ssl=<SSLContext>`` starts TLS, with or without the retrying transport; another
    context would start a handshake the silent server never answers (then the 1 s timeout)."""
    client = AuthenticatedClient(
        base_url=f"https://127.0.0.1:{listening_port}",
        token="t",
        verify_ssl=RecordingContext(ssl.PROTOCOL_TLS_CLIENT),
        max_retries=retries,
        timeout=httpx.Timeout(1.0),
        retry_policy=_no_wait(),
        httpx_args={"trust_env": False},  # straight to the port, whatever proxy the environment names
    )
    with pytest.raises(httpx.ConnectError, match="the client's own SSL context"):
        client.get_httpx_client().get("/x")

    async def main() -> None:
        await client.get_async_httpx_client().get("/x")

    with pytest.raises(httpx.ConnectError, match="the client's own SSL context"):
        asyncio.run(main())


def _no_wait() -> RetryPolicy:
    """A retry policy that does not sleep between attempts."""

    async def no_sleep(seconds: float) -> None:
        return None

    return RetryPolicy(sleep=lambda seconds: None, async_sleep=no_sleep)
