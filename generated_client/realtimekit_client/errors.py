"""Every exception a call of this client raises: one family under :class:`RealtimeKitError`.

- :class:`ApiError` and its status families (BadRequestError, AuthError, NotFoundError,
  ConflictError, RateLimitError, ServerError): the API answered with an error status.
- :class:`ApiConnectionError` (:class:`ApiTimeoutError` for timeouts): the API could not be
  reached; httpx's exception is kept as ``__cause__``.
- :class:`TokenError` (:class:`MissingTokenError`): the client was made without a usable token.
- :class:`MissingResultError`, :class:`UnexpectedBodyError` (the facade), :class:`InvalidResponseBody`
  and the generator's :class:`UnexpectedStatus`: a response that is not what the API documents.

No error's message, ``repr()`` or ``args`` holds the token or the request's headers.

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration; it replaces the generator's ``errors.py`` (and keeps its names).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from .types import Response, body_field

T = TypeVar("T")


class RealtimeKitError(Exception):
    """The base of every failure of a call: ``except RealtimeKitError`` catches an error status
    (:class:`ApiError`), an unreachable API (:class:`ApiConnectionError`, :class:`ApiTimeoutError`),
    a missing or unusable token (:class:`TokenError`) and a response unlike the documented one
    (:class:`MissingResultError`, :class:`UnexpectedBodyError`, :class:`InvalidResponseBody`,
    :class:`UnexpectedStatus`). A wrong argument (a ``TypeError``, an empty path parameter's
    ``ValueError``) is a bug of the caller and stays a built-in exception."""


class UnexpectedStatus(RealtimeKitError):
    """Raised by api functions when the response has an undocumented status and
    Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidResponseBody(RealtimeKitError, ValueError):
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


class MissingResultError(RealtimeKitError, LookupError):
    """A successful response whose body lacks the model the method returns (``data``/``result``)."""

    def __init__(self, operation: str, key: str, response: Response[Any]):
        self.operation, self.key = operation, key
        self.response: Response[object] = response
        super().__init__(
            f"{operation}: the {int(response.status_code)} response has no `{key}`; "
            f"the whole body is in this error's .response.content: {response.content[:200]!r}"
        )


