"""How ``realtimekit_client.retry`` builds the client's transports from ``httpx_args``, with the
transport maker and the wrapper replaced by recorders: which options each proxy transport gets,
which hosts go direct, and what the asynchronous variant passes on."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from realtimekit_client.retry import (
    AsyncRetryTransport,
    RetryPolicy,
    _transport_arguments,
    async_client_arguments,
)

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


def made(**options: Any) -> dict[str, Any]:
    return options


def wrapped(transport: Any) -> tuple[str, Any]:
    return ("retried", transport)


def test_a_proxy_transport_gets_the_transport_options(environment: pytest.MonkeyPatch) -> None:
    arguments = _transport_arguments(
        False, {"proxy": "http://p.test:1", "http2": True, "timeout": 3}, 2, made, wrapped
    )
    assert arguments == {
        "verify": False,
        "timeout": 3,
        "http2": True,
        "transport": ("retried", {"verify": False, "http2": True}),
        "mounts": {"all://": ("retried", {"proxy": "http://p.test:1", "verify": False, "http2": True})},
    }


def test_a_host_the_environment_sends_direct_gets_no_proxy_transport(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("HTTP_PROXY", "http://p.test:1")
    environment.setenv("NO_PROXY", "direct.test")
    mounts = _transport_arguments(True, {}, 2, made, wrapped)["mounts"]
    assert mounts == {
        "http://": ("retried", {"proxy": "http://p.test:1", "verify": True}),
        "all://*direct.test": None,
    }


def test_the_asynchronous_arguments_keep_verify_and_no_retries_means_no_wrapping(
    environment: pytest.MonkeyPatch,
) -> None:
    policy = RetryPolicy(random=lambda: 0.5)
    arguments = async_client_arguments(False, {}, 2, policy)
    assert arguments["verify"] is False
    transport = arguments["transport"]
    assert isinstance(transport, AsyncRetryTransport)
    assert isinstance(transport.transport, httpx.AsyncHTTPTransport)
    assert (transport.max_retries, transport.policy) == (2, policy)
    assert async_client_arguments(False, {"timeout": 3}, 0, RetryPolicy()) == {"verify": False, "timeout": 3}


async def test_an_async_client_built_from_the_arguments_retries_through_the_users_transport() -> None:
    """The arguments make a working ``httpx.AsyncClient`` whose requests go through the retry
    wrapper around the user's ``transport``: two 503s, then the 200, after two recorded waits."""
    statuses = iter([503, 503, 200])
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), request=request)

    policy = RetryPolicy(async_sleep=wait, random=lambda: 0.5)
    arguments = async_client_arguments(True, {"transport": httpx.MockTransport(reply)}, 2, policy)
    async with httpx.AsyncClient(**arguments) as client:
        response = await client.get("https://api.test/x")
    assert response.status_code == 200
    assert len(waits) == 2 and all(seconds > 0 for seconds in waits)
    assert next(statuses, None) is None
