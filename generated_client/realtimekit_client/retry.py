"""Retries with exponential backoff and jitter, as httpx transports wrapping the real transport.

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration. ``client.py`` builds its httpx clients with :func:`client_arguments` /
:func:`async_client_arguments`: every transport (the user's ``transport``, ``mounts`` and
``proxy`` included) is wrapped when the client is constructed, through httpx's public arguments.

What is retried, and why:

- Statuses 429, 502, 503 and 504, and transport errors (the connection failed, timed out or broke).
- Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) on all of them: sending one twice
  has the same effect as sending it once.
- POST and PATCH (not idempotent: a second send may create a second meeting) only when the
  request cannot have been acted upon: the connection was never made (``httpx.ConnectError``,
  ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``), or the server refused it with 429 or 503 and
  said when to come back (``Retry-After``). A read timeout or a 502/504 after a POST may hide a
  request the server did carry out, so it is returned to the caller, never sent again.

A transport error that is not retried, or still there after the last retry, is raised by httpx
to the operation function (or facade method), which raises it as ``errors.ApiConnectionError``
(``errors.ApiTimeoutError`` for a timeout) with httpx's exception as ``__cause__``; a status is
returned, and raised as ``errors.ApiError`` there.

The wait before retry ``n`` (0-based) is ``Retry-After`` when the response has one (seconds or an
HTTP date, capped at ``RetryPolicy.retry_after_max``), else ``min(backoff_max, backoff_base * 2**n)``
with "equal jitter" (a random point in its upper half), so clients that failed together do not
retry together.
"""

from __future__ import annotations

import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any

import httpx
from attrs import define, field

__all__ = [
    "RETRY_STATUSES",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "async_client_arguments",
    "client_arguments",
    "environment_proxies",
    "is_idempotent",
    "parse_retry_after",
    "retryable_error",
]

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Statuses after which a non-idempotent request is retried, and only with a Retry-After header.
_REFUSED_STATUSES = frozenset({429, 503})
# Errors raised before any byte of the request reached the server.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after which an idempotent request is sent again.
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use so that importing the client stays cheap."""
    import asyncio

    await asyncio.sleep(seconds)


@define(frozen=True)
class RetryPolicy:
    """How long to wait between retries; ``sleep``, ``async_sleep``, ``random`` and ``clock`` are
    injectable so that tests run without waiting and deterministically.

    Attributes:
        backoff_base: seconds before the first retry (before jitter).
        backoff_max: the longest backoff wait, in seconds.
        retry_after_max: the longest wait a ``Retry-After`` header can ask for, in seconds.
    """

    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt`` (0-based): exponential, with equal jitter."""
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**attempt)
        return ceiling / 2 + self.random() * ceiling / 2

    def delay_after_error(self, method: str, error: Exception, attempt: int) -> float | None:
        """The wait before sending ``method`` again after ``error``, or None to give up."""
        return self.backoff(attempt) if retryable_error(method, error) else None

    def delay_after_response(self, method: str, status: int, headers: Mapping[str, str], attempt: int) -> float | None:
        """The wait before sending ``method`` again after a ``status`` response, or None to return it."""
        if status not in RETRY_STATUSES:
            return None
        retry_after = parse_retry_after(headers.get("retry-after"), self.clock())
        if not is_idempotent(method) and (status not in _REFUSED_STATUSES or retry_after is None):
            return None
        if retry_after is not None:
            return min(retry_after, self.retry_after_max)
        return self.backoff(attempt)


def is_idempotent(method: str) -> bool:
    """Whether sending ``method`` twice has the effect of sending it once (RFC 9110, 9.2.2)."""
    return method.upper() in IDEMPOTENT_METHODS


def retryable_error(method: str, error: Exception) -> bool:
    """Whether a request with ``method`` that failed with ``error`` may be sent again."""
    if isinstance(error, _NOT_SENT_ERRORS):
        return True
    return is_idempotent(method) and isinstance(error, _RETRYABLE_ERRORS)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date), never below 0;
    None when absent or unreadable. ``now`` is the current Unix time."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means "-0000"
        return None
    return max(0.0, moment.timestamp() - now)


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int, limit: int) -> None:
    # Method and URL only: the headers (and so the token) are never logged.
    logger.info(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        request.method,
        request.url,
        reason,
        delay,
        attempt + 1,
        limit,
    )