class UnexpectedBodyError(RealtimeKitError, TypeError):
    """A successful response that did not parse into the documented model (an undocumented status)."""

    def __init__(self, operation: str, expected: type[object], response: Response[Any]):
        self.operation = operation
        self.response: Response[object] = response
        super().__init__(
            f"{operation}: the {int(response.status_code)} response is not a {expected.__name__} "
            f"(got {type(response.parsed).__name__}); the whole body is in .response.content"
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


class TokenError(RealtimeKitError, ValueError):
    """The client was made with a token it cannot send: empty, with whitespace around it (a token
    read from a file keeps its newline), or with a character an HTTP header cannot carry (a control
    character, a non-ASCII letter). Raised when the client (``AuthenticatedClient``, the facade's
    ``RealtimeKit``) is made, before any request; the message says what is wrong, never the token."""


class MissingTokenError(TokenError):
    """Raised by AuthenticatedClient() when no token is passed and CLOUDFLARE_API_TOKEN is unset or empty."""

    def __init__(self) -> None:
        super().__init__(
            "No API token: pass AuthenticatedClient(token=...) or set the "
            f"{TOKEN_ENVIRONMENT_VARIABLE} environment variable."
        )


def check_token(token: object) -> None:
    """Raise :class:`TokenError` unless ``token`` is a string an ``Authorization`` header carries
    as it is: not empty, no whitespace around it, only printable ASCII (spaces and tabs inside).
    Checked when the client is made, so that a bad token fails there with a message that never
    shows it, and not in httpx, whose exception and DEBUG log would show the whole header."""
    if not isinstance(token, str):
        raise TokenError(f"The API token is a {type(token).__name__}, not a str.")
    if not token:
        raise TokenError(
            "The API token is empty: pass AuthenticatedClient(token=...) or set the "
            f"{TOKEN_ENVIRONMENT_VARIABLE} environment variable."
        )
    if token != token.strip():
        raise TokenError(
            "The API token starts or ends with whitespace (a token read from a file keeps its newline): strip it."
        )
    for position, character in enumerate(token, 1):
        if character != "\t" and not " " <= character <= "~":
            kind = "a non-ASCII character" if character > "\x7f" else "a control character"
            raise TokenError(
                f"The API token has {kind} at position {position} of {len(token)}, which an HTTP header cannot carry."
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


def _code(value: object) -> int | str | None:
    """An error code as the API sent it: an int or a non-empty string (cut at 100 characters)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value:
        return value[:100]
    return None


def _problem(body: object) -> str | None:
    """The ``title`` (and ``detail``) of an RFC 9457 problem body (``application/problem+json``,
    what a proxy or the mock server answers), or None."""
    title, detail = body_field(body, "title"), body_field(body, "detail")
    if not isinstance(title, str) or not title:
        return None
    return f"{title}: {detail}" if isinstance(detail, str) and detail else title


def error_detail(body: object) -> tuple[int | str | None, str | None]:
    """The API's own error code and message in an error body: RealtimeKit's ``error``
    (``{"error": {"code", "message"}}``), else the body's top-level ``code``/``message``, else
    Cloudflare's ``errors[0]`` (``{"errors": [{"code", "message"}]}``), else a problem body's
    ``title``/``detail``; the code comes from the part whose message is used (else the first part
    that has one). ``(None, None)`` when the body has neither; the message is cut at 300."""
    parts: list[object] = [body_field(body, "error"), body]
    listed = body_field(body, "errors")
    if isinstance(listed, list) and listed:
        parts.append(listed[0])
    first_code: int | str | None = None
    for part in parts:
        code, message = _code(body_field(part, "code")), body_field(part, "message")
        if isinstance(message, str) and message:
            return code, message[:300]
        if first_code is None:
            first_code = code
    problem = _problem(body)
    return first_code, problem[:300] if problem is not None else None


def error_message(body: object) -> str | None:
    """The human message of an error body (see :func:`error_detail`); None when it has none."""
    return error_detail(body)[1]


class ApiError(RealtimeKitError):
    """An error status (4xx or 5xx) from the API: raised by every facade method, and by the plain
    ``sync``/``asyncio`` functions when the client has ``raise_on_error=True`` (the ``*_detailed``
    functions always return the Response).

    ``str()`` says the status, the API's message and code when the body has them, and the
    operation: ``404 Not Found: Meeting not found (code 404) [get_meeting: GET /accounts/...]``.

    Attributes:
        status_code: the HTTP status (any code, Cloudflare's 520-527 included).
        headers: the response headers.
        content: the raw response body.
        body: the parsed body: the documented model when there is one, else the parsed JSON, else None.
        message: the API's own error message when the body has one.
        code: the API's own error code (RealtimeKit's ``error.code``, Cloudflare's ``errors[0].code``).
        operation: the operation that failed (``create_a_meeting``), when known.
        route: its method and path template (``POST /accounts/{account_id}/...``), when known.
    """

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        body: object,
        *,
        operation: str | None = None,
        route: str | None = None,
    ) -> None:
        self.status_code = int(status_code)
        self.headers: Mapping[str, str] = headers
        self.content = content
        self.body: object = body
        detail = error_detail(body)
        self.code: int | str | None = detail[0]
        self.message: str | None = detail[1]
        self.operation = operation
        self.route = route
        # The status, the API's message and code, the operation: never headers or the request.
        text = f"{self.status_code} {_reason(self.status_code)}"
        if self.message:
            text += f": {self.message}"
        if self.code is not None:
            text += f" (code {self.code})"
        if operation:
            text += f" [{operation}: {route}]" if route else f" [{operation}]"
        super().__init__(text)


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


def _json_or_none(content: bytes) -> object:
    try:
        parsed: object = json.loads(content)
    except ValueError:  # not JSON (an HTML error page), or not UTF-8
        return None
    return parsed


def error_for(response: Response[Any] | httpx.Response) -> ApiError:
    """The :class:`ApiError` (of its status family) for an error ``Response`` of this package
    (or an ``httpx.Response``): the body is the parsed model or JSON when there is one, the
    operation and route those the Response was made for."""
    parsed: object = getattr(response, "parsed", None)
    body = parsed if parsed is not None else _json_or_none(response.content)
    operation: str | None = getattr(response, "operation", None)
    route: str | None = getattr(response, "route", None)
    return error_type(int(response.status_code))(
        response.status_code, response.headers, response.content, body, operation=operation, route=route
    )


class ApiConnectionError(RealtimeKitError):
    """The API could not be reached: the connection was refused or broke, the name did not resolve,
    TLS or the proxy failed (after the client's own retries). httpx's exception is ``__cause__``.

    Attributes:
        method: the request's method (``GET``).
        url: the request's URL (without any user:password part); never its headers.
        operation: the operation that was called (``create_a_meeting``), when known.
    """

    _what = "Could not reach the API"

    def __init__(self, method: str, url: str, reason: str, *, operation: str | None = None) -> None:
        self.method, self.url, self.operation = method, url, operation
        where = f" [{operation}]" if operation else ""
        super().__init__(f"{self._what}: {method} {url}{where}: {reason}")


class ApiTimeoutError(ApiConnectionError):
    """The API did not answer in time (connect, read, write or pool timeout of the client's
    ``timeout``, after its own retries). httpx's ``TimeoutException`` is ``__cause__``."""

    _what = "The API did not answer in time"


def connection_error(
    error: httpx.RequestError, operation: str | None = None, client: object = None
) -> ApiConnectionError:
    """The :class:`ApiConnectionError` (:class:`ApiTimeoutError` for a timeout) for httpx's
    ``error``; raise it ``from error``. The text names httpx's error; ``client``'s token, should
    httpx's text ever hold it, is replaced."""
    try:
        request = error.request
    except RuntimeError:  # an error raised outside a request
        method, url = "?", "?"
    else:
        found = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
        method, url = request.method, str(found)
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    token = getattr(client, "token", None)
    if isinstance(token, str) and token:
        reason = reason.replace(token, "<token>")
    kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
    return kind(method, url, reason, operation=operation)


__all__ = [
    "TOKEN_ENVIRONMENT_VARIABLE",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthError",
    "BadRequestError",
    "ConflictError",
    "InvalidResponseBody",
    "MissingResultError",
    "MissingTokenError",
    "NotFoundError",
    "RateLimitError",
    "RealtimeKitError",
    "ServerError",
    "TokenError",
    "UnexpectedBodyError",
    "UnexpectedStatus",
    "check_token",
    "connection_error",
    "error_detail",
    "error_for",
    "error_message",
    "error_type",
    "parse_body",
]
