"""The client's retries and pagination at their edges (survivors of ``make mutation``): one retry,
mounts, the defaults of the transports, what the asynchronous retry logs and waits, the exact
warnings and errors of the page walk, and bodies the walk parses itself.

Black-box where the behaviour is public: through a client, ``paginate``/``apaginate``, or the
transports and policy the package exports."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, BadRequestError, RetryPolicy, apaginate, paginate
from realtimekit_client.errors import InvalidResponseBody
from realtimekit_client.facade_base import json_of
from realtimekit_client.pagination import data_items
from realtimekit_client.retry import AsyncRetryTransport, RetryTransport
from realtimekit_client.types import Response

# --- retries ---------------------------------------------------------------------------------


class Replies:
    """A fake server answering with the given replies in turn (the last one forever)."""

    def __init__(self, *replies: int | Exception) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        return httpx.Response(reply, json={})


def recording_policy(sleeps: list[float]) -> RetryPolicy:
    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return RetryPolicy(sleep=sleeps.append, async_sleep=async_sleep, random=lambda: 0.5, clock=lambda: 0.0)


def test_max_retries_1_retries_once() -> None:
    server, sleeps = Replies(503, 503, 200), list[float]()
    client = AuthenticatedClient(
        token="t",
        max_retries=1,
        retry_policy=recording_policy(sleeps),
        httpx_args={"transport": httpx.MockTransport(server)},
    )
    assert client.get_httpx_client().get("https://x.test/a").status_code == 503
    assert (len(server.requests), sleeps) == (2, [0.375])


async def test_max_retries_1_retries_once_async() -> None:
    server, sleeps = Replies(503, 503, 200), list[float]()
    client = AuthenticatedClient(
        token="t",
        max_retries=1,
        retry_policy=recording_policy(sleeps),
        httpx_args={"transport": httpx.MockTransport(server)},
    )
    assert (await client.get_async_httpx_client().get("https://x.test/a")).status_code == 503
    assert (len(server.requests), sleeps) == (2, [0.375])


def test_a_mounted_transport_retries_with_the_clients_limit_and_policy() -> None:
    main, mounted, sleeps = Replies(200), Replies(503, 503, 503, 200), list[float]()
    mounts = {"https://mounted.test": httpx.MockTransport(mounted), "https://direct.test": None}
    client = AuthenticatedClient(
        token="t",
        max_retries=2,
        retry_policy=recording_policy(sleeps),
        httpx_args={"transport": httpx.MockTransport(main), "mounts": mounts},
    )
    httpx_client = client.get_httpx_client()
    assert httpx_client.get("https://mounted.test/a").status_code == 503
    assert (len(mounted.requests), sleeps) == (3, [0.375, 0.75])
    wrapped = {str(pattern.pattern): transport for pattern, transport in httpx_client._mounts.items()}
    assert wrapped["https://direct.test"] is None  # "no transport" (no proxy) stays so


def test_the_transports_default_to_two_retries_and_the_default_policy() -> None:
    inner = httpx.MockTransport(Replies(200))
    for transport in (RetryTransport(inner), AsyncRetryTransport(httpx.MockTransport(Replies(200)))):
        assert transport.max_retries == 2
        assert transport.policy == RetryPolicy()


def test_retry_after_is_read_from_a_plain_mapping() -> None:
    assert RetryPolicy().delay_after_response("GET", 429, {"retry-after": "3"}, 0) == 3.0


async def test_the_default_async_sleep_yields_to_the_event_loop() -> None:
    """``asyncio.sleep(0)`` lets another ready task run before the sleeper goes on."""
    order: list[str] = []

    async def other() -> None:
        order.append("other task")

    task = asyncio.create_task(other())
    await RetryPolicy().async_sleep(0)
    order.append("after the sleep")
    await task
    assert order == ["other task", "after the sleep"]


async def test_the_default_async_sleep_waits_the_seconds_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []

    async def recorded(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", recorded)
    await RetryPolicy().async_sleep(1.25)
    assert waited == [1.25]


async def test_the_async_retry_logs_and_waits_like_the_sync_one(caplog: pytest.LogCaptureFixture) -> None:
    sleeps: list[float] = []
    server = Replies(503, httpx.ConnectError("refused"), 200)
    transport = AsyncRetryTransport(
        httpx.MockTransport(server), max_retries=4, policy=recording_policy(sleeps)
    )
    with caplog.at_level(logging.INFO):
        response = await transport.handle_async_request(httpx.Request("GET", "https://x.test/a"))
    assert response.status_code == 200
    assert sleeps == [0.375, 0.75]
    assert [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")] == [
        "retrying GET https://x.test/a after 503 in 0.38 s (retry 1 of 4)",
        "retrying GET https://x.test/a after ConnectError in 0.75 s (retry 2 of 4)",
    ]


class ContextRecorder(httpx.MockTransport):
    """A transport that records the arguments of its context-manager exits."""

    def __init__(self) -> None:
        super().__init__(Replies(200))
        self.exits: list[tuple[Any, ...]] = []

    def __exit__(self, *args: Any) -> None:
        self.exits.append(args)

    async def __aexit__(self, *args: Any) -> None:
        self.exits.append(args)


def test_the_wrapped_transport_gets_the_traceback_too() -> None:
    inner = ContextRecorder()
    with pytest.raises(ValueError) as caught, RetryTransport(inner):
        raise ValueError("boom")
    assert inner.exits == [(ValueError, caught.value, caught.value.__traceback__)]


async def test_the_wrapped_async_transport_gets_the_traceback_too() -> None:
    inner = ContextRecorder()
    with pytest.raises(ValueError) as caught:
        async with AsyncRetryTransport(inner):
            raise ValueError("boom")
    assert inner.exits == [(ValueError, caught.value, caught.value.__traceback__)]


# --- pagination ------------------------------------------------------------------------------


class Pages:
    """A list operation (a plain function) over fixed bodies; ``parsed`` False leaves parsing to
    the walk (``parsed`` None, the JSON in ``content``), as for an operation without a model."""

    def __init__(self, *bodies: bytes, status: int = 200, parsed: bool = True) -> None:
        self.bodies = bodies
        self.status = status
        self.parsed = parsed
        self.calls: list[dict[str, Any]] = []

    def _response(self, page_no: int) -> Response[Any]:
        content = self.bodies[min(page_no, len(self.bodies)) - 1]
        parsed = json.loads(content) if self.parsed else None
        return Response(status_code=self.status, content=content, headers={}, parsed=parsed)

    def __call__(self, *, client: AuthenticatedClient, page_no: int, **params: Any) -> Response[Any]:
        self.calls.append({"page_no": page_no, **params})
        return self._response(page_no)


class AsyncPages:
    """The asynchronous operation over ``pages``."""

    def __init__(self, pages: Pages) -> None:
        self.pages = pages

    async def __call__(self, *, client: AuthenticatedClient, page_no: int, **params: Any) -> Response[Any]:
        return self.pages(client=client, page_no=page_no, **params)


CLIENT = AuthenticatedClient(token="t")


def test_a_page_the_walk_parses_itself_is_read() -> None:
    pages = Pages(b'{"data": [1, 2]}', b'{"data": []}', parsed=False)
    assert list(paginate(pages, client=CLIENT)) == [1, 2]


def test_without_per_page_none_is_sent() -> None:
    pages = Pages(b'{"data": [1]}', b'{"data": []}')
    assert list(paginate(pages, client=CLIENT, search="x")) == [1]
    assert pages.calls == [{"page_no": 1, "search": "x"}, {"page_no": 2, "search": "x"}]


def test_a_400_page_raises() -> None:
    with pytest.raises(BadRequestError):
        list(paginate(Pages(b'{"success": false}', status=400), client=CLIENT))


async def test_apaginate_takes_a_plain_async_function() -> None:
    pages = AsyncPages(Pages(b'{"data": [1, 2]}', b'{"data": [3]}'))
    assert [item async for item in apaginate(pages, client=CLIENT)] == [1, 2, 3]


def test_the_walk_warns_when_a_page_repeats(caplog: pytest.LogCaptureFixture) -> None:
    pages = Pages(b'{"data": [1]}')
    with caplog.at_level(logging.WARNING):
        assert list(paginate(pages, client=CLIENT)) == [1]
    assert [record.getMessage() for record in caplog.records] == [
        "paginate: page repeats the previous one; the server ignores page_no? Stopping."
    ]


def test_the_walk_warns_when_it_stops_at_max_pages(caplog: pytest.LogCaptureFixture) -> None:
    pages = Pages(b'{"data": [1]}', b'{"data": [2]}', b'{"data": [3]}')
    with caplog.at_level(logging.WARNING):
        assert list(paginate(pages, client=CLIENT, max_pages=2)) == [1, 2]
    assert [record.getMessage() for record in caplog.records] == [
        "paginate: stopped after max_pages=2 pages; more may remain"
    ]


def test_max_pages_below_one_is_refused_with_its_reason() -> None:
    with pytest.raises(ValueError, match=r"^max_pages must be at least 1$"):
        list(paginate(Pages(b"{}"), client=CLIENT, max_pages=0))


def test_data_that_is_not_a_list_names_its_type_and_the_way_out() -> None:
    with pytest.raises(TypeError) as caught:
        data_items({"data": {"id": "x"}})
    assert str(caught.value) == (
        "paginate: the page's `data` is a dict, not a list; "
        "pass items=... to say where the items of a page are"
    )


@pytest.mark.parametrize(
    ("parsed", "content", "expected"),
    [
        ({"a": 1}, b'{"a": 1}', {"a": 1}),  # an open body: the generated parse gave the JSON
        (None, b'{"a": 1}', {"a": 1}),  # an undocumented response (only `default`): read here
        (None, b"[1, 2]", [1, 2]),
        (None, b"", None),  # an empty body (a 204) is None, not an error
        (None, b"null", None),
    ],
)
def test_json_of_reads_the_body_the_generated_code_did_not(
    parsed: Any, content: bytes, expected: Any
) -> None:
    assert json_of(Response(200, content, {}, parsed)) == expected


def test_json_of_an_undocumented_body_that_is_not_json() -> None:
    with pytest.raises(InvalidResponseBody, match="not the documented JSON"):
        json_of(Response(200, b"<html>", {}, None))
    with pytest.raises(BadRequestError):
        json_of(Response(400, b'{"success": false}', {}, None))
