"""One exception family (templates/runtime/errors.py, the raising parts of
templates/endpoint_module.py.jinja and facade_base.py): every failure of a call derives from
``RealtimeKitError``. A refused connection and a timeout (real sockets on the loopback) raise
``ApiConnectionError``/``ApiTimeoutError`` with httpx's exception as ``__cause__``, from the
operation functions and from the facade; error statuses say their code, message and operation;
a token a header cannot carry raises ``TokenError`` when the client is made; no error shows the
token. The issue's Done-when program (tests/programs/catch_errors.py) runs against the mock
server and passes ``mypy --strict --disallow-any-expr``."""

from __future__ import annotations

import socket
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import attrs
import httpx
import pytest
import realtimekit_client
from realtimekit_client import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AsyncRealtimeKit,
    AuthenticatedClient,
    AuthError,
    BadRequestError,
    ConflictError,
    InvalidResponseBody,
    MissingResultError,
    MissingTokenError,
    NotFoundError,
    RateLimitError,
    RealtimeKit,
    RealtimeKitError,
    RetryPolicy,
    ServerError,
    TokenError,
    UnexpectedBodyError,
    UnexpectedStatus,
    facade_base,
)
from realtimekit_client.api.meetings import create_a_meeting, fetch_all_meetings_for_an_app
from realtimekit_client.errors import connection_error, error_detail

from conftest import ROOT
from mock_server import MockServer
from typecheck import run_mypy

SECRET = "s3cret-Token_value-0123456789"
PROGRAM = ROOT / "tests" / "programs" / "catch_errors.py"
LIST_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/meetings"
CREATE_ROUTE = "POST /accounts/{account_id}/realtime/kit/{app_id}/meetings"

# (exception type, its bases besides the family's): every type a call raises, with the built-in
# base it had before the family, so that an existing ``except ValueError`` still catches it.
FAMILY: list[tuple[type[Exception], tuple[type[Exception], ...]]] = [
    (ApiError, ()),
    (BadRequestError, (ApiError,)),
    (AuthError, (ApiError,)),
    (NotFoundError, (ApiError,)),
    (ConflictError, (ApiError,)),
    (RateLimitError, (ApiError,)),
    (ServerError, (ApiError,)),
    (ApiConnectionError, ()),
    (ApiTimeoutError, (ApiConnectionError,)),
    (TokenError, (ValueError,)),
    (MissingTokenError, (TokenError, ValueError)),
    (MissingResultError, (LookupError,)),
    (UnexpectedBodyError, (TypeError,)),
    (InvalidResponseBody, (ValueError,)),
    (UnexpectedStatus, ()),
]


@pytest.mark.parametrize(("kind", "bases"), FAMILY, ids=[kind.__name__ for kind, _ in FAMILY])
def test_every_error_type_is_in_the_family_and_exported(
    kind: type[Exception], bases: tuple[type[Exception], ...]
) -> None:
    assert issubclass(kind, RealtimeKitError)
    for base in bases:
        assert issubclass(kind, base)
    assert getattr(realtimekit_client, kind.__name__) is kind
    assert kind.__name__ in realtimekit_client.__all__
    assert kind.__doc__


def test_the_facade_module_still_exports_its_errors() -> None:
    assert facade_base.MissingResultError is MissingResultError
    assert facade_base.UnexpectedBodyError is UnexpectedBodyError


# --- sockets: nothing listening, and a server that never answers ------------------------------


@pytest.fixture
def refused_url() -> Iterator[str]:
    """A loopback port that refuses connections: bound (so nothing else takes it), not listening."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{closed.getsockname()[1]}"


@pytest.fixture
def silent_url() -> Iterator[str]:
    """A loopback server that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def no_sleep(sleeps: list[float]) -> RetryPolicy:
    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return RetryPolicy(sleep=sleeps.append, async_sleep=async_sleep)


