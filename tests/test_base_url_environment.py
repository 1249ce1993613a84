"""``CLOUDFLARE_BASE_URL`` (templates/runtime/client.py's ``default_base_url``): the base URL of a
client made without ``base_url=``, as the vendor's SDK reads it, so a program runs against the
mock server unchanged; ``base_url=`` still wins, and an unset or blank variable is the API."""

from __future__ import annotations

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, Client, RealtimeKit

VARIABLE = "CLOUDFLARE_BASE_URL"


def seen_url(**options: object) -> str:
    """The URL of one facade call made with ``options``, as the transport saw it."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "data": []})

    client = AuthenticatedClient(token="t", httpx_args={"transport": httpx.MockTransport(answer)}, **options)
    with RealtimeKit(account_id="acc", app_id="app", client=client) as rtk:
        rtk.webhooks.list()
    return str(seen[-1].url)


def test_the_variable_is_the_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "http://127.0.0.1:4010")
    assert seen_url() == "http://127.0.0.1:4010/accounts/acc/realtime/kit/app/webhooks"
    assert Client().get_httpx_client().base_url == "http://127.0.0.1:4010"


def test_base_url_wins_over_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "http://127.0.0.1:4010")
    assert seen_url(base_url="https://gateway.test/v4").startswith("https://gateway.test/v4/accounts/acc/")


@pytest.mark.parametrize("value", [None, "", "  "])
def test_unset_or_blank_is_the_cloudflare_api(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv(VARIABLE, raising=False)
    else:
        monkeypatch.setenv(VARIABLE, value)
    assert seen_url().startswith("https://api.cloudflare.com/client/v4/accounts/acc/")


def test_the_facade_reads_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "http://127.0.0.1:4010")
    with RealtimeKit(account_id="acc", app_id="app", token="t") as rtk:
        assert str(rtk.client.get_httpx_client().base_url) == "http://127.0.0.1:4010"
