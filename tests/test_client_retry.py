"""Retries of the generated client (realtimekit_client/retry.py, from templates/runtime/retry.py):
which failures and methods are retried, how long it waits (Retry-After, backoff with jitter),
sync and async, all in-process through httpx.MockTransport with an injected sleep."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from realtimekit_client import ApiConnectionError, ApiTimeoutError, AuthenticatedClient, RetryPolicy
from realtimekit_client.api.meetings import create_a_meeting, fetch_all_meetings_for_an_app
from realtimekit_client.retry import (
    AsyncRetryTransport,
    RetryTransport,
    async_client_arguments,
    client_arguments,
    parse_retry_after,
    retryable_error,
)

NOW = 1_800_000_000.0
Reply = httpx.Response | Exception


class Script:
    """A fake server that answers each request with the next reply of a script (a Response, or an
    exception to raise as a transport failure), and records the requests it got."""

    def __init__(self, *replies: Reply):
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        # a fresh Response each time: the cases are shared by the sync and async tests
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)


def status(code: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(code, json={"success": code < 400}, headers=headers)


def new_sleeps() -> list[float]:
    return []


def policy(sleeps: list[float], jitter: float = 0.5) -> RetryPolicy:
    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return RetryPolicy(sleep=sleeps.append, async_sleep=async_sleep, random=lambda: jitter, clock=lambda: NOW)


def client_for(script: Script, sleeps: list[float], **options: Any) -> AuthenticatedClient:
    transport = httpx.MockTransport(script)
    return AuthenticatedClient(
        token="t", retry_policy=policy(sleeps), httpx_args={"transport": transport}, **options
    )


def call(client: AuthenticatedClient, method: str) -> int:
    """One request with ``method`` through a generated operation (GET: list meetings, POST: create one)."""
    if method == "GET":
        return int(fetch_all_meetings_for_an_app.sync_detailed("acc", "app", client=client).status_code)
    return int(create_a_meeting.sync_detailed("acc", "app", client=client).status_code)


async def acall(client: AuthenticatedClient, method: str) -> int:
    if method == "GET":
        response = await fetch_all_meetings_for_an_app.asyncio_detailed("acc", "app", client=client)
    else:
        response = await create_a_meeting.asyncio_detailed("acc", "app", client=client)
    return int(response.status_code)


def assert_wraps(raised: ApiConnectionError, error: Exception) -> None:
    """The operation raised httpx's ``error`` (after the retries) as the client's own type."""
    assert raised.__cause__ is error
    timeout = isinstance(error, httpx.TimeoutException)
    assert type(raised) is (ApiTimeoutError if timeout else ApiConnectionError)


# (method, replies, max_retries, final status, requests sent)
RESPONSE_CASES = [
    ("GET", [status(503), status(503), status(200)], 2, 200, 3),
    ("GET", [status(503)], 2, 503, 3),  # gives up after max_retries
    ("GET", [status(503), status(200)], 0, 503, 1),  # 0 turns retries off
    ("GET", [status(503)], 5, 503, 6),
    ("GET", [status(429), status(200)], 2, 200, 2),
    ("GET", [status(502), status(200)], 2, 200, 2),
    ("GET", [status(504), status(200)], 2, 200, 2),
    ("GET", [status(500), status(200)], 2, 500, 1),  # 500 is not retried
    ("GET", [status(501), status(200)], 2, 501, 1),
    ("GET", [status(520), status(200)], 2, 520, 1),
    ("GET", [status(400), status(200)], 2, 400, 1),
    ("GET", [status(404), status(200)], 2, 404, 1),
    ("POST", [status(503), status(201)], 2, 503, 1),  # no Retry-After: may have been processed
    ("POST", [status(502), status(201)], 2, 502, 1),
    ("POST", [status(504, "1"), status(201)], 2, 504, 1),  # 504 even with Retry-After
    ("POST", [status(429), status(201)], 2, 429, 1),
    ("POST", [status(429, "1"), status(201)], 2, 201, 2),  # refused, and told when to come back
    ("POST", [status(503, "2"), status(201)], 2, 201, 2),
]


@pytest.mark.parametrize(("method", "replies", "max_retries", "final", "sent"), RESPONSE_CASES)
def test_retries_on_statuses_sync(
    method: str, replies: list[Reply], max_retries: int, final: int, sent: int
) -> None:
    script, sleeps = Script(*replies), new_sleeps()
    assert call(client_for(script, sleeps, max_retries=max_retries), method) == final
    assert len(script.requests) == sent
    assert len(sleeps) == sent - 1


@pytest.mark.parametrize(("method", "replies", "max_retries", "final", "sent"), RESPONSE_CASES)
async def test_retries_on_statuses_async(
    method: str, replies: list[Reply], max_retries: int, final: int, sent: int
) -> None:
    script, sleeps = Script(*replies), new_sleeps()
    client = client_for(script, sleeps, max_retries=max_retries)
    assert await acall(client, method) == final
    assert len(script.requests) == sent
    assert len(sleeps) == sent - 1


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://x.test")


# (method, error, retried?)
ERROR_CASES = [
    ("GET", httpx.ConnectError("refused"), True),
    ("GET", httpx.ConnectTimeout("slow connect"), True),
    ("GET", httpx.ReadTimeout("slow read"), True),
    ("GET", httpx.ReadError("reset"), True),
    ("GET", httpx.RemoteProtocolError("server hung up"), True),
    ("POST", httpx.ConnectError("refused"), True),  # nothing was sent
    ("POST", httpx.ConnectTimeout("slow connect"), True),
    ("POST", httpx.PoolTimeout("no connection free"), True),
    ("POST", httpx.ReadTimeout("slow read"), False),  # the server may have created it
    ("POST", httpx.ReadError("reset"), False),
    ("POST", httpx.RemoteProtocolError("server hung up"), False),
    ("GET", httpx.UnsupportedProtocol("ftp?"), False),  # our mistake, not the network's
]


@pytest.mark.parametrize(("method", "error", "retried"), ERROR_CASES)
def test_retries_on_transport_errors_sync(method: str, error: Exception, retried: bool) -> None:
    script, sleeps = Script(error, status(200 if method == "GET" else 201)), new_sleeps()
    client = client_for(script, sleeps)
    if retried:
        assert call(client, method) in (200, 201)
        assert len(script.requests) == 2
    else:
        with pytest.raises(ApiConnectionError) as caught:
            call(client, method)
        assert_wraps(caught.value, error)
        assert len(script.requests) == 1


@pytest.mark.parametrize(("method", "error", "retried"), ERROR_CASES)
async def test_retries_on_transport_errors_async(method: str, error: Exception, retried: bool) -> None:
    script, sleeps = Script(error, status(200 if method == "GET" else 201)), new_sleeps()
    client = client_for(script, sleeps)
    if retried:
        assert await acall(client, method) in (200, 201)
        assert len(script.requests) == 2
    else:
        with pytest.raises(ApiConnectionError) as caught:
            await acall(client, method)
        assert_wraps(caught.value, error)
        assert len(script.requests) == 1


@pytest.mark.parametrize(("method", "error", "retried"), ERROR_CASES)
def test_retryable_error_table(method: str, error: Exception, retried: bool) -> None:
    assert retryable_error(method, error) is retried


def test_transport_errors_are_raised_once_retries_are_spent() -> None:
    refused = httpx.ConnectError("refused")
    script, sleeps = Script(refused), new_sleeps()
    with pytest.raises(ApiConnectionError) as caught:
        call(client_for(script, sleeps, max_retries=3), "GET")
    assert_wraps(caught.value, refused)
    assert len(script.requests) == 4


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        ("0", 0.0),
        (" 12 ", 12.0),
        (email.utils.formatdate(NOW + 10, usegmt=True), 10.0),
        (email.utils.formatdate(NOW - 100, usegmt=True), 0.0),  # in the past: no wait
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, NOW) == seconds


@pytest.mark.parametrize(
    ("header", "slept"),
    [
        ("3", 3.0),
        (email.utils.formatdate(NOW + 10, usegmt=True), 10.0),
        ("3600", 60.0),  # capped at retry_after_max
        ("garbage", 0.375),  # unreadable: the backoff instead
    ],
)
def test_the_wait_honours_retry_after(header: str, slept: float) -> None:
    script, sleeps = Script(status(429, header), status(200)), new_sleeps()
    assert call(client_for(script, sleeps), "GET") == 200
    assert sleeps == [pytest.approx(slept)]


def test_backoff_doubles_from_the_base_with_jitter() -> None:
    script, sleeps = Script(status(503)), new_sleeps()
    call(client_for(script, sleeps, max_retries=6), "GET")
    # ceilings 0.5, 1, 2, 4, 8, 8 (capped); jitter 0.5 waits three quarters of each
    assert sleeps == pytest.approx([0.375, 0.75, 1.5, 3.0, 6.0, 6.0])


@given(
    attempt=st.integers(min_value=0, max_value=40),
    jitter=st.floats(min_value=0.0, max_value=0.999999),
    base=st.floats(min_value=0.01, max_value=5.0),
)
def test_backoff_stays_in_the_upper_half_of_its_ceiling(attempt: int, jitter: float, base: float) -> None:
    retry = RetryPolicy(backoff_base=base, backoff_max=30.0, random=lambda: jitter)
    ceiling = min(30.0, base * 2.0**attempt)
    assert ceiling / 2 <= retry.backoff(attempt) <= ceiling


def test_jitter_spreads_the_waits() -> None:
    values = iter([0.0, 0.99])
    retry = RetryPolicy(random=lambda: next(values))
    assert retry.backoff(3) != retry.backoff(3)


@pytest.mark.parametrize("max_retries", [-1, -5])
def test_negative_max_retries_is_refused(max_retries: int) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        AuthenticatedClient(token="t", max_retries=max_retries)


def test_the_users_transport_and_mounts_are_retried() -> None:
    """The user's ``transport`` and ``mounts`` go through the retries (wrapped at construction,
    through httpx's public arguments); a ``None`` mount takes the (retried) main transport."""
    main, mounted, sleeps = Script(status(503), status(200)), Script(status(502), status(200)), new_sleeps()
    client = AuthenticatedClient(
        token="t",
        retry_policy=policy(sleeps),
        httpx_args={
            "transport": httpx.MockTransport(main),
            "mounts": {"http://": httpx.MockTransport(mounted), "https://direct.test": None},
        },
    )
    http = client.get_httpx_client()
    assert http.get("https://api.test/a").status_code == 200
    assert http.get("http://other.test/b").status_code == 200
    assert [str(r.url) for r in main.requests] == ["https://api.test/a"] * 2
    assert [str(r.url) for r in mounted.requests] == ["http://other.test/b"] * 2
    main.replies = [status(503), status(200)]
    assert http.get("https://direct.test/c").status_code == 200
    assert [str(r.url) for r in main.requests[2:]] == ["https://direct.test/c"] * 2
    assert len(sleeps) == 3


