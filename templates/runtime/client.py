"""``Client`` and ``AuthenticatedClient``: the settings every operation function is called with.

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration; it replaces the generator's ``client.py`` and keeps its API, with:

- ``base_url`` defaulting to ``$CLOUDFLARE_BASE_URL`` (as the vendor's SDK reads it), else the
  Cloudflare API; ``AuthenticatedClient``'s token to ``$CLOUDFLARE_API_TOKEN``;
- a default timeout (connect 5 s, read/write/pool 30 s) instead of none;
- retries (``max_retries``, ``retry_policy``): transports wrapped around httpx's own, built
  through httpx's public arguments (see ``retry.py``);
- ``raise_on_error``: the plain sync/asyncio functions raise ``errors.ApiError`` subclasses;
- the token checked when the client is made (``errors.TokenError``), kept out of ``repr()`` and
  out of the ``headers`` attribute.
"""

from __future__ import annotations

import os
import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field, validators

from .errors import TOKEN_ENVIRONMENT_VARIABLE, MissingTokenError, check_token
from .retry import RetryPolicy, async_client_arguments, client_arguments

__all__ = [
    "BASE_URL_ENVIRONMENT_VARIABLE",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AuthenticatedClient",
    "Client",
    "default_base_url",
    "token_from_environment",
]

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
BASE_URL_ENVIRONMENT_VARIABLE = "CLOUDFLARE_BASE_URL"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2


def token_from_environment() -> str:
    """The API token in $CLOUDFLARE_API_TOKEN; raises MissingTokenError when it is unset or empty."""
    token = os.environ.get(TOKEN_ENVIRONMENT_VARIABLE, "").strip()
    if not token:
        raise MissingTokenError()
    return token


def _valid_token(client: object, attribute: object, token: str) -> None:
    """The attrs validator of ``AuthenticatedClient.token`` (at construction, ``evolve()`` and assignment)."""
    check_token(token)


def default_base_url() -> str:
    """$CLOUDFLARE_BASE_URL when it is set and not empty (a mock server, a gateway), else the
    Cloudflare API: read when a client is made, so a program is pointed elsewhere unchanged."""
    return os.environ.get(BASE_URL_ENVIRONMENT_VARIABLE, "").strip() or DEFAULT_BASE_URL


@define
class _HttpClients:
    """What ``Client`` and ``AuthenticatedClient`` share: their settings, and the httpx clients
    built from them on first use. Not a public class: neither client is an instance of the other."""

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    raise_on_error: bool = field(default=False, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True, validator=validators.ge(0))
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    _base_url: str = field(factory=default_base_url, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _request_headers(self) -> dict[str, str]:
        """The headers of every request."""
        return self._headers

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one (with retries) if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                **client_arguments(self._verify_ssl, self._httpx_args, self.max_retries, self.retry_policy),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one (with retries) if not set before"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._request_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                **async_client_arguments(
                    self._verify_ssl, self._httpx_args, self.max_retries, self.retry_policy
                ),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class Client(_HttpClients):
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL.
        Default: the ``CLOUDFLARE_BASE_URL`` environment variable, else
        ``https://api.cloudflare.com/client/v4``.

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        ``errors.ApiTimeoutError`` (wrapping httpx's ``TimeoutException``) if this is exceeded.
        Default: connect 5 s, read, write and pool 30 s (``DEFAULT_TIMEOUT``); ``None`` waits forever.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be
        True in production, but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and
        ``httpx.AsyncClient`` constructor. A ``transport``, the ``mounts`` and a ``proxy`` given here are
        wrapped by the retrying transport.

    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document (from every function).
        raise_on_error: Whether the plain ``sync``/``asyncio`` functions raise an ``errors.ApiError``
            subclass (BadRequestError, AuthError, NotFoundError, ConflictError, RateLimitError,
            ServerError) for a 4xx/5xx status; the ``*_detailed`` functions always return the Response.
        max_retries: How many times a failed request is sent again (0: never); see ``retry.py`` for
            which methods and failures are retried.
        retry_policy: The backoff, Retry-After cap and (injectable) sleep of the retries.
    """


@define
class AuthenticatedClient(_HttpClients):
    """A Client which has been authenticated for use on secured endpoints.

    It takes the keyword arguments and has the attributes of :class:`Client` (``base_url``,
    ``cookies``, ``headers``, ``timeout``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``,
    ``raise_on_unexpected_status``, ``raise_on_error``, ``max_retries``, ``retry_policy``), plus:

        ``token``: The API token; default: the ``CLOUDFLARE_API_TOKEN`` environment variable
        (``errors.MissingTokenError`` when neither is there). A token that is empty, has whitespace
        around it (a newline read from a file) or a character an HTTP header cannot carry raises
        ``errors.TokenError`` here, whose message never shows it. It never appears in ``repr()``.

    Attributes:
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    token: str = field(factory=token_from_environment, repr=False, validator=_valid_token)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _request_headers(self) -> dict[str, str]:
        """The headers of every request: the user's plus the Authorization header (kept out of
        ``self._headers`` so that the token never shows in ``repr()``)."""
        return {
            **self._headers,
            self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token,
        }
