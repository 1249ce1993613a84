"""What a facade call sends and what it returns or raises, as a user of ``RealtimeKit(...)`` and
``AsyncRealtimeKit(...)`` sees it (in-process, ``httpx.MockTransport``): the request of each
``extra_*``/``timeout`` argument, the model inside the envelope, the error of each failure, the
parsed JSON of an operation the docs leave open, the pages of a pager, and what the facade's own
arguments (account, app, token, URL, timeout, retries, client) become."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any, TypeAlias

import httpx
import pytest
from realtimekit_client import (
    ApiConnectionError,
    ApiTimeoutError,
    AsyncRealtimeKit,
    AuthenticatedClient,
    BadRequestError,
    InvalidResponseBody,
    MissingResultError,
    MissingTokenError,
    NotFoundError,
    RealtimeKit,
    RetryPolicy,
    ServerError,
    UnexpectedBodyError,
)
from realtimekit_client.facade_base import AsyncPager, Pager
from realtimekit_client.types import UNSET

Facade: TypeAlias = RealtimeKit | AsyncRealtimeKit
Answer: TypeAlias = Callable[[httpx.Request], httpx.Response]

MODES = ["sync", "async"]
TOKEN = "sekret-token"
PREFIX = "/accounts/acc/realtime/kit/app"
STAMP = "2026-01-01T00:00:00Z"
MEETING = {"id": "m-1", "created_at": STAMP, "updated_at": STAMP}
SEVEN = {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


def meeting(status: int = 200) -> Answer:
    """An answer with one meeting in the envelope."""
    return lambda request: httpx.Response(status, json={"success": True, "data": MEETING})


def serve(answer: Answer, seen: list[httpx.Request]) -> AuthenticatedClient:
    """A client (7 s timeout, no retries) whose transport records each request and lets ``answer``
    reply (an exception it raises is the transport's)."""

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    return AuthenticatedClient(
        base_url="https://api.test",
        token=TOKEN,
        max_retries=0,
        timeout=httpx.Timeout(7.0),
        httpx_args={"transport": httpx.MockTransport(record)},
    )


def run(mode: str, client: AuthenticatedClient, action: Callable[[Any], Any]) -> Any:
    """``action(rtk)`` on a ``RealtimeKit`` (sync) or an ``AsyncRealtimeKit`` (async, awaited)."""
    if mode == "sync":
        return action(RealtimeKit(account_id="acc", app_id="app", client=client))

    async def main() -> Any:
        return await action(AsyncRealtimeKit(account_id="acc", app_id="app", client=client))

    return asyncio.run(main())


def collect(mode: str, client: AuthenticatedClient, make: Callable[[Any], Any]) -> list[Any]:
    """Every item of the pager ``make(rtk)`` returns, iterated as the mode does."""
    if mode == "sync":
        pager = make(RealtimeKit(account_id="acc", app_id="app", client=client))
        assert isinstance(pager, Pager)
        return list(pager)

    async def main() -> list[Any]:
        pager = make(AsyncRealtimeKit(account_id="acc", app_id="app", client=client))
        assert isinstance(pager, AsyncPager)
        return [item async for item in pager]

    return asyncio.run(main())


# --- the request of each argument ----------------------------------------------------------------

CREATE = ("POST", f"{PREFIX}/meetings", 201)
GET = ("GET", f"{PREFIX}/meetings/m-1", 200)
JSON = {"content-type": ["application/json"]}

# (call, extras, expected query, expected JSON body (None: no body), expected headers, timeout)
REQUESTS: dict[str, tuple[tuple[str, str, int], dict[str, Any], dict[str, str], Any, dict[str, list[str]], Any]] = {
    "get without extras": (GET, {}, {"name": "n"}, None, {"x-a": []}, SEVEN),
    "create without extras": (CREATE, {}, {}, {"title": "t"}, JSON, SEVEN),
    "query beside the operation's": (GET, {"extra_query": {"q": "1"}}, {"name": "n", "q": "1"}, None, {}, SEVEN),
    "query on a call without one": (CREATE, {"extra_query": {"q": "1"}}, {"q": "1"}, {"title": "t"}, JSON, SEVEN),
    "body beside the fields": (CREATE, {"extra_body": {"x": 1}}, {}, {"title": "t", "x": 1}, JSON, SEVEN),
    "body over a field": (CREATE, {"extra_body": {"title": "u"}}, {}, {"title": "u"}, JSON, SEVEN),
    "body on a call without one": (GET, {"extra_body": {"x": 1}}, {"name": "n"}, {"x": 1}, JSON, SEVEN),
    "header": (GET, {"extra_headers": {"X-A": "1"}}, {"name": "n"}, None, {"x-a": ["1"]}, SEVEN),
    "header beside the content type": (
        CREATE,
        {"extra_headers": {"X-A": "1"}},
        {},
        {"title": "t"},
        {"x-a": ["1"], **JSON},
        SEVEN,
    ),
    "content type replaced whatever its case": (
        CREATE,
        {"extra_headers": {"content-type": "application/merge-patch+json"}},
        {},
        {"title": "t"},
        {"content-type": ["application/merge-patch+json"]},
        SEVEN,
    ),
    "timeout in seconds": (GET, {"timeout": 3.0}, {"name": "n"}, None, {}, dict.fromkeys(SEVEN, 3.0)),
    "timeout None: none at all": (GET, {"timeout": None}, {"name": "n"}, None, {}, dict.fromkeys(SEVEN)),
    "an httpx.Timeout": (
        CREATE,
        {"timeout": httpx.Timeout(2.0, connect=1.0)},
        {},
        {"title": "t"},
        JSON,
        {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0},
    ),
    "every extra at once": (
        CREATE,
        {"extra_body": {"x": 1}, "extra_query": {"q": "1"}, "extra_headers": {"X-A": "1"}, "timeout": 3.0},
        {"q": "1"},
        {"title": "t", "x": 1},
        {"x-a": ["1"], **JSON},
        dict.fromkeys(SEVEN, 3.0),
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", list(REQUESTS), ids=list(REQUESTS))
def test_each_argument_reaches_the_request(mode: str, case: str) -> None:
    (method, path, status), extras, query, body, headers, timeout = REQUESTS[case]
    seen: list[httpx.Request] = []
    client = serve(meeting(status), seen)
    if method == "GET":
        result = run(mode, client, lambda rtk: rtk.meetings.get("m-1", name="n", **extras))
    else:
        result = run(mode, client, lambda rtk: rtk.meetings.create(title="t", **extras))
    assert result.id == "m-1"
    (request,) = seen
    assert (request.method, request.url.path, dict(request.url.params)) == (method, path, query)
    assert (json.loads(request.content) if request.content else None) == body
    assert {name: request.headers.get_list(name) for name in headers} == headers
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.extensions["timeout"] == timeout


# --- what a call raises ----------------------------------------------------------------------------

GET_URL = f"https://api.test{PREFIX}/meetings/m-1"


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(f"refused, token {TOKEN}", request=request)


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("no answer", request=request)


def status(code: int, body: bytes = b'{"success": false}') -> Answer:
    return lambda request: httpx.Response(code, content=body)


# (answer, error, what its message holds, the status it carries (None: no status))
FAILURES: dict[str, tuple[Answer, type[Exception], str, int | None]] = {
    "400": (status(400), BadRequestError, "fetch_a_meeting_for_an_app", 400),
    "404": (status(404), NotFoundError, "fetch_a_meeting_for_an_app", 404),
    "503": (status(503), ServerError, "fetch_a_meeting_for_an_app", 503),
    "an undocumented success": (
        status(202),
        UnexpectedBodyError,
        "fetch_a_meeting_for_an_app: the 202 response is not a MeetingResponse (got NoneType); "
        "the whole body is in .response.content",
        None,
    ),
    "a body without data": (
        status(200, b'{"success":true}'),
        MissingResultError,
        "fetch_a_meeting_for_an_app: the 200 response has no `data`; the whole body is in this "
        "error's .response.content: b'{\"success\":true}'",
        None,
    ),
    "a refused connection": (
        refuse,
        ApiConnectionError,
        f"Could not reach the API: GET {GET_URL} [fetch_a_meeting_for_an_app]: "
        "ConnectError: refused, token <token>",
        None,
    ),
    "a timeout": (
        time_out,
        ApiTimeoutError,
        f"GET {GET_URL} [fetch_a_meeting_for_an_app]: ReadTimeout: no answer",
        None,
    ),
}
EXTRAS: dict[str, dict[str, Any]] = {
    "plain": {},
    "with extras": {"extra_headers": {"X-A": "1"}},
    "with a timeout": {"timeout": 3.0},
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("extras", list(EXTRAS))
@pytest.mark.parametrize("case", list(FAILURES))
def test_each_failure_raises_its_error(mode: str, extras: str, case: str) -> None:
    """Whatever path the call takes (the operation's own function, or the request built with the
    extras), an error status, an unexpected body and an unreachable API raise the same error."""
    answer, error, message, code = FAILURES[case]
    seen: list[httpx.Request] = []
    with pytest.raises(error) as raised:
        run(mode, serve(answer, seen), lambda rtk: rtk.meetings.get("m-1", **EXTRAS[extras]))
    assert message in str(raised.value)
    assert TOKEN not in str(raised.value)
    assert getattr(raised.value, "status_code", None) == code
    assert len(seen) == 1
