"""Path values: ``""``, ``.`` and ``..`` are refused with a ValueError naming the parameter before
anything is sent (a dot segment, even sent as ``%2E%2E``, is removed by RFC 3986 normalisers and
the request reaches another path); every other value is encoded into one segment and sent. Both
through the operation functions and through the facade (sync and async, with and without extras)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from realtimekit_client import AsyncRealtimeKit, AuthenticatedClient, RealtimeKit
from realtimekit_client.api.webhooks import fetch_details_of_a_webhook

PREFIX = "/client/v4/accounts/acc/realtime/kit/app/webhooks/"

# plain ids (letters, digits, underscores): a test id must be the same at every collection and
# safe on a command line (mutmut collects twice and then selects tests by id)
REFUSED = [
    pytest.param("", "path parameter webhook_id is empty: a value is required", id="empty"),
    pytest.param(
        ".",
        "path parameter webhook_id is '.': a dot segment names another path, so it is refused",
        id="dot",
    ),
    pytest.param(
        "..",
        "path parameter webhook_id is '..': a dot segment names another path, so it is refused",
        id="dot_dot",
    ),
]

SENT = [
    pytest.param("...", "...", id="three_dots"),
    pytest.param(".a", ".a", id="dot_a"),
    pytest.param("a.", "a.", id="a_dot"),
    pytest.param("a..b", "a..b", id="a_dot_dot_b"),
    pytest.param("..a", "..a", id="dot_dot_a"),
    pytest.param("%2E", "%252E", id="encoded_dot"),
    pytest.param("%2E%2E", "%252E%252E", id="encoded_dot_dot"),
    pytest.param("./", ".%2F", id="dot_slash"),
    pytest.param("../x", "..%2Fx", id="dot_dot_slash_x"),
    pytest.param(". ", ".%20", id="dot_space"),
    pytest.param(" ..", "%20..", id="space_dot_dot"),
    pytest.param("\u2024", "%E2%80%A4", id="one_dot_leader"),  # ONE DOT LEADER, not a dot
    pytest.param(0, "0", id="zero"),
]

Call = Callable[[AuthenticatedClient, Any], Awaitable[object]]


async def _sync_function(client: AuthenticatedClient, value: Any) -> object:
    return fetch_details_of_a_webhook.sync_detailed("acc", "app", value, client=client)


async def _async_function(client: AuthenticatedClient, value: Any) -> object:
    return await fetch_details_of_a_webhook.asyncio_detailed("acc", "app", value, client=client)


async def _sync_facade(client: AuthenticatedClient, value: Any) -> object:
    return RealtimeKit(account_id="acc", app_id="app", client=client).webhooks.get(value)


async def _sync_facade_extras(client: AuthenticatedClient, value: Any) -> object:
    rtk = RealtimeKit(account_id="acc", app_id="app", client=client)
    return rtk.webhooks.get(value, extra_headers={"X-Probe": "1"})


async def _sync_facade_raw(client: AuthenticatedClient, value: Any) -> object:
    return RealtimeKit(account_id="acc", app_id="app", client=client).with_raw_response.webhooks.get(value)


async def _async_facade(client: AuthenticatedClient, value: Any) -> object:
    return await AsyncRealtimeKit(account_id="acc", app_id="app", client=client).webhooks.get(value)


async def _async_facade_extras(client: AuthenticatedClient, value: Any) -> object:
    rtk = AsyncRealtimeKit(account_id="acc", app_id="app", client=client)
    return await rtk.webhooks.get(value, extra_query={"probe": "1"})


CALLS: dict[str, Call] = {
    "sync_detailed": _sync_function,
    "asyncio_detailed": _async_function,
    "facade": _sync_facade,
    "facade_extras": _sync_facade_extras,
    "facade_raw": _sync_facade_raw,
    "async_facade": _async_facade,
    "async_facade_extras": _async_facade_extras,
}

WEBHOOK = {"id": "w-1", "name": "n", "url": "https://example.test/hook", "events": []}


def _recording_client(sent: list[httpx.Request]) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "data": WEBHOOK})

    return AuthenticatedClient(
        token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(answer)}
    )


@pytest.mark.parametrize(("value", "message"), REFUSED)
@pytest.mark.parametrize("call", CALLS, ids=str)
async def test_an_empty_or_dot_path_value_is_refused_naming_the_parameter(
    call: str, value: str, message: str
) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(ValueError) as raised:
        await CALLS[call](_recording_client(sent), value)
    assert str(raised.value) == message
    assert sent == []


@pytest.mark.parametrize(("value", "segment"), SENT)
@pytest.mark.parametrize("call", CALLS, ids=str)
async def test_any_other_path_value_is_encoded_into_one_segment_and_sent(
    call: str, value: Any, segment: str
) -> None:
    sent: list[httpx.Request] = []
    await CALLS[call](_recording_client(sent), value)
    (request,) = sent
    assert request.url.raw_path.decode().split("?")[0] == PREFIX + segment


@pytest.mark.parametrize("name", ["account_id", "app_id"])
@pytest.mark.parametrize("value", [".", ".."], ids=["dot", "dot_dot"])
def test_a_dot_account_or_app_of_the_facade_is_refused_naming_it(name: str, value: str) -> None:
    sent: list[httpx.Request] = []
    ids = {"account_id": "acc", "app_id": "app", name: value}
    rtk = RealtimeKit(**ids, client=_recording_client(sent))
    with pytest.raises(ValueError, match=f"^path parameter {name} is '{value}': a dot segment"):
        rtk.webhooks.get("w-1")
    assert sent == []
