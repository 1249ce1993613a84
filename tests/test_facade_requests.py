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
Sent: TypeAlias = tuple[tuple[str, str, int], dict[str, Any], dict[str, str], Any, dict[str, list[str]], Any]
REQUESTS: dict[str, Sent] = {
    "get without extras": (GET, {}, {"name": "n"}, None, {"x-a": []}, SEVEN),
    "create without extras": (CREATE, {}, {}, {"title": "t"}, JSON, SEVEN),
    "query beside the operation's": (
        GET,
        {"extra_query": {"q": "1"}},
        {"name": "n", "q": "1"},
        None,
        {},
        SEVEN,
    ),
    "query on a call without one": (
        CREATE,
        {"extra_query": {"q": "1"}},
        {"q": "1"},
        {"title": "t"},
        JSON,
        SEVEN,
    ),
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
EXTRAS: dict[str, dict[str, Any]] = {"plain": {}, "with extras": {"extra_headers": {"X-A": "1"}}}


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


# --- the JSON of an operation the docs leave open --------------------------------------------------

# (status, body, what the call returns)
OPEN_BODIES: dict[str, tuple[int, bytes, object]] = {
    "documented": (200, b'{"muted": 2}', {"muted": 2}),
    "undocumented success": (201, b'{"muted": 3}', {"muted": 3}),
    "undocumented, a JSON list": (201, b"[1, 2]", [1, 2]),
    "undocumented, empty": (201, b"", None),
    "undocumented, blank": (201, b" \n", None),
    "documented null": (200, b"null", None),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", list(OPEN_BODIES))
def test_an_open_operation_returns_the_bodys_json(mode: str, case: str) -> None:
    code, body, expected = OPEN_BODIES[case]
    seen: list[httpx.Request] = []
    client = serve(status(code, body), seen)
    result = run(mode, client, lambda rtk: rtk.meetings.active_session.mute_all("m-1"))
    assert result == expected
    assert (seen[0].method, seen[0].url.path) == ("POST", f"{PREFIX}/meetings/m-1/active-session/mute-all")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("code", "body", "error", "message"),
    [
        (400, b"{}", BadRequestError, "mute_all_participants"),
        (404, b"", NotFoundError, "mute_all_participants"),
        (
            201,
            b"not json",
            InvalidResponseBody,
            "The 201 response body is not the documented JSON (JSONDecodeError: Expecting value: "
            "line 1 column 1 (char 0)); it starts with: 'not json'",
        ),
    ],
)
def test_an_open_operation_raises_for_an_error_or_a_body_that_is_not_json(
    mode: str, code: int, body: bytes, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        run(mode, serve(status(code, body), []), lambda rtk: rtk.meetings.active_session.mute_all("m-1"))
    assert message in str(raised.value)
    assert (raised.value.status_code, raised.value.content) == (code, body)  # type: ignore[attr-defined]


# --- pagers ------------------------------------------------------------------------------------------


def meetings_pages(total: int, size: int) -> Answer:
    """Pages of ``size`` meetings (``m-0``, ``m-1``, ...) out of ``total``, with RealtimeKit's paging."""

    def answer(request: httpx.Request) -> httpx.Response:
        start = (int(request.url.params["page_no"]) - 1) * size
        items = [dict(MEETING, id=f"m-{n}") for n in range(start, min(start + size, total))]
        paging = {"total_count": total, "start_offset": start, "end_offset": start + len(items)}
        return httpx.Response(200, json={"success": True, "data": items, "paging": paging})

    return answer


def queries(seen: list[httpx.Request]) -> list[dict[str, str]]:
    return [dict(request.url.params) for request in seen]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("arguments", "ids", "sent"),
    [
        (
            {"per_page": 2},
            ["m-0", "m-1", "m-2", "m-3", "m-4"],
            [{"per_page": "2", "page_no": str(n)} for n in (1, 2, 3)],
        ),
        (
            {"per_page": 2.0, "status": "ACTIVE"},
            ["m-0", "m-1", "m-2", "m-3", "m-4"],
            [{"status": "ACTIVE", "per_page": "2", "page_no": str(n)} for n in (1, 2, 3)],
        ),
        ({}, ["m-0", "m-1", "m-2", "m-3", "m-4"], [{"page_no": "1"}]),  # the server's page size: 5
    ],
)
def test_iterating_a_pager_asks_for_each_page_with_the_arguments(
    mode: str, arguments: dict[str, Any], ids: list[str], sent: list[dict[str, str]]
) -> None:
    seen: list[httpx.Request] = []
    size = int(arguments.get("per_page", 5))
    client = serve(meetings_pages(5, size), seen)
    items = collect(mode, client, lambda rtk: rtk.meetings.list(**arguments, extra_headers={"X-A": "1"}))
    assert [item.id for item in items] == ids
    assert queries(seen) == sent
    assert all(request.headers["x-a"] == "1" and request.url.path == f"{PREFIX}/meetings" for request in seen)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("arguments", "page", "ids", "sent"),
    [
        ({"per_page": 2}, (), ["m-0", "m-1"], {"per_page": "2", "page_no": "1"}),
        ({"per_page": 2}, (3,), ["m-4"], {"per_page": "2", "page_no": "3"}),
        ({"per_page": 2.0}, (2,), ["m-2", "m-3"], {"per_page": "2", "page_no": "2"}),
        ({"per_page": 2}, (4,), [], {"per_page": "2", "page_no": "4"}),
        ({}, (), ["m-0", "m-1"], {"page_no": "1"}),
    ],
)
def test_a_pagers_page_is_the_items_of_that_page_alone(
    mode: str, arguments: dict[str, Any], page: tuple[int, ...], ids: list[str], sent: dict[str, str]
) -> None:
    seen: list[httpx.Request] = []
    client = serve(meetings_pages(5, 2), seen)
    items = run(mode, client, lambda rtk: rtk.meetings.list(**arguments).page(*page))
    assert [item.id for item in items] == ids
    assert queries(seen) == [sent]


