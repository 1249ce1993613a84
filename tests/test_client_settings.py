"""The client's ``with_*`` copies and its httpx clients (templates/runtime/client.py): a copy has
the old settings plus the new ones, and httpx clients already built take the new ones too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, Client

Made: TypeAlias = Client | AuthenticatedClient
KINDS: list[Callable[..., Made]] = [
    lambda **kw: Client(base_url="https://api.test", **kw),
    lambda **kw: AuthenticatedClient(base_url="https://api.test", token="t", **kw),
]
TIMEOUT = httpx.Timeout(3.0)


def built(client: Made) -> list[httpx.Client | httpx.AsyncClient]:
    """Both httpx clients of ``client``, built now."""
    return [client.get_httpx_client(), client.get_async_httpx_client()]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("change", "read"),
    [
        (lambda c: c.with_headers({"B": "2"}), lambda h: (h.headers.get("A"), h.headers.get("B"))),
        (lambda c: c.with_cookies({"b": "2"}), lambda h: (h.cookies.get("a"), h.cookies.get("b"))),
        (lambda c: c.with_timeout(TIMEOUT), lambda h: h.timeout),
    ],
    ids=["headers", "cookies", "timeout"],
)
@pytest.mark.parametrize("build_first", [False, True])
def test_a_with_copy_has_the_old_and_the_new_settings(
    kind: Callable[..., Made],
    change: Callable[[Made], Made],
    read: Callable[[Any], Any],
    build_first: bool,
) -> None:
    client = kind(headers={"A": "1"}, cookies={"a": "1"})
    before = built(client) if build_first else []
    copy = change(client)
    # what a client made with all the settings at once has
    wanted = [
        read(h)
        for h in built(kind(headers={"A": "1", "B": "2"}, cookies={"a": "1", "b": "2"}, timeout=TIMEOUT))
    ]
    assert wanted[0] != read(httpx.Client())
    assert [read(h) for h in built(copy)] == wanted
    assert [read(h) for h in before] == wanted[: len(before)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_client_set_by_hand_is_the_one_used(kind: Callable[..., Made]) -> None:
    client = kind()
    sync, asynchronous = httpx.Client(), httpx.AsyncClient()
    assert client.set_httpx_client(sync) is client
    assert client.set_async_httpx_client(asynchronous) is client
    assert built(client) == [sync, asynchronous]


@pytest.mark.parametrize("kind", KINDS)
async def test_the_async_context_closes_the_async_client(kind: Callable[..., Made]) -> None:
    client = kind()
    async with client as entered:
        assert entered is client
        assert not client.get_async_httpx_client().is_closed
    assert client.get_async_httpx_client().is_closed


class ExitRecorder(httpx.MockTransport):
    """A transport that records the arguments its context-manager exits get."""

    def __init__(self) -> None:
        super().__init__(lambda request: httpx.Response(200))
        self.exits: list[tuple[Any, ...]] = []

    def __exit__(self, *args: Any) -> None:
        self.exits.append(args)

    async def __aexit__(self, *args: Any) -> None:
        self.exits.append(args)


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_in_the_clients_context_reaches_the_transport(kind: Callable[..., Made]) -> None:
    transport = ExitRecorder()
    client = kind().set_httpx_client(httpx.Client(transport=transport))
    with pytest.raises(ValueError) as caught, client:
        raise ValueError("boom")
    assert transport.exits == [(ValueError, caught.value, caught.value.__traceback__)]


@pytest.mark.parametrize("kind", KINDS)
async def test_an_error_in_the_clients_async_context_reaches_the_transport(kind: Callable[..., Made]) -> None:
    transport = ExitRecorder()
    client = kind().set_async_httpx_client(httpx.AsyncClient(transport=transport))
    with pytest.raises(ValueError) as caught:
        async with client:
            raise ValueError("boom")
    assert transport.exits == [(ValueError, caught.value, caught.value.__traceback__)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("follow", [False, True])
async def test_both_httpx_clients_follow_redirects_as_the_client_says(
    kind: Callable[..., Made], follow: bool
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(302, headers={"Location": "https://api.test/new"})
        return httpx.Response(200)

    client = kind(
        follow_redirects=follow, httpx_args={"transport": httpx.MockTransport(answer)}, max_retries=0
    )
    expected = 200 if follow else 302
    assert client.get_httpx_client().get("/old").status_code == expected
    assert (await client.get_async_httpx_client().get("/old")).status_code == expected
