"""Typed errors of the generated client (templates/runtime/errors.py and the raising part of
templates/endpoint_module.py.jinja): one exception type per status family, carrying status,
headers and parsed body, raised by the plain sync/asyncio calls when raise_on_error=True, while
the *_detailed calls keep returning the Response. Any status, 520-527 included."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from realtimekit_client import (
    ApiError,
    AuthenticatedClient,
    AuthError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
)
from realtimekit_client.api.meetings import fetch_all_meetings_for_an_app
from realtimekit_client.api.webhooks import add_a_webhook
from realtimekit_client.errors import UnexpectedStatus, error_for, error_message, error_type
from realtimekit_client.models import ErrorResponse, WebhookParams

FAMILIES: list[tuple[int, type[ApiError]]] = [
    (400, BadRequestError),
    (422, BadRequestError),
    (401, AuthError),
    (403, AuthError),
    (404, NotFoundError),
    (409, ConflictError),
    (429, RateLimitError),
    (500, ServerError),
    (502, ServerError),
    (503, ServerError),
    (504, ServerError),
    *[(code, ServerError) for code in range(520, 528)],
    (599, ServerError),
    (405, ApiError),
    (410, ApiError),
    (418, ApiError),
]


LIST_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/meetings"
WEBHOOK = WebhookParams.from_dict({"events": ["meeting.started"], "name": "hook", "url": "https://x.test"})


def client_answering(response: httpx.Response, **options: Any) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return response

    return AuthenticatedClient(
        token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(handler)}, **options
    )


def rtk_error(code: int) -> httpx.Response:
    body = {"success": False, "error": {"code": code, "message": f"went wrong ({code})"}}
    return httpx.Response(code, json=body, headers={"cf-ray": "abc123", "Retry-After": "7"})


@pytest.mark.parametrize(("code", "family"), FAMILIES)
def test_error_type_per_status_family(code: int, family: type[ApiError]) -> None:
    assert error_type(code) is family


@pytest.mark.parametrize(("code", "family"), FAMILIES)
def test_sync_raises_the_family_with_status_headers_and_body(code: int, family: type[ApiError]) -> None:
    client = client_answering(rtk_error(code), raise_on_error=True)
    with pytest.raises(ApiError) as caught:
        fetch_all_meetings_for_an_app.sync("acc", "app", client=client)
    error = caught.value
    assert type(error) is family
    assert error.status_code == code
    assert error.headers["cf-ray"] == "abc123"
    assert error.body == {"success": False, "error": {"code": code, "message": f"went wrong ({code})"}}
    assert error.message == f"went wrong ({code})"
    assert error.code == code
    assert error.operation == "fetch_all_meetings_for_an_app"
    assert error.route == LIST_ROUTE
    assert str(error).startswith(f"{code} ")
    operation = f"[fetch_all_meetings_for_an_app: {LIST_ROUTE}]"
    assert str(error).endswith(f": went wrong ({code}) (code {code}) {operation}")


@pytest.mark.parametrize(("code", "family"), FAMILIES)
async def test_asyncio_raises_the_family(code: int, family: type[ApiError]) -> None:
    client = client_answering(rtk_error(code), raise_on_error=True)
    with pytest.raises(family) as caught:
        await fetch_all_meetings_for_an_app.asyncio("acc", "app", client=client)
    assert caught.value.status_code == code


@pytest.mark.parametrize("code", [400, 404, 429, 503, 520, 527])
def test_detailed_calls_return_the_response_even_when_raising_is_on(code: int) -> None:
    client = client_answering(rtk_error(code), raise_on_error=True)
    response = fetch_all_meetings_for_an_app.sync_detailed("acc", "app", client=client)
    assert response.status_code == code
    assert response.headers["cf-ray"] == "abc123"


@pytest.mark.parametrize("code", [400, 404, 520])
async def test_async_detailed_calls_return_the_response(code: int) -> None:
    client = client_answering(rtk_error(code), raise_on_error=True)
    response = await fetch_all_meetings_for_an_app.asyncio_detailed("acc", "app", client=client)
    assert response.status_code == code


@pytest.mark.parametrize("code", [400, 401, 404, 500, 520])
def test_without_raise_on_error_sync_returns_none_for_an_undocumented_status(code: int) -> None:
    client = client_answering(rtk_error(code))
    assert fetch_all_meetings_for_an_app.sync("acc", "app", client=client) is None


def test_without_raise_on_error_a_documented_error_body_is_returned() -> None:
    parsed = add_a_webhook.sync("acc", "app", client=client_answering(rtk_error(400)), body=WEBHOOK)
    assert isinstance(parsed, ErrorResponse)


def test_success_is_not_raised() -> None:
    client = client_answering(httpx.Response(200, json={"success": True, "data": []}), raise_on_error=True)
    parsed = fetch_all_meetings_for_an_app.sync("acc", "app", client=client)
    assert parsed is not None
    assert parsed.to_dict() == {"success": True, "data": []}


def test_a_documented_error_body_is_the_model() -> None:
    client = client_answering(rtk_error(400), raise_on_error=True)
    with pytest.raises(BadRequestError) as caught:
        add_a_webhook.sync("acc", "app", client=client, body=WEBHOOK)
    assert isinstance(caught.value.body, ErrorResponse)
    assert caught.value.message == "went wrong (400)"


@pytest.mark.parametrize(
    ("response", "message", "text"),
    [
        (httpx.Response(502, text="<html>Bad gateway</html>"), None, "502 Bad Gateway"),
        (httpx.Response(520, text="<html>oops</html>"), None, "520 Web Server Returned an Unknown Error"),
        (
            httpx.Response(401, json={"message": "Unauthorized"}),
            "Unauthorized",
            "401 Unauthorized: Unauthorized",
        ),
        (
            httpx.Response(
                403, json={"success": False, "errors": [{"code": 10000, "message": "Authentication error"}]}
            ),
            "Authentication error",
            "403 Forbidden: Authentication error (code 10000)",
        ),
        (httpx.Response(599, content=b""), None, "599 Error"),
    ],
)
def test_any_body_gives_a_readable_error(response: httpx.Response, message: str | None, text: str) -> None:
    client = client_answering(response, raise_on_error=True)
    with pytest.raises(ApiError) as caught:
        fetch_all_meetings_for_an_app.sync("acc", "app", client=client)
    assert caught.value.message == message
    assert str(caught.value) == f"{text} [fetch_all_meetings_for_an_app: {LIST_ROUTE}]"
    assert caught.value.content == response.content


def test_rate_limit_error_exposes_retry_after() -> None:
    error = error_for(rtk_error(429))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == "7"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"error": {"message": "bad"}}, "bad"),
        ({"message": "top"}, "top"),
        ({"errors": [{"message": "first"}, {"message": "second"}]}, "first"),
        ({"error": {"message": ""}, "message": "fallback"}, "fallback"),
        # both: RealtimeKit's error.message first, then the top-level one, then Cloudflare's errors[0]
        ({"message": "top", "error": {"message": "inner"}}, "inner"),
        ({"errors": [{"message": "listed"}], "message": "top"}, "top"),
        ({"errors": [{"message": "listed"}], "error": {"message": "inner"}, "message": "top"}, "inner"),
        ({"errors": [], "message": "top"}, "top"),
        ({"error": "text"}, None),
        ([1, 2], None),
        (None, None),
        ({"message": "x" * 1000}, "x" * 300),
    ],
)
def test_error_message_table(body: Any, message: str | None) -> None:
    assert error_message(body) == message


def test_raise_on_unexpected_status_keeps_its_behaviour() -> None:
    client = client_answering(rtk_error(404), raise_on_unexpected_status=True)
    with pytest.raises(UnexpectedStatus) as caught:
        fetch_all_meetings_for_an_app.sync_detailed("acc", "app", client=client)
    assert caught.value.status_code == 404


def test_error_message_reads_models_and_their_extra_keys() -> None:
    documented = ErrorResponse.from_dict({"success": False, "error": {"code": 1, "message": "bad url"}})
    assert error_message(documented) == "bad url"
    extra = ErrorResponse.from_dict({"success": False, "message": "kept as an extra key"})
    assert error_message(extra) == "kept as an extra key"
    assert error_message(ErrorResponse.from_dict({})) is None  # UNSET fields are absent