async def test_the_async_clients_transport_and_mounts_are_retried() -> None:
    main, mounted, sleeps = Script(status(503), status(200)), Script(status(429), status(200)), new_sleeps()
    client = AuthenticatedClient(
        token="t",
        max_retries=3,
        retry_policy=policy(sleeps),
        httpx_args={
            "transport": httpx.MockTransport(main),
            "mounts": {"http://": httpx.MockTransport(mounted)},
        },
    )
    http = client.get_async_httpx_client()
    assert (await http.get("https://api.test/a")).status_code == 200
    assert (await http.get("http://other.test/b")).status_code == 200
    assert len(main.requests) == len(mounted.requests) == 2 and len(sleeps) == 2


def test_no_retries_without_max_retries() -> None:
    main = Script(status(503), status(200))
    client = AuthenticatedClient(
        token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(main)}
    )
    assert client.get_httpx_client().get("https://api.test/a").status_code == 503
    assert len(main.requests) == 1


def test_the_arguments_wrap_every_transport_and_keep_the_others() -> None:
    main, mounted = httpx.MockTransport(Script(status(200))), httpx.MockTransport(Script(status(200)))
    retry = RetryPolicy()
    arguments = client_arguments(
        False,
        {"transport": main, "mounts": {"http://": mounted, "https://x.test": None}, "trust_env": False},
        3,
        retry,
    )
    assert arguments["verify"] is False and arguments["trust_env"] is False
    wrapped = arguments["transport"]
    assert isinstance(wrapped, RetryTransport) and wrapped.transport is main
    assert wrapped.max_retries == 3 and wrapped.policy is retry
    assert arguments["mounts"]["https://x.test"] is None
    assert isinstance(arguments["mounts"]["http://"], RetryTransport)
    assert arguments["mounts"]["http://"].transport is mounted
    built = client_arguments(True, {"proxy": "http://proxy.test:3128"}, 1, retry)
    assert "proxy" not in built and isinstance(built["transport"].transport, httpx.HTTPTransport)
    assert isinstance(built["mounts"]["all://"].transport, httpx.HTTPTransport)
    asynchronous = async_client_arguments(True, {"proxy": "http://proxy.test:3128"}, 1, retry)
    assert isinstance(asynchronous["transport"], AsyncRetryTransport)
    assert isinstance(asynchronous["mounts"]["all://"].transport, httpx.AsyncHTTPTransport)
    assert client_arguments(True, {"transport": main}, 0, retry) == {"verify": True, "transport": main}


