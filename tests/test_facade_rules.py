"""Rules of the facade that only a behaviour shows, through the public API (``RealtimeKit(...)``):
a call without ``timeout=`` keeps the client's timeout, no resource takes the name of one of the
facade's own attributes, and a pager's ``list`` leaves ``page_no`` to the pager."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any, TypeAlias

import httpx
import pytest
from realtimekit_client import AsyncRealtimeKit, AuthenticatedClient, RealtimeKit
from realtimekit_client.facade_base import Resource

from conftest import public_names
from rtkgen.facade.naming import place

MEETING = {"id": "m-1", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
SEVEN_SECONDS = {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
Facade: TypeAlias = RealtimeKit | AsyncRealtimeKit


def recording_client(seen: list[httpx.Request], **options: Any) -> AuthenticatedClient:
    """A client whose transport records each request and answers a meeting."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "data": MEETING})

    transport = httpx.MockTransport(answer)
    return AuthenticatedClient(
        base_url="https://api.test",
        token="t",
        max_retries=0,
        httpx_args={"transport": transport},
        **options,
    )


def test_a_call_without_timeout_keeps_the_clients_timeout() -> None:
    """No ``timeout=``: the request has the client's timeout (a method default of None would send
    none at all); ``timeout=`` still replaces it for that call."""
    seen: list[httpx.Request] = []
    client = recording_client(seen, timeout=httpx.Timeout(7.0))
    rtk = RealtimeKit(account_id="acc", app_id="app", client=client)
    assert rtk.meetings.get("m-1").id == "m-1"
    rtk.with_raw_response.meetings.get("m-1")
    rtk.meetings.get("m-1", extra_headers={"X-Extra": "1"})  # the path with extras
    rtk.meetings.get("m-1", timeout=3.0)
    timeouts = [request.extensions["timeout"] for request in seen]
    assert timeouts[:3] == [SEVEN_SECONDS] * 3
    assert timeouts[3] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


async def test_an_async_call_without_timeout_keeps_the_clients_timeout() -> None:
    seen: list[httpx.Request] = []
    client = recording_client(seen, timeout=httpx.Timeout(7.0))
    async with AsyncRealtimeKit(account_id="acc", app_id="app", client=client) as rtk:
        assert (await rtk.meetings.get("m-1")).id == "m-1"
        await rtk.meetings.get("m-1", extra_query={"q": "1"})
        await rtk.with_raw_response.meetings.get("m-1")
    assert [request.extensions["timeout"] for request in seen] == [SEVEN_SECONDS] * 3


@pytest.mark.parametrize("kind", [RealtimeKit, AsyncRealtimeKit])
def test_a_facade_built_without_timeout_has_the_clients_default(kind: type[Facade]) -> None:
    default = AuthenticatedClient(token="t").get_httpx_client().timeout
    assert default == httpx.Timeout(30.0, connect=5.0)
    built = kind(account_id="acc", app_id="app", token="t").client
    assert built.get_httpx_client().timeout == default
    assert built.get_async_httpx_client().timeout == default
    given = kind(account_id="acc", app_id="app", token="t", timeout=4.0).client
    assert given.get_httpx_client().timeout == httpx.Timeout(4.0)


def own_attributes(kind: type[Facade]) -> set[str]:
    """The public names a facade has that are not resources (``client``, ``close``, ...)."""
    rtk = kind(account_id="acc", app_id="app", token="t")
    return {name for name in public_names(kind) if not isinstance(getattr(rtk, name), Resource)} | {
        "with_raw_response"
    }


def test_a_resource_never_takes_the_name_of_an_attribute_of_the_facade() -> None:
    """A path segment ``client`` (or ``close``, ``account_id``, ...) would hide the facade's own
    attribute: the rule gives it a trailing ``_``, as a resource and as a verb."""
    names = own_attributes(RealtimeKit) | own_attributes(AsyncRealtimeKit)
    assert {"client", "close", "aclose", "account_id", "app_id", "with_raw_response"} <= names
    for name in sorted(names):
        segment = name.replace("_", "-")  # as a docs path spells it
        for literal in (name, segment):
            resources, _ = place(f"/accounts/{{account_id}}/{literal}/things", "get", {}, 1, False)
            assert resources == (f"{name}_", "things"), literal
            resources, method = place(f"/accounts/{{account_id}}/things/{literal}", "post", {}, 1, False)
            assert (resources, method) == (("things",), f"{name}_"), literal


def facade_methods(node: object, prefix: str = "") -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every public method reachable from ``node``, resources followed."""
    for name in public_names(type(node)):
        if name in {"client", "account_id", "app_id"}:
            continue
        value = getattr(node, name)
        if isinstance(value, Resource) or name == "with_raw_response":
            yield from facade_methods(value, f"{prefix}{name}.")
        elif callable(value):
            yield f"{prefix}{name}", value


@pytest.mark.parametrize("kind", [RealtimeKit, AsyncRealtimeKit])
def test_a_pagers_list_method_leaves_the_page_number_to_the_pager(kind: type[Facade]) -> None:
    rtk = kind(account_id="acc", app_id="app", token="t")
    pagers = {
        dotted: inspect.signature(method)
        for dotted, method in facade_methods(rtk)
        if "Pager[" in str(inspect.signature(method).return_annotation)
    }
    assert len(pagers) >= 2, sorted(pagers)  # the apps and the participants at least
    for dotted, signature in pagers.items():
        assert "page_no" not in signature.parameters, dotted
        assert "per_page" in signature.parameters, dotted
