"""The errors the client raises: the ``ApiError`` family for 4xx/5xx statuses, the generator's
``UnexpectedStatus``, ``InvalidResponseBody`` and ``MissingTokenError``.

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration; it replaces the generator's ``errors.py`` (and keeps its names).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from .types import body_field

T = TypeVar("T")


class UnexpectedStatus(Exception):
    """Raised by api functions when the response has an undocumented status and
    Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidResponseBody(ValueError):
    """Raised when a successful (2xx) response's body is not the JSON the API documents."""

    def __init__(self, status_code: int, content: bytes, reason: Exception) -> None:
        self.status_code = status_code
        self.content = content
        self.reason = reason
        excerpt = content[:200].decode(errors="replace")
        super().__init__(
            f"The {status_code} response body is not the documented JSON "
            f"({type(reason).__name__}: {reason}); it starts with: {excerpt!r}"
        )


def parse_body(client: Any, response: httpx.Response, parse: Callable[..., T]) -> T | None:
    """Parse ``response`` with the endpoint's ``parse``, so that a body that is not the documented
    JSON gives a clear error on success and never an unrelated exception on an error status."""
    try:
        return parse(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        if 200 <= response.status_code < 300:
            raise InvalidResponseBody(response.status_code, response.content, exc) from exc
        if client.raise_on_unexpected_status:
            raise UnexpectedStatus(response.status_code, response.content) from exc
        return None


TOKEN_ENVIRONMENT_VARIABLE = "CLOUDFLARE_API_TOKEN"


class MissingTokenError(ValueError):
    """Raised by AuthenticatedClient() when no token is passed and CLOUDFLARE_API_TOKEN is unset or empty."""

    def __init__(self) -> None:
        super().__init__(
            "No API token: pass AuthenticatedClient(token=...) or set the "
            f"{TOKEN_ENVIRONMENT_VARIABLE} environment variable."
        )


# Cloudflare's own 52x statuses, which http.HTTPStatus does not know.
_CLOUDFLARE_REASONS = {
    520: "Web Server Returned an Unknown Error",
    521: "Web Server Is Down",
    522: "Connection Timed Out",
    523: "Origin Is Unreachable",
    524: "A Timeout Occurred",
    525: "SSL Handshake Failed",
    526: "Invalid SSL Certificate",
    527: "Railgun Error",
}


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return _CLOUDFLARE_REASONS.get(status_code, "Error")


def error_message(body: Any) -> str | None:
    """The human message of an error body: RealtimeKit's ``error.message``, a top-level
    ``message``, or Cloudflare's ``errors[0].message``; None when it has none."""
    candidates = [body_field(body_field(body, "error"), "message"), body_field(body, "message")]
    errors = body_field(body, "errors")
    if isinstance(errors, list) and errors:
        candidates.append(body_field(errors[0], "message"))
    for candidate in candidates:
        if isinstance(candidate, str) and candidate:
            return candidate[:300]
    return None


class ApiError(Exception):
    """An error status (4xx or 5xx) from the API, raised by the plain ``sync``/``asyncio`` functions
    when the client has ``raise_on_error=True`` (the ``*_detailed`` functions always return the Response).

    Attributes:
        status_code: the HTTP status (any code, Cloudflare's 520-527 included).
        headers: the response headers.
        content: the raw response body.
        body: the parsed body: the documented model when there is one, else the parsed JSON, else None.
        message: the API's own error message when the body has one.
    """

    def __init__(self, status_code: int, headers: Mapping[str, str], content: bytes, body: Any) -> None:
        self.status_code = int(status_code)
        self.headers = headers
        self.content = content
        self.body = body
        self.message = error_message(body)
        # The message holds the status and the API's message only: never headers or the request.
        text = f"{self.status_code} {_reason(self.status_code)}"
        super().__init__(f"{text}: {self.message}" if self.message else text)


class BadRequestError(ApiError):
    """400 Bad Request or 422 Unprocessable Content: the request was wrong; fix it before sending it again."""


class AuthError(ApiError):
    """401 Unauthorized or 403 Forbidden: the token is missing, invalid or lacks a permission."""


class NotFoundError(ApiError):
    """404 Not Found."""


class ConflictError(ApiError):
    """409 Conflict."""


class RateLimitError(ApiError):
    """429 Too Many Requests (after the client's own retries)."""

    @property
    def retry_after(self) -> str | None:
        """The raw ``Retry-After`` header, when the API sent one."""
        return self.headers.get("retry-after")


class ServerError(ApiError):
    """A 5xx status, Cloudflare's 520-527 included (after the client's own retries)."""


_ERROR_TYPES: dict[int, type[ApiError]] = {
    400: BadRequestError,
    422: BadRequestError,
    401: AuthError,
    403: AuthError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_type(status_code: int) -> type[ApiError]:
    """The exception class for an error status: its family's, else ServerError for 5xx, else ApiError."""
    found = _ERROR_TYPES.get(status_code)
    if found is not None:
        return found
    return ServerError if 500 <= status_code <= 599 else ApiError


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:  # not JSON (an HTML error page), or not UTF-8
        return None


def error_for(response: Any) -> ApiError:
    """The :class:`ApiError` (of its status family) for an error ``Response`` of this package
    (or an ``httpx.Response``): the body is the parsed model or JSON when there is one."""
    parsed = getattr(response, "parsed", None)
    body = parsed if parsed is not None else _json_or_none(response.content)
    return error_type(int(response.status_code))(
        response.status_code, response.headers, response.content, body
    )


__all__ = [
    "TOKEN_ENVIRONMENT_VARIABLE",
    "ApiError",
    "AuthError",
    "BadRequestError",
    "ConflictError",
    "InvalidResponseBody",
    "MissingTokenError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "error_for",
    "error_message",
    "error_type",
    "parse_body",
]