def test_a_retried_request_carries_the_same_body_and_token() -> None:
    script, sleeps = Script(httpx.ConnectError("refused"), status(201)), new_sleeps()
    client = client_for(script, sleeps)
    create_a_meeting.sync_detailed("acc", "app", client=client)
    first, second = script.requests
    assert first.content == second.content
    assert second.headers["Authorization"] == "Bearer t"


def test_retries_are_logged_without_headers(caplog: pytest.LogCaptureFixture) -> None:
    script, sleeps = Script(status(503), status(200)), new_sleeps()
    with caplog.at_level("INFO", logger="realtimekit_client.retry"):
        call(client_for(script, sleeps), "GET")
    assert (
        "retrying GET https://api.cloudflare.com/client/v4/accounts/acc/realtime/kit/app/meetings"
        in caplog.text
    )
    assert "after 503" in caplog.text


def test_sleep_defaults_are_real_functions() -> None:
    retry = RetryPolicy()
    sleep: Callable[[float], None] = retry.sleep
    assert sleep.__name__ == "sleep"
    assert retry.async_sleep.__name__ == "_asyncio_sleep"


async def test_async_context_enters_and_closes_the_wrapped_transport() -> None:
    script, sleeps = Script(status(503), status(200)), new_sleeps()
    client = client_for(script, sleeps)
    async with client as entered:
        assert await acall(entered, "GET") == 200
    assert len(script.requests) == 2
    assert client.get_async_httpx_client().is_closed


