"""The exact texts and attributes of the runtime's errors (``realtimekit_client.errors``), one
table row per case: what a caller reads in a traceback or log must not change unnoticed (these
cases kill the mutants of ``make mutation`` that only the messages could tell apart)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from realtimekit_client.errors import (
    ApiError,
    ApiTimeoutError,
    InvalidResponseBody,
    MissingResultError,
    MissingTokenError,
    RealtimeKitError,
    ServerError,
    TokenError,
    UnexpectedBodyError,
    UnexpectedStatus,
    check_token,
    connection_error,
    error_detail,
    error_type,
    parse_body,
)
from realtimekit_client.types import Response

LONG = b"x" * 199 + b"\xff" + b"y" * 10  # an invalid byte at index 199, inside the 200-byte excerpt


def _response(status: int, content: bytes, parsed: object = None) -> Response[Any]:
    return Response(status_code=status, content=content, headers={}, parsed=parsed)


ERROR_TEXTS: list[Any] = [
    pytest.param(
        lambda: UnexpectedStatus(418, b"ab\xffcd"),
        "Unexpected status code: 418\n\nResponse content:\nabcd",
        id="unexpected_status_drops_undecodable_bytes",
    ),
    pytest.param(
        lambda: InvalidResponseBody(200, LONG, ValueError("bad json")),
        "The 200 response body is not the documented JSON (ValueError: bad json); it starts with: "
        + repr("x" * 199 + "\ufffd"),
        id="invalid_body_excerpt_is_200_bytes_replacing_undecodable_ones",
    ),
    pytest.param(
        lambda: MissingResultError("get_meeting", "data", _response(200, b"z" * 210)),
        "get_meeting: the 200 response has no `data`; "
        "the whole body is in this error's .response.content: " + repr(b"z" * 200),
        id="missing_result_excerpt_is_200_bytes",
    ),
    pytest.param(
        lambda: UnexpectedBodyError("get_meeting", dict, _response(203, b"[]", parsed=[1])),
        "get_meeting: the 203 response is not a dict (got list); the whole body is in .response.content",
        id="unexpected_body_names_expected_and_got",
    ),
    pytest.param(
        MissingTokenError,
        "No API token: pass AuthenticatedClient(token=...) or set the "
        "CLOUDFLARE_API_TOKEN environment variable.",
        id="missing_token",
    ),
    pytest.param(
        lambda: ApiError(404, {}, b"", None, operation="get_meeting"),
        "404 Not Found [get_meeting]",
        id="api_error_operation_without_route",
    ),
    pytest.param(
        lambda: ApiError(404, {}, b"", None, operation="get_meeting", route="GET /m/{id}"),
        "404 Not Found [get_meeting: GET /m/{id}]",
        id="api_error_operation_with_route",
    ),
]


@pytest.mark.parametrize(("make", "text"), ERROR_TEXTS)
def test_each_error_says_exactly_this(make: Callable[[], Exception], text: str) -> None:
    error = make()
    assert isinstance(error, RealtimeKitError)
    assert str(error) == text


def test_the_attributes_of_the_response_errors_are_what_they_were_made_with() -> None:
    reason = ValueError("bad json")
    invalid = InvalidResponseBody(200, b"{", reason)
    assert (invalid.status_code, invalid.content, invalid.reason) == (200, b"{", reason)
    response = _response(200, b"{}")
    missing = MissingResultError("get_meeting", "data", response)
    assert (missing.operation, missing.key, missing.response) == ("get_meeting", "data", response)
    unexpected = UnexpectedBodyError("get_meeting", dict, response)
    assert (unexpected.operation, unexpected.response) == ("get_meeting", response)


TOKEN_TEXTS: list[Any] = [
    pytest.param(5, "The API token is a int, not a str.", id="not_a_str"),
    pytest.param(
        "",
        "The API token is empty: pass AuthenticatedClient(token=...) or set the "
        "CLOUDFLARE_API_TOKEN environment variable.",
        id="empty",
    ),
    pytest.param(
        "tok\n",
        "The API token starts or ends with whitespace "
        "(a token read from a file keeps its newline): strip it.",
        id="trailing_newline",
    ),
    pytest.param(
        "t\x01k",
        "The API token has a control character at position 2 of 3, which an HTTP header cannot carry.",
        id="control_character",
    ),
    pytest.param(
        "t\u00e9k",
        "The API token has a non-ASCII character at position 2 of 3, which an HTTP header cannot carry.",
        id="non_ascii",
    ),
]


@pytest.mark.parametrize(("token", "text"), TOKEN_TEXTS)
def test_a_token_that_cannot_be_sent_is_refused_with_this_text(token: object, text: str) -> None:
    with pytest.raises(TokenError) as raised:
        check_token(token)
    assert str(raised.value) == text


class _Client:
    def __init__(self, raise_on_unexpected_status: bool) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status


def _failing_parse(seen: list[object], error: Exception) -> Callable[..., object]:
    def parse(*, client: object, response: httpx.Response) -> object:
        seen.append(client)
        raise error

    return parse


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        pytest.param(200, InvalidResponseBody, id="first_2xx"),
        pytest.param(299, InvalidResponseBody, id="last_2xx"),
        pytest.param(300, None, id="first_3xx"),
        pytest.param(199, None, id="last_1xx"),
    ],
)
def test_a_body_that_does_not_parse_is_an_invalid_body_only_on_a_2xx(
    status: int, expected: type[Exception] | None
) -> None:
    seen: list[object] = []
    client = _Client(raise_on_unexpected_status=False)
    reason = KeyError("id")
    parse = _failing_parse(seen, reason)
    response = httpx.Response(status, content=b"{}")
    if expected is None:
        assert parse_body(client, response, parse) is None
    else:
        with pytest.raises(expected) as raised:
            parse_body(client, response, parse)
        assert isinstance(raised.value, InvalidResponseBody)
        assert raised.value.reason is reason
        assert raised.value.__cause__ is reason
    assert seen == [client]


def test_a_body_that_does_not_parse_on_another_status_is_unexpected_when_the_client_says_so() -> None:
    client = _Client(raise_on_unexpected_status=True)
    with pytest.raises(UnexpectedStatus) as raised:
        parse_body(client, httpx.Response(302, content=b"<html>"), _failing_parse([], ValueError()))
    assert (raised.value.status_code, raised.value.content) == (302, b"<html>")


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        pytest.param({"title": "Bad", "detail": "no id"}, (None, "Bad: no id"), id="title_and_detail"),
        pytest.param({"title": "Bad", "detail": 5}, (None, "Bad"), id="detail_not_a_str"),
        pytest.param({"title": "Bad", "detail": ""}, (None, "Bad"), id="detail_empty"),
    ],
)
def test_a_problem_body_gives_its_title_and_text_detail(body: object, detail: tuple[object, object]) -> None:
    assert error_detail(body) == detail


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        pytest.param(499, ApiError, id="s499"),
        pytest.param(500, ServerError, id="s500"),
        pytest.param(599, ServerError, id="s599"),
        pytest.param(600, ApiError, id="s600"),
    ],
)
def test_only_5xx_statuses_are_server_errors(status: int, kind: type[ApiError]) -> None:
    assert error_type(status) is kind


def _request_error(error: type[httpx.RequestError], text: str, url: str) -> httpx.RequestError:
    return error(text, request=httpx.Request("GET", url))


class _Holder:
    def __init__(self, token: object) -> None:
        self.token = token


CONNECTION_TEXTS: list[Any] = [
    pytest.param(
        _request_error(httpx.ConnectError, "", "https://h.test/a"),
        None,
        "Could not reach the API: GET https://h.test/a [op]: ConnectError",
        id="empty_text_names_only_the_type",
    ),
    pytest.param(
        _request_error(httpx.ConnectError, "refused", "https://us:pw@h.test/a"),
        None,
        "Could not reach the API: GET https://h.test/a [op]: ConnectError: refused",
        id="userinfo_removed",
    ),
    pytest.param(
        _request_error(httpx.ReadTimeout, "tok-1 timed out", "https://h.test/a"),
        _Holder("tok-1"),
        "The API did not answer in time: GET https://h.test/a [op]: ReadTimeout: <token> timed out",
        id="token_replaced",
    ),
    pytest.param(
        _request_error(httpx.ConnectError, "refused", "https://h.test/a"),
        _Holder(b"refused"),
        "Could not reach the API: GET https://h.test/a [op]: ConnectError: refused",
        id="a_token_that_is_not_a_str_is_ignored",
    ),
]


@pytest.mark.parametrize(("error", "client", "text"), CONNECTION_TEXTS)
def test_a_connection_error_says_exactly_this(error: httpx.RequestError, client: object, text: str) -> None:
    found = connection_error(error, "op", client)
    assert str(found) == text
    assert isinstance(found, ApiTimeoutError) == isinstance(error, httpx.TimeoutException)