def plain_client(base_url: str, sleeps: list[float], retries: int) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=base_url,
        token=SECRET,
        timeout=httpx.Timeout(0.2),
        max_retries=retries,
        retry_policy=no_sleep(sleeps),
        httpx_args={"trust_env": False},
    )


def sync_function(client: AuthenticatedClient) -> object:
    return create_a_meeting.sync("acc", "app", client=client)


def sync_detailed(client: AuthenticatedClient) -> object:
    return fetch_all_meetings_for_an_app.sync_detailed("acc", "app", client=client)


def facade(client: AuthenticatedClient) -> object:
    return RealtimeKit(account_id="acc", app_id="app", client=client).meetings.create(title="x")


def facade_with_extras(client: AuthenticatedClient) -> object:
    rtk = RealtimeKit(account_id="acc", app_id="app", client=client)
    return rtk.meetings.create(title="x", extra_headers={"X-Trace": "1"})


async def async_function(client: AuthenticatedClient) -> object:
    return await fetch_all_meetings_for_an_app.asyncio("acc", "app", client=client)


async def async_facade(client: AuthenticatedClient) -> object:
    return await AsyncRealtimeKit(account_id="acc", app_id="app", client=client).meetings.list().page()


async def async_facade_with_extras(client: AuthenticatedClient) -> object:
    rtk = AsyncRealtimeKit(account_id="acc", app_id="app", client=client)
    return await rtk.meetings.create(title="x", extra_query={"trace": "1"})


# (call, its method, its operation)
SYNC_CALLS: list[tuple[Callable[[AuthenticatedClient], object], str, str]] = [
    (sync_function, "POST", "create_a_meeting"),
    (sync_detailed, "GET", "fetch_all_meetings_for_an_app"),
    (facade, "POST", "create_a_meeting"),
    (facade_with_extras, "POST", "create_a_meeting"),
]
ASYNC_CALLS: list[tuple[Callable[[AuthenticatedClient], Awaitable[object]], str, str]] = [
    (async_function, "GET", "fetch_all_meetings_for_an_app"),
    (async_facade, "GET", "fetch_all_meetings_for_an_app"),
    (async_facade_with_extras, "POST", "create_a_meeting"),
]


def assert_wrapped(
    raised: RealtimeKitError,
    kind: type[ApiConnectionError],
    cause: type[Exception],
    method: str,
    operation: str,
) -> None:
    """``raised`` is exactly ``kind``, wraps httpx's ``cause``, names the request, never the token."""
    assert type(raised) is kind
    assert isinstance(raised, ApiConnectionError)
    assert isinstance(raised.__cause__, cause)
    assert raised.method == method
    assert (
        raised.url.startswith("http://127.0.0.1:") and "/accounts/acc/realtime/kit/app/meetings" in raised.url
    )
    assert raised.operation == operation
    assert f"{method} {raised.url} [{operation}]" in str(raised)
    assert type(raised.__cause__).__name__ in str(raised)
    for text in (str(raised), repr(raised), repr(raised.args)):
        assert SECRET not in text
        assert "Bearer" not in text


@pytest.mark.parametrize(("call", "method", "operation"), SYNC_CALLS)
def test_a_refused_connection_raises_api_connection_error(
    refused_url: str, call: Callable[[AuthenticatedClient], object], method: str, operation: str
) -> None:
    with pytest.raises(RealtimeKitError) as caught:
        call(plain_client(refused_url, [], 0))
    assert_wrapped(caught.value, ApiConnectionError, httpx.ConnectError, method, operation)


@pytest.mark.parametrize(("call", "method", "operation"), SYNC_CALLS)
def test_a_server_that_never_answers_raises_api_timeout_error(
    silent_url: str, call: Callable[[AuthenticatedClient], object], method: str, operation: str
) -> None:
    with pytest.raises(RealtimeKitError) as caught:
        call(plain_client(silent_url, [], 0))
    assert_wrapped(caught.value, ApiTimeoutError, httpx.ReadTimeout, method, operation)