def test_sync_context_enters_and_closes_the_wrapped_transport() -> None:
    script, sleeps = Script(status(502), status(200)), new_sleeps()
    client = client_for(script, sleeps)
    with client as entered:
        assert call(entered, "GET") == 200
    assert client.get_httpx_client().is_closed
    assert len(sleeps) == 1


def test_the_plain_client_retries_too() -> None:
    from realtimekit_client import Client

    script, sleeps = Script(status(503), status(200)), new_sleeps()
    client = Client(retry_policy=policy(sleeps), httpx_args={"transport": httpx.MockTransport(script)})
    assert client.get_httpx_client().get("/x").status_code == 200
    assert len(script.requests) == 2


# --- Each method's rules, at the transport (mutants that no case above caught) ----------------

# (method, reply or error, retried?)
METHOD_CASES = [
    *((m, status(502), True) for m in ("PUT", "DELETE", "HEAD")),  # idempotent: retried on any status
    *((m, httpx.ReadTimeout("slow read"), True) for m in ("PUT", "DELETE", "HEAD")),
    ("PATCH", status(503), False),  # not idempotent: only when refused with a Retry-After
    ("PATCH", status(502), False),
    ("PATCH", httpx.ReadTimeout("slow read"), False),
    ("PATCH", status(503, "1"), True),
    ("PATCH", httpx.ConnectError("refused"), True),
    ("POST", status(502, "1"), False),  # a 502 may hide a POST that was carried out, Retry-After or not
    ("POST", status(504, "1"), False),
]


def transport_for(script: Script, sleeps: list[float], max_retries: int = 2) -> RetryTransport:
    return RetryTransport(httpx.MockTransport(script), max_retries, policy(sleeps))


def async_transport_for(script: Script, sleeps: list[float], max_retries: int = 2) -> AsyncRetryTransport:
    return AsyncRetryTransport(httpx.MockTransport(script), max_retries, policy(sleeps))


@pytest.mark.parametrize(("method", "first", "retried"), METHOD_CASES)
def test_each_methods_retry_rule_sync(method: str, first: Reply, retried: bool) -> None:
    script, sleeps = Script(first, status(200)), new_sleeps()
    transport = transport_for(script, sleeps)
    request = httpx.Request(method, "https://x.test/a")
    if retried:
        assert transport.handle_request(request).status_code == 200
    elif isinstance(first, Exception):
        with pytest.raises(type(first)):
            transport.handle_request(request)
    else:
        assert transport.handle_request(request).status_code == first.status_code
    assert len(script.requests) == (2 if retried else 1)