@pytest.mark.parametrize("mode", MODES)
def test_a_pager_stops_after_max_pages(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    """The default is 1000 pages; a pager's ``max_pages`` lowers it (a server that never ends)."""
    seen: list[httpx.Request] = []
    client = serve(meetings_pages(10**6, 2), seen)

    def two_pages(rtk: Any) -> Any:
        pager = rtk.meetings.list(per_page=2)
        assert pager.max_pages == 1000
        pager.max_pages = 2
        return pager

    items = collect(mode, client, two_pages)
    assert [item.id for item in items] == ["m-0", "m-1", "m-2", "m-3"]
    assert [query["page_no"] for query in queries(seen)] == ["1", "2"]
    assert "stopped after max_pages=2 pages" in caplog.text


def participants_page(data: object) -> Answer:
    """A session's participants page (``data.participants``, the list inside ``data``)."""
    return lambda request: httpx.Response(200, json={"success": True, "data": data})


PARTICIPANTS: dict[str, tuple[object, list[str]]] = {
    "the list inside data": ({"participants": [{"id": "p-1"}, {"id": "p-2"}]}, ["p-1", "p-2"]),
    "no list inside data": ({}, []),
    "a null list": ({"participants": None}, []),
    "no data": (None, []),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", list(PARTICIPANTS))
def test_a_pager_of_a_list_inside_data_yields_its_items(mode: str, case: str) -> None:
    data, ids = PARTICIPANTS[case]
    seen: list[httpx.Request] = []
    client = serve(participants_page(data), seen)
    items = collect(mode, client, lambda rtk: rtk.sessions.participants.list("s-1", per_page=10))
    assert [item.id for item in items] == ids
    assert run(mode, client, lambda rtk: rtk.sessions.participants.list("s-1", per_page=10).page()) == items
    assert seen[0].url.path == f"{PREFIX}/sessions/s-1/participants"


def test_a_pager_of_data_itself_yields_nothing_without_data() -> None:
    client = serve(lambda request: httpx.Response(200, json={"success": True, "data": None}), [])
    assert list(RealtimeKit(account_id="acc", app_id="app", client=client).meetings.list()) == []


@pytest.mark.parametrize("mode", MODES)
def test_a_page_that_is_not_the_list_model_raises_a_type_error(mode: str) -> None:
    """An undocumented success status leaves the body unparsed: the page is not the list model."""
    client = serve(lambda request: httpx.Response(203, json={"success": True, "data": []}), [])
    with pytest.raises(TypeError) as raised:
        collect(mode, client, lambda rtk: rtk.meetings.list(per_page=2))
    assert str(raised.value) == (
        "fetch_all_meetings_for_an_app: a page is not a MeetingInfoListResponse (got dict)"
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_page_with_an_error_status_raises_its_error(mode: str) -> None:
    client = serve(status(404), [])
    with pytest.raises(NotFoundError):
        collect(mode, client, lambda rtk: rtk.meetings.list(per_page=2))
    with pytest.raises(NotFoundError):
        run(mode, client, lambda rtk: rtk.meetings.list(per_page=2).page(2))


# --- the facade's own arguments ----------------------------------------------------------------------

KINDS = [RealtimeKit, AsyncRealtimeKit]
NO_ACCOUNT = "RealtimeKit: pass account_id=... (or set CLOUDFLARE_ACCOUNT_ID)"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("given", "environment", "account"),
    [
        ("acc", None, "acc"),
        ("acc", "env-acc", "acc"),
        (None, "env-acc", "env-acc"),
        (None, None, ValueError),
        (None, "", ValueError),
        ("", "env-acc", ValueError),
    ],
)
def test_the_account_is_the_argument_else_the_environment(
    kind: type[Facade],
    given: str | None,
    environment: str | None,
    account: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if environment is None:
        monkeypatch.delenv("CLOUDFLARE_ACCOUNT_ID", raising=False)
    else:
        monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", environment)
    if account is ValueError:
        with pytest.raises(ValueError) as raised:
            kind(account_id=given, app_id="app", token="t")
        assert str(raised.value) == NO_ACCOUNT
    else:
        assert kind(account_id=given, app_id="app", token="t").account_id == account


@pytest.mark.parametrize("mode", MODES)
def test_the_account_and_the_app_start_every_path(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "env acc")
    seen: list[httpx.Request] = []
    client = serve(meeting(), seen)
    if mode == "sync":
        RealtimeKit(app_id="my/app", client=client).meetings.get("m-1")
    else:
        asyncio.run(AsyncRealtimeKit(app_id="my/app", client=client).meetings.get("m-1"))
    assert seen[0].url.raw_path == b"/accounts/env%20acc/realtime/kit/my%2Fapp/meetings/m-1"


@pytest.mark.parametrize("kind", KINDS)
def test_the_app_defaults_to_none_given(kind: type[Facade]) -> None:
    """Without ``app_id`` the facade still serves the operations without an app (``rtk.apps``)."""
    rtk = kind(account_id="acc", token="t")
    assert (rtk.account_id, rtk.app_id) == ("acc", "")


def test_the_facades_arguments_make_its_client() -> None:
    policy = RetryPolicy(backoff_base=0.1, retry_after_max=5.0)
    rtk = RealtimeKit(
        account_id="acc",
        app_id="app",
        token="tok-1",
        base_url="https://gateway.test/v4",
        timeout=4,
        max_retries=0,
        retry_policy=policy,
    )
    client = rtk.client
    assert (client.token, client.max_retries, client.retry_policy) == ("tok-1", 0, policy)
    assert policy != RetryPolicy()
    assert client.raise_on_error is False  # the facade raises itself; the module functions return
    for http in (client.get_httpx_client(), client.get_async_httpx_client()):
        assert str(http.base_url) == "https://gateway.test/v4/"
        assert http.timeout == httpx.Timeout(4.0)
        assert http.headers["authorization"] == "Bearer tok-1"


@pytest.mark.parametrize("kind", KINDS)
def test_the_facades_defaults_are_the_clients(kind: type[Facade], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    monkeypatch.delenv("CLOUDFLARE_BASE_URL", raising=False)
    client = kind(account_id="acc", app_id="app").client
    assert (client.token, client.max_retries, client.retry_policy) == ("env-token", 2, RetryPolicy())
    assert client.raise_on_error is False
    http = client.get_httpx_client()
    assert str(http.base_url) == "https://api.cloudflare.com/client/v4/"
    assert http.timeout == httpx.Timeout(30.0, connect=5.0)


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (UNSET, httpx.Timeout(30.0, connect=5.0)),
        (4, httpx.Timeout(4.0)),
        (2.5, httpx.Timeout(2.5)),
        (httpx.Timeout(9.0, connect=1.0), httpx.Timeout(9.0, connect=1.0)),
        (None, httpx.Timeout(None)),
    ],
)
def test_the_facades_timeout_is_its_clients(timeout: Any, expected: httpx.Timeout) -> None:
    """A number, an ``httpx.Timeout`` or None (no timeout) becomes the client's timeout."""
    client = RealtimeKit(account_id="acc", app_id="app", token="t", timeout=timeout).client
    assert client.get_httpx_client().timeout == expected


@pytest.mark.parametrize("kind", KINDS)
def test_without_a_token_anywhere_the_facade_is_not_made(
    kind: type[Facade], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
    with pytest.raises(MissingTokenError):
        kind(account_id="acc", app_id="app")


def test_close_closes_the_facades_own_client_not_one_passed_in() -> None:
    passed = serve(meeting(), [])
    with RealtimeKit(account_id="acc", app_id="app", client=passed) as rtk:
        assert rtk.client is passed
        http = passed.get_httpx_client()
    assert not http.is_closed
    own = RealtimeKit(account_id="acc", app_id="app", token="t")
    own_http = own.client.get_httpx_client()
    own.close()
    assert own_http.is_closed


def test_aclose_closes_the_facades_own_client_not_one_passed_in() -> None:
    passed = serve(meeting(), [])

    async def main() -> tuple[bool, bool]:
        async with AsyncRealtimeKit(account_id="acc", app_id="app", client=passed) as rtk:
            assert rtk.client is passed
            http = passed.get_async_httpx_client()
        own = AsyncRealtimeKit(account_id="acc", app_id="app", token="t")
        own_http = own.client.get_async_httpx_client()
        async with own:
            pass
        return http.is_closed, own_http.is_closed

    assert asyncio.run(main()) == (False, True)