@pytest.mark.parametrize(("call", "method", "operation"), ASYNC_CALLS)
async def test_async_calls_raise_the_same_errors(
    refused_url: str,
    silent_url: str,
    call: Callable[[AuthenticatedClient], Awaitable[object]],
    method: str,
    operation: str,
) -> None:
    with pytest.raises(RealtimeKitError) as refused:
        await call(plain_client(refused_url, [], 0))
    assert_wrapped(refused.value, ApiConnectionError, httpx.ConnectError, method, operation)
    with pytest.raises(RealtimeKitError) as slow:
        await call(plain_client(silent_url, [], 0))
    assert_wrapped(slow.value, ApiTimeoutError, httpx.ReadTimeout, method, operation)


@pytest.mark.parametrize(("call", "method", "operation"), SYNC_CALLS)
def test_a_connection_error_is_retried_first_then_raised_as_the_new_type(
    refused_url: str, call: Callable[[AuthenticatedClient], object], method: str, operation: str
) -> None:
    sleeps: list[float] = []
    with pytest.raises(ApiConnectionError) as caught:
        call(plain_client(refused_url, sleeps, 2))
    assert len(sleeps) == 2  # two retries (POST too: the connection was never made), then raised
    assert_wrapped(caught.value, ApiConnectionError, httpx.ConnectError, method, operation)


def test_a_read_timeout_after_a_post_is_not_retried(silent_url: str) -> None:
    sleeps: list[float] = []
    with pytest.raises(ApiTimeoutError):
        facade(plain_client(silent_url, sleeps, 2))
    assert sleeps == []


def test_the_request_url_loses_its_user_and_password(refused_url: str) -> None:
    with_userinfo = refused_url.replace("http://", "http://user:pa55word@")
    with pytest.raises(ApiConnectionError) as caught:
        sync_detailed(plain_client(with_userinfo, [], 0))
    assert "pa55word" not in str(caught.value) and "user" not in caught.value.url
    assert caught.value.url.startswith(refused_url)


def test_httpx_text_holding_the_token_is_masked() -> None:
    client = AuthenticatedClient(token=SECRET)
    request = httpx.Request("GET", "https://api.test/x", headers={"Authorization": f"Bearer {SECRET}"})
    error = httpx.LocalProtocolError(f"Illegal header value b'Bearer {SECRET}'", request=request)
    wrapped = connection_error(error, "op", client)
    assert str(wrapped) == (
        "Could not reach the API: GET https://api.test/x [op]: LocalProtocolError: "
        "Illegal header value b'Bearer <token>'"
    )


def test_an_error_outside_a_request_still_gives_a_connection_error() -> None:
    wrapped = connection_error(httpx.ConnectError("refused"))
    assert (wrapped.method, wrapped.url, wrapped.operation) == ("?", "?", None)
    assert str(wrapped) == "Could not reach the API: ? ?: ConnectError: refused"


# --- error statuses: code, message, operation ---------------------------------------------------

RTK_404 = {"success": False, "error": {"code": 404, "message": "Meeting not found"}}
CF_403 = {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}], "result": None}
PROBLEM_422 = {"type": "https://x.test/errors#INVALID", "title": "Invalid request", "status": 422}

# (status, body, family, str() of the error the facade's list raises)
STATUSES: list[tuple[int, object, type[ApiError], str]] = [
    (404, RTK_404, NotFoundError, "404 Not Found: Meeting not found (code 404)"),
    (403, CF_403, AuthError, "403 Forbidden: Authentication error (code 10000)"),
    (401, {"message": "Unauthorized"}, AuthError, "401 Unauthorized: Unauthorized"),
    (422, {"error": {"code": "E_TITLE", "message": "title is too long"}}, BadRequestError,
     "422 Unprocessable Entity: title is too long (code E_TITLE)"),
    (422, PROBLEM_422, BadRequestError, "422 Unprocessable Entity: Invalid request"),
    (400, {"errors": [{"code": 7003}]}, BadRequestError, "400 Bad Request (code 7003)"),
    (502, "<html>bad gateway</html>", ServerError, "502 Bad Gateway"),
]  # fmt: skip