class RetryTransport(httpx.BaseTransport):
    """Sends each request through ``transport``, again (up to ``max_retries`` times) when the
    :class:`RetryPolicy` allows it; see the module docstring for what is retried."""

    def __init__(self, transport: httpx.BaseTransport, max_retries: int = 2, policy: RetryPolicy | None = None):
        self.transport = transport
        self.max_retries = max_retries
        self.policy = policy if policy is not None else RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as error:
                if attempt >= self.max_retries:
                    raise
                delay = self.policy.delay_after_error(request.method, error, attempt)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                if response.status_code not in RETRY_STATUSES or attempt >= self.max_retries:
                    return response
                delay = self.policy.delay_after_response(
                    request.method, response.status_code, response.headers, attempt
                )
                if delay is None:
                    return response
                response.close()
                reason = str(response.status_code)
            _log_retry(request, reason, delay, attempt, self.max_retries)
            self.policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> RetryTransport:
        self.transport.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.transport.__exit__(exc_type, exc_value, traceback)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous :class:`RetryTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, max_retries: int = 2, policy: RetryPolicy | None = None):
        self.transport = transport
        self.max_retries = max_retries
        self.policy = policy if policy is not None else RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as error:
                if attempt >= self.max_retries:
                    raise
                delay = self.policy.delay_after_error(request.method, error, attempt)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                if response.status_code not in RETRY_STATUSES or attempt >= self.max_retries:
                    return response
                delay = self.policy.delay_after_response(
                    request.method, response.status_code, response.headers, attempt
                )
                if delay is None:
                    return response
                await response.aclose()
                reason = str(response.status_code)
            _log_retry(request, reason, delay, attempt, self.max_retries)
            await self.policy.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def __aenter__(self) -> AsyncRetryTransport:
        await self.transport.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.transport.__aexit__(exc_type, exc_value, traceback)


# What httpx.Client builds its transports from (httpx 0.28, ``Client.__init__``): these arguments
# of ``httpx_args`` are handed to each ``HTTPTransport`` made here, as httpx would.
_TRANSPORT_OPTIONS = ("cert", "trust_env", "http1", "http2", "limits")


def environment_proxies() -> dict[str, str | None]:
    """The proxies httpx takes from the environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``,
    ``NO_PROXY``; ``urllib.request.getproxies``) as ``mounts`` patterns: a proxy URL, or None for
    a host that goes direct. The rules of httpx 0.28's own reading, which it skips when a
    ``transport`` is given (as it is here), so they are applied here."""
    from urllib.request import getproxies

    found = getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            url = found[scheme]
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (part.strip() for part in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if "://" in host:
            mounts[host] = None
        elif host:
            mounts[f"all://{_no_proxy_host(host)}"] = None
    return mounts


def _no_proxy_host(host: str) -> str:
    """A ``NO_PROXY`` entry as a mounts host: IP addresses and ``localhost`` as they are (IPv6 in
    brackets), a domain with a leading ``*`` (``example.com`` also covers ``www.example.com``)."""
    from ipaddress import IPv4Address, IPv6Address

    for kind, shape in ((IPv4Address, "{}"), (IPv6Address, "[{}]")):
        try:
            kind(host.split("/")[0])
        except ValueError:
            continue
        return shape.format(host)
    return host if host.lower() == "localhost" else f"*{host}"


def _transport_arguments(
    verify: ssl.SSLContext | str | bool,
    httpx_args: Mapping[str, Any],
    max_retries: int,
    make: Callable[..., Any],
    wrap: Callable[[Any], Any],
) -> dict[str, Any]:
    arguments: dict[str, Any] = {"verify": verify, **httpx_args}
    if max_retries == 0:
        return arguments
    transport = arguments.pop("transport", None)
    proxy = arguments.pop("proxy", None)
    mounts: Mapping[str, Any] = arguments.pop("mounts", None) or {}
    options = {
        "verify": verify,
        **{name: arguments[name] for name in _TRANSPORT_OPTIONS if name in arguments},
    }
    if proxy is not None:
        proxies: Mapping[str, Any] = {"all://": proxy}
    elif transport is None and arguments.get("trust_env", True):
        proxies = environment_proxies()
    else:
        proxies = {}
    built = {pattern: None if url is None else wrap(make(proxy=url, **options)) for pattern, url in proxies.items()}
    built.update({pattern: None if mounted is None else wrap(mounted) for pattern, mounted in mounts.items()})
    arguments["transport"] = wrap(transport if transport is not None else make(**options))
    arguments["mounts"] = built
    return arguments


def client_arguments(
    verify: ssl.SSLContext | str | bool, httpx_args: Mapping[str, Any], max_retries: int, policy: RetryPolicy
) -> dict[str, Any]:
    """The ``httpx.Client`` arguments for ``verify`` and ``httpx_args`` with every transport in a
    :class:`RetryTransport`: the user's ``transport`` (else an ``httpx.HTTPTransport`` made from
    ``verify``, ``cert``, ``trust_env``, ``http1``, ``http2`` and ``limits``, as httpx makes it),
    each of the user's ``mounts``, and the ``proxy`` (or the environment's proxies) as mounts of
    proxy transports. Only public httpx arguments: nothing of the client is changed once built.
    With ``max_retries`` 0 the arguments are httpx's own, unwrapped."""
    return _transport_arguments(
        verify,
        httpx_args,
        max_retries,
        httpx.HTTPTransport,
        lambda transport: RetryTransport(transport, max_retries, policy),
    )


def async_client_arguments(
    verify: ssl.SSLContext | str | bool, httpx_args: Mapping[str, Any], max_retries: int, policy: RetryPolicy
) -> dict[str, Any]:
    """The asynchronous :func:`client_arguments` (``httpx.AsyncClient``, :class:`AsyncRetryTransport`)."""
    return _transport_arguments(
        verify,
        httpx_args,
        max_retries,
        httpx.AsyncHTTPTransport,
        lambda transport: AsyncRetryTransport(transport, max_retries, policy),
    )
