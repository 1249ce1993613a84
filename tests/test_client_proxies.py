"""Proxies and retries (realtimekit_client/retry.py, from templates/runtime/retry.py): the client
builds its transports through httpx's public arguments, so a ``proxy=`` and the environment's
proxies must still be used, and retried, as httpx would use them. A local HTTP proxy (a thread
answering from a script) shows which requests went through it."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from httpx._utils import get_environment_proxies  # the oracle: httpx's own reading of the environment
from realtimekit_client import AuthenticatedClient, RetryPolicy
from realtimekit_client.retry import client_arguments, environment_proxies

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


class Proxy:
    """A forward proxy on 127.0.0.1 that records the request targets it got (absolute URLs when
    a client sends through it) and answers with the next status of ``statuses``."""

    def __init__(self, *statuses: int):
        self.statuses = list(statuses)
        self.targets: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                proxy.targets.append(self.path)
                code = proxy.statuses.pop(0) if len(proxy.statuses) > 1 else proxy.statuses[0]
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    server = Proxy(503, 200)
    yield server
    server.close()


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


def no_wait() -> RetryPolicy:
    async def async_sleep(seconds: float) -> None:
        pass

    return RetryPolicy(sleep=lambda seconds: None, async_sleep=async_sleep)


def test_a_proxy_argument_is_used_and_retried(proxy: Proxy, clean_environment: pytest.MonkeyPatch) -> None:
    client = AuthenticatedClient(token="t", retry_policy=no_wait(), httpx_args={"proxy": proxy.url})
    with client:
        assert client.get_httpx_client().get("http://target.test/a").status_code == 200
    assert proxy.targets == ["http://target.test/a"] * 2


def test_the_environments_proxy_is_used_and_retried(
    proxy: Proxy, clean_environment: pytest.MonkeyPatch
) -> None:
    clean_environment.setenv("HTTP_PROXY", proxy.url)
    client = AuthenticatedClient(token="t", retry_policy=no_wait())
    with client:
        assert client.get_httpx_client().get("http://target.test/b").status_code == 200
    assert proxy.targets == ["http://target.test/b"] * 2


async def test_the_async_client_uses_the_environments_proxy_too(
    proxy: Proxy, clean_environment: pytest.MonkeyPatch
) -> None:
    clean_environment.setenv("HTTP_PROXY", proxy.url)
    client = AuthenticatedClient(token="t", retry_policy=no_wait())
    async with client:
        assert (await client.get_async_httpx_client().get("http://target.test/c")).status_code == 200
    assert proxy.targets == ["http://target.test/c"] * 2


def test_without_trust_env_or_with_a_transport_the_environment_is_ignored(
    clean_environment: pytest.MonkeyPatch,
) -> None:
    """As httpx does: its environment proxies apply only with ``trust_env`` and no ``transport``."""
    clean_environment.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    policy = RetryPolicy()
    assert set(client_arguments(True, {}, 2, policy)["mounts"]) == {"https://"}
    assert client_arguments(True, {"trust_env": False}, 2, policy)["mounts"] == {}
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    assert client_arguments(True, {"transport": mock}, 2, policy)["mounts"] == {}


ENVIRONMENTS = [
    {},
    {"HTTP_PROXY": "proxy.test:8080"},
    {"https_proxy": "http://p.test:1", "HTTP_PROXY": "http://q.test:2", "ALL_PROXY": "socks5://s.test:1080"},
    {
        "HTTPS_PROXY": "http://p.test:1",
        "NO_PROXY": "example.com, .google.com,::1,192.168.0.0/16,localhost,LOCALHOST,http://direct.test,,",
    },
    {"ALL_PROXY": "http://p.test:1", "NO_PROXY": "a.test,*"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_environment_is_read_as_httpx_reads_it(
    environment: dict[str, str], clean_environment: pytest.MonkeyPatch
) -> None:
    for name, value in environment.items():
        clean_environment.setenv(name, value)
    assert {k: v for k, v in os.environ.items() if k.lower() in PROXY_VARIABLES} == environment
    assert environment_proxies() == get_environment_proxies()