def answering(status: int, body: object) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers={"set-cookie": "session=abc"})
        return httpx.Response(status, json=body, headers={"set-cookie": "session=abc"})

    return AuthenticatedClient(
        base_url="https://api.test",
        token=SECRET,
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


@pytest.mark.parametrize(("status", "body", "family", "text"), STATUSES)
def test_str_of_a_status_error_says_status_message_code_and_operation(
    status: int, body: object, family: type[ApiError], text: str
) -> None:
    rtk = RealtimeKit(account_id="acc", app_id="app", client=answering(status, body))
    with pytest.raises(RealtimeKitError) as caught:
        rtk.meetings.list().page()
    error = caught.value
    assert type(error) is family and isinstance(error, ApiError)
    assert str(error) == f"{text} [fetch_all_meetings_for_an_app: {LIST_ROUTE}]"
    assert error.status_code == status
    assert error.operation == "fetch_all_meetings_for_an_app"
    assert error.route == LIST_ROUTE
    for shown in (str(error), repr(error), repr(error.args)):
        assert SECRET not in shown and "session=abc" not in shown and "Bearer" not in shown


@pytest.mark.parametrize(("status", "body", "family", "text"), STATUSES)
async def test_the_operation_functions_raise_the_same_status_errors(
    status: int, body: object, family: type[ApiError], text: str
) -> None:
    client = attrs.evolve(answering(status, body), raise_on_error=True)
    with pytest.raises(family) as caught:
        await create_a_meeting.asyncio("acc", "app", client=client)
    assert str(caught.value) == f"{text} [create_a_meeting: {CREATE_ROUTE}]"


# (body, code, message)
DETAILS: list[tuple[object, int | str | None, str | None]] = [
    (RTK_404, 404, "Meeting not found"),
    (CF_403, 10000, "Authentication error"),
    ({"errors": [{"code": 1, "message": "first"}, {"code": 2, "message": "second"}]}, 1, "first"),
    ({"error": {"code": 5}, "errors": [{"code": 6, "message": "listed"}]}, 6, "listed"),
    ({"error": {"code": 5}}, 5, None),
    ({"code": True, "message": "a bool is no code"}, None, "a bool is no code"),
    ({"code": "", "message": "m"}, None, "m"),
    ({"code": "x" * 200, "message": "m"}, "x" * 100, "m"),
    ({"title": "Invalid", "detail": "title: not a string"}, None, "Invalid: title: not a string"),
    ({"title": "", "detail": "no title, no problem body"}, None, None),
    ({"message": "top", "title": "Problem"}, None, "top"),
    ({"title": "t" * 400}, None, "t" * 300),
    (None, None, None),
    ([{"code": 1}], None, None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "code", "message"), DETAILS)
def test_error_detail_table(body: object, code: int | str | None, message: str | None) -> None:
    assert error_detail(body) == (code, message)


# --- the token ----------------------------------------------------------------------------------

# (token, what the message says): each is refused when the client is made. "Xq" and "Zj" are
# never in a message, so a message holding (part of) the token is seen.
BAD_TOKENS: list[tuple[str, str]] = [
    ("", "is empty"),
    ("XqZj\n", "starts or ends with whitespace"),
    (" XqZj", "starts or ends with whitespace"),
    ("XqZj\u00a0", "starts or ends with whitespace"),
    (f"{SECRET}\n", "starts or ends with whitespace"),
    ("Xq\x00Zj", "a control character at position 3 of 5"),
    ("Xq\nZj", "a control character at position 3 of 5"),
    ("XqZj\x7f!", "a control character at position 5 of 6"),
    ("Xqö", "a non-ASCII character at position 3 of 3"),
    ("XqZ€j", "a non-ASCII character at position 4 of 5"),
]


def makers(token: str) -> list[Callable[[], object]]:
    return [
        lambda: AuthenticatedClient(token=token),
        lambda: RealtimeKit(account_id="acc", app_id="app", token=token),
        lambda: AsyncRealtimeKit(account_id="acc", app_id="app", token=token),
        lambda: attrs.evolve(AuthenticatedClient(token="good"), token=token),
    ]


@pytest.mark.parametrize(("token", "says"), BAD_TOKENS)
def test_a_token_a_header_cannot_carry_is_refused_when_the_client_is_made(token: str, says: str) -> None:
    for make in makers(token):
        with pytest.raises(RealtimeKitError) as caught:
            make()
        error = caught.value
        assert type(error) is TokenError and isinstance(error, ValueError)
        assert says in str(error)
        for shown in (str(error), repr(error), repr(error.args)):
            assert "Xq" not in shown and "Zj" not in shown and SECRET not in shown


def test_assigning_a_bad_token_is_refused() -> None:
    client = AuthenticatedClient(token="good")
    with pytest.raises(TokenError):
        client.token = "good\n"
    assert client.token == "good"


@pytest.mark.parametrize("token", ["t", SECRET, "a.b-c_d~e+f/g=", "with inner space", "tab\tinside"])
def test_a_token_a_header_can_carry_is_kept(token: str) -> None:
    client = AuthenticatedClient(token=token)
    assert client.get_httpx_client().headers["Authorization"] == f"Bearer {token}"


def test_no_token_at_all_is_still_a_missing_token_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
    with pytest.raises(TokenError) as caught:
        RealtimeKit(account_id="acc", app_id="app")
    assert type(caught.value) is MissingTokenError


def test_a_token_from_the_environment_is_stripped_then_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", f"{SECRET}\n")  # as `export X=$(cat file)` keeps it
    assert AuthenticatedClient().token == SECRET
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "to\x01ken")
    with pytest.raises(TokenError) as caught:
        AuthenticatedClient()
    assert "to\x01ken" not in str(caught.value)


