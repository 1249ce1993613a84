"""Defaults of the generated client (templates/runtime/client.py): base_url, the token from
CLOUDFLARE_API_TOKEN, and the timeout, as seen by the transport that sends the request."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, Client, MissingTokenError
from realtimekit_client.api.meetings import fetch_all_meetings_for_an_app

ENV = "CLOUDFLARE_API_TOKEN"


class Recorder:
    """A transport handler that answers 200 and keeps the requests it saw."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"success": True, "data": []})


def send(recorder: Recorder, **options: Any) -> httpx.Request:
    """Send one list-meetings request through a client built with ``options``; the request seen."""
    options.setdefault("httpx_args", {"transport": httpx.MockTransport(recorder)})
    client = AuthenticatedClient(**options)
    fetch_all_meetings_for_an_app.sync_detailed("acc", "app", client=client)
    return recorder.requests[-1]


def test_base_url_defaults_to_the_cloudflare_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    request = send(Recorder(), token="t")
    assert str(request.url) == "https://api.cloudflare.com/client/v4/accounts/acc/realtime/kit/app/meetings"
    assert Client().get_httpx_client().base_url == "https://api.cloudflare.com/client/v4/"


def test_base_url_and_token_can_still_be_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "from-env")
    request = send(Recorder(), base_url="https://mock.test/v4", token="explicit")
    assert str(request.url).startswith("https://mock.test/v4/accounts/acc/")
    assert request.headers["Authorization"] == "Bearer explicit"
    positional = AuthenticatedClient("https://mock.test", "positional")
    assert positional.token == "positional"


def test_the_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "from-env")
    assert send(Recorder()).headers["Authorization"] == "Bearer from-env"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_no_token_at_all_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv(ENV, raising=False)
    else:
        monkeypatch.setenv(ENV, value)
    with pytest.raises(MissingTokenError, match=f"token=.*{ENV}"):
        AuthenticatedClient()
    assert issubclass(MissingTokenError, ValueError)


def test_the_default_timeout_reaches_the_transport() -> None:
    request = send(Recorder(), token="t")
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (httpx.Timeout(2.0), {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}),
        (httpx.Timeout(10.0, connect=1.0), {"connect": 1.0, "read": 10.0, "write": 10.0, "pool": 10.0}),
        (None, {"connect": None, "read": None, "write": None, "pool": None}),
    ],
)
def test_the_timeout_is_overridable(timeout: httpx.Timeout | None, expected: dict[str, float | None]) -> None:
    assert send(Recorder(), token="t", timeout=timeout).extensions["timeout"] == expected


def test_with_timeout_changes_a_built_client() -> None:
    recorder = Recorder()
    client = AuthenticatedClient(token="t", httpx_args={"transport": httpx.MockTransport(recorder)})
    client.get_httpx_client()
    client.with_timeout(httpx.Timeout(7.0))
    fetch_all_meetings_for_an_app.sync_detailed("acc", "app", client=client)
    assert recorder.requests[-1].extensions["timeout"]["read"] == 7.0


async def test_async_client_has_the_same_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "from-env")
    recorder = Recorder()
    client = AuthenticatedClient(httpx_args={"transport": httpx.MockTransport(recorder)})
    await fetch_all_meetings_for_an_app.asyncio_detailed("acc", "app", client=client)
    request = recorder.requests[-1]
    assert str(request.url).startswith("https://api.cloudflare.com/client/v4/")
    assert request.headers["Authorization"] == "Bearer from-env"
    assert request.extensions["timeout"]["connect"] == 5.0
