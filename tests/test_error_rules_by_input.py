"""The rules of ``realtimekit_client.errors`` at their edges, one table row per input.

Which tokens a client accepts (the edges of printable ASCII, a tab or space inside), which status
a response error names and what it says, and what a body that does not parse becomes: each case
is an input a caller can give and what comes out of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from realtimekit_client.errors import (
    InvalidResponseBody,
    TokenError,
    check_token,
    connection_error,
    error_detail,
    parse_body,
)


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("a\tb", id="tab_inside"),
        pytest.param("a b", id="space_inside"),
        pytest.param("a~b", id="tilde_last_printable"),
        pytest.param("!x!", id="exclamation_first_printable_after_space"),
        pytest.param("x", id="one_character"),
    ],
)
def test_a_token_of_printable_ascii_with_tabs_or_spaces_inside_is_accepted(token: str) -> None:
    check_token(token)


@pytest.mark.parametrize(
    ("token", "text"),
    [
        pytest.param(
            "a\x7fb",
            "The API token has a control character at position 2 of 3, which an HTTP header cannot carry.",
            id="delete_is_a_control_character",
        ),
        pytest.param(
            "a\x1fb",
            "The API token has a control character at position 2 of 3, which an HTTP header cannot carry.",
            id="unit_separator_below_space",
        ),
        pytest.param(
            "a\x80",
            "The API token has a non-ASCII character at position 2 of 2, which an HTTP header cannot carry.",
            id="first_byte_above_ascii",
        ),
    ],
)
def test_a_token_with_a_character_a_header_cannot_carry_is_refused(token: str, text: str) -> None:
    with pytest.raises(TokenError) as raised:
        check_token(token)
    assert str(raised.value) == text


def _failing(error: Exception) -> Callable[..., Any]:
    def parse(*, client: object, response: httpx.Response) -> object:
        raise error

    return parse


def test_a_2xx_body_that_does_not_parse_names_its_status_and_reason() -> None:
    reason = ValueError("Expecting value")
    with pytest.raises(InvalidResponseBody) as raised:
        parse_body(object(), httpx.Response(201, content=b"<html>"), _failing(reason))
    error = raised.value
    assert (error.status_code, error.content, error.reason) == (201, b"<html>", reason)
    assert str(error) == (
        "The 201 response body is not the documented JSON (ValueError: Expecting value); "
        "it starts with: '<html>'"
    )


@pytest.mark.parametrize(
    ("code", "kept"),
    [
        pytest.param(404, 404, id="int"),
        pytest.param(0, 0, id="zero"),
        pytest.param("E1", "E1", id="str"),
        pytest.param("c" * 150, "c" * 100, id="long_str_cut_at_100"),
        pytest.param("", None, id="empty_str"),
        pytest.param(True, None, id="bool"),
        pytest.param(1.5, None, id="float"),
        pytest.param([1], None, id="list"),
        pytest.param({"k": 1}, None, id="object"),
        pytest.param(None, None, id="null"),
    ],
)
def test_an_error_code_is_an_int_or_a_non_empty_str_as_sent(code: object, kept: object) -> None:
    assert error_detail({"error": {"code": code, "message": "m"}}) == (kept, "m")
    assert error_detail({"errors": [{"code": code, "message": "m"}]}) == (kept, "m")


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        pytest.param({"error": {"code": 7}, "code": 8}, (7, None), id="no_message_first_code"),
        pytest.param({"code": "E", "errors": [{"code": 9}]}, ("E", None), id="no_message_top_code_first"),
        pytest.param({"errors": [{"code": 9}]}, (9, None), id="no_message_listed_code"),
        pytest.param(
            {"error": {"code": 7}, "errors": [{"code": 9, "message": "m"}]}, (9, "m"), id="code_of_message"
        ),
        pytest.param({"error": {"code": 7}, "title": "T"}, (7, "T"), id="problem_title_with_first_code"),
        pytest.param({"title": 5, "detail": "d"}, (None, None), id="title_not_a_str"),
        pytest.param({"title": "", "detail": "d"}, (None, None), id="title_empty"),
        pytest.param({"title": "t" * 400}, (None, "t" * 300), id="title_cut_at_300"),
        pytest.param(
            {"title": "T", "detail": "d" * 400}, (None, ("T: " + "d" * 400)[:300]), id="problem_cut_at_300"
        ),
        pytest.param({"message": "m" * 400}, (None, "m" * 300), id="message_cut_at_300"),
    ],
)
def test_the_code_and_message_of_an_error_body(body: object, detail: tuple[object, object]) -> None:
    assert error_detail(body) == detail


@pytest.mark.parametrize(
    ("error", "operation", "text"),
    [
        pytest.param(
            httpx.ConnectError("refused", request=httpx.Request("GET", "https://h.test/a")),
            None,
            "Could not reach the API: GET https://h.test/a: ConnectError: refused",
            id="no_operation",
        ),
        pytest.param(
            httpx.ConnectError("refused", request=httpx.Request("POST", "https://h.test/a")),
            "",
            "Could not reach the API: POST https://h.test/a: ConnectError: refused",
            id="empty_operation",
        ),
        pytest.param(
            httpx.ConnectError("refused"),
            "op",
            "Could not reach the API: ? ? [op]: ConnectError: refused",
            id="outside_a_request",
        ),
        pytest.param(
            httpx.ReadTimeout(""),
            None,
            "The API did not answer in time: ? ?: ReadTimeout",
            id="timeout_outside_a_request_without_text",
        ),
    ],
)
def test_a_connection_error_names_the_request_and_the_operation_when_known(
    error: httpx.RequestError, operation: str | None, text: str
) -> None:
    found = connection_error(error, operation)
    assert str(found) == text
    assert found.operation == operation
    assert f"{found.method} {found.url}" in text