# --- the Done-when program ------------------------------------------------------------------------


def test_the_program_catches_every_failure_with_one_except(
    mock_server: MockServer, refused_url: str, silent_url: str
) -> None:
    sys.path.insert(0, str(PROGRAM.parent))
    try:
        import catch_errors
    finally:
        sys.path.remove(str(PROGRAM.parent))
    caught = catch_errors.run(mock_server.base_url, refused_url, silent_url)
    assert [(c.kind, c.status) if c else None for c in caught] == [
        ("ApiConnectionError", None),
        ("ApiTimeoutError", None),
        ("AuthError", 401),
        ("NotFoundError", 404),
        ("BadRequestError", 422),
    ]
    refused, silent, unauthorized, missing, invalid = (c for c in caught if c)
    assert refused.where.startswith(f"POST {refused_url}/accounts/acc-1/")
    assert silent.where.startswith(f"POST {silent_url}/accounts/acc-1/")
    assert "ConnectError" in refused.text and "ReadTimeout" in silent.text
    assert unauthorized.text.startswith("401 Unauthorized: Invalid security scheme used")
    assert missing.text.startswith("404 Not Found: Route not resolved")
    assert invalid.text.startswith("422 Unprocessable Entity: Invalid request")
    assert [c.where for c in (unauthorized, missing, invalid)] == [
        "create_a_meeting",
        "fetch_a_meeting_for_an_app",
        "create_a_meeting",
    ]
    for failure in caught:
        assert failure is not None and "mock-token" not in failure.text


def test_the_program_passes_mypy_strict_with_no_any_expression(tmp_path: Path) -> None:
    config = "[mypy]\nstrict = True\n[mypy-catch_errors]\ndisallow_any_expr = True\n"
    run = run_mypy([PROGRAM], config, tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found in 1 source file" in run.stdout