@pytest.mark.parametrize(("method", "first", "retried"), METHOD_CASES)
async def test_each_methods_retry_rule_async(method: str, first: Reply, retried: bool) -> None:
    script, sleeps = Script(first, status(200)), new_sleeps()
    transport = async_transport_for(script, sleeps)
    request = httpx.Request(method, "https://x.test/a")
    if retried:
        assert (await transport.handle_async_request(request)).status_code == 200
    elif isinstance(first, Exception):
        with pytest.raises(type(first)):
            await transport.handle_async_request(request)
    else:
        assert (await transport.handle_async_request(request)).status_code == first.status_code
    assert len(script.requests) == (2 if retried else 1)


@pytest.mark.parametrize("max_retries", [1, 3])
async def test_async_transport_errors_are_raised_once_retries_are_spent(max_retries: int) -> None:
    script, sleeps = Script(httpx.ConnectError("refused")), new_sleeps()
    with pytest.raises(httpx.ConnectError):
        await async_transport_for(script, sleeps, max_retries).handle_async_request(_request())
    assert len(script.requests) == max_retries + 1
    assert len(sleeps) == max_retries


@pytest.mark.parametrize("max_retries", [1, 3])
async def test_async_statuses_are_returned_once_retries_are_spent(max_retries: int) -> None:
    script, sleeps = Script(status(503)), new_sleeps()
    response = await async_transport_for(script, sleeps, max_retries).handle_async_request(_request())
    assert response.status_code == 503
    assert len(script.requests) == max_retries + 1


@pytest.mark.parametrize(
    "header",
    [
        "Wed, 21 Oct 2026 07:28:00 -0000",  # "-0000": a date of unknown zone, read as naive
        "Wed, 21 Oct 2026 07:28:00",  # no zone at all
    ],
)
def test_a_retry_after_date_without_a_zone_is_ignored(header: str) -> None:
    assert parse_retry_after(header, NOW) is None
    assert parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", NOW) is not None


# --- Delegation (mutants of __exit__, __aexit__, the log line) --


class Recorder(httpx.MockTransport):
    """A transport that records what its context-manager methods were given."""

    def __init__(self) -> None:
        super().__init__(Script(status(200)))
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __enter__(self) -> Recorder:
        self.calls.append(("enter", ()))
        return self

    def __exit__(self, *args: Any) -> None:
        self.calls.append(("exit", args))

    async def __aenter__(self) -> Recorder:
        self.calls.append(("aenter", ()))
        return self

    async def __aexit__(self, *args: Any) -> None:
        self.calls.append(("aexit", args))


async def test_no_async_retries_without_max_retries() -> None:
    main = Script(status(503), status(200))
    client = AuthenticatedClient(
        token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(main)}
    )
    assert (await client.get_async_httpx_client().get("https://api.test/a")).status_code == 503
    assert len(main.requests) == 1


def test_the_sync_transport_hands_its_context_to_the_wrapped_one() -> None:
    inner = Recorder()
    error = ValueError("boom")
    with pytest.raises(ValueError), RetryTransport(inner) as outer:
        assert isinstance(outer, RetryTransport)
        raise error
    assert inner.calls[0] == ("enter", ())
    assert inner.calls[1][0] == "exit" and inner.calls[1][1][:2] == (ValueError, error)


async def test_the_async_transport_hands_its_context_to_the_wrapped_one() -> None:
    inner = Recorder()
    error = ValueError("boom")
    with pytest.raises(ValueError):
        async with AsyncRetryTransport(inner) as outer:
            assert isinstance(outer, AsyncRetryTransport)
            raise error
    assert inner.calls[0] == ("aenter", ())
    assert inner.calls[1][0] == "aexit" and inner.calls[1][1][:2] == (ValueError, error)


def test_the_retry_log_line_says_what_when_and_which_retry(caplog: pytest.LogCaptureFixture) -> None:
    script, sleeps = Script(status(503), httpx.ConnectError("refused"), status(200)), new_sleeps()
    with caplog.at_level("INFO", logger="realtimekit_client.retry"):
        transport_for(script, sleeps, max_retries=4).handle_request(httpx.Request("GET", "https://x.test/a"))
    assert [record.getMessage() for record in caplog.records] == [
        "retrying GET https://x.test/a after 503 in 0.38 s (retry 1 of 4)",
        "retrying GET https://x.test/a after ConnectError in 0.75 s (retry 2 of 4)",
    ]
