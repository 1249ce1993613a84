"""What every facade method (``facade.py``, generated per operation) is made of.

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration. ``facade.py`` holds only what differs per operation (names,
arguments, types); the policy is here:

- a call goes through the operation module's ``sync_detailed``/``asyncio_detailed`` (the same
  function a user of the module calls); with ``extra_body``/``extra_query``/``extra_headers``/
  ``timeout`` it builds the same request with the module's ``_get_kwargs``, adds the extras and
  parses with the module's ``_build_response``;
- a 4xx/5xx status raises the ``errors.ApiError`` of its family, whatever ``raise_on_error`` says;
  an unreachable API ``errors.ApiConnectionError`` (``errors.ApiTimeoutError``), as the operation
  functions do;
- the result is the model inside the envelope (``data`` of RealtimeKit bodies, ``result`` of
  Cloudflare's); a body without it raises :class:`MissingResultError` (never returns None);
- ``list`` of an operation with ``page_no``/``per_page`` returns a :class:`Pager` (iterate it for
  every item, fetched page by page; ``.page(n)`` for one page), with the stop rules of
  ``pagination.py``.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import ModuleType, TracebackType
from typing import Any, Generic, TypeVar

import httpx

from .client import AuthenticatedClient
from .errors import (
    InvalidResponseBody,
    MissingResultError,
    UnexpectedBodyError,
    connection_error,
    error_for,
)
from .pagination import DEFAULT_MAX_PAGES, PageWalk, aiterate_pages, iterate_pages
from .retry import RetryPolicy
from .types import UNSET, Response, Unset, request_url

__all__ = [
    "AsyncPager",
    "BaseAsyncRealtimeKit",
    "BaseRealtimeKit",
    "MissingResultError",
    "Pager",
    "Resource",
    "UnexpectedBodyError",
]

T = TypeVar("T")
ModelT = TypeVar("ModelT")

Extra = Mapping[str, object] | None
TimeoutArg = httpx.Timeout | float | None | Unset


def _with_extras(
    request: dict[str, Any], extra_body: Extra, extra_query: Extra, extra_headers: Extra, timeout: TimeoutArg
) -> dict[str, Any]:
    """The operation's ``request`` (``_get_kwargs``) with the call's extras merged over it."""
    if extra_body is not None:
        request["json"] = {**(request.get("json") or {}), **extra_body}
    if extra_query is not None:
        request["params"] = {**(request.get("params") or {}), **extra_query}
    if extra_headers is not None:
        request["headers"] = _over_headers(request.get("headers") or {}, extra_headers)
    if not isinstance(timeout, Unset):
        request["timeout"] = timeout
    return request


def _over_headers(headers: Mapping[str, Any], extra: Mapping[str, object]) -> dict[str, Any]:
    """``extra`` over ``headers``, names compared without case as HTTP does: an extra
    ``content-type`` replaces the operation's ``Content-Type`` instead of sending both."""
    replaced = {name.lower() for name in extra}
    return {**{name: value for name, value in headers.items() if name.lower() not in replaced}, **extra}


_PACKAGE = __name__.rpartition(".")[0]


def operation(relative: str) -> ModuleType:
    """The operation module ``relative`` to the package (``".api.meetings.create_a_meeting"``),
    imported on first use: a look-up in ``sys.modules`` afterwards (cheaper than a function-level
    ``from .api.meetings import ...``, which goes through importlib's Python code)."""
    name = _PACKAGE + relative
    module = sys.modules.get(name)
    return module if module is not None else importlib.import_module(name)


def model_of(operation: str, response: Response[Any], model: type[ModelT]) -> ModelT:
    """``response.parsed`` as ``model``; raises the ApiError of an error status."""
    if response.status_code >= 400:
        raise error_for(response)
    parsed = response.parsed
    if not isinstance(parsed, model):
        raise UnexpectedBodyError(operation, model, response)
    return parsed


def present(operation: str, response: Response[Any], key: str, value: T | None) -> T:
    """``value`` (the envelope's ``key``), or :class:`MissingResultError` when the body lacks it."""
    if value is None:
        raise MissingResultError(operation, key, response)
    return value


def json_of(response: Response[Any]) -> object:
    """The parsed JSON of an operation the docs leave open; raises the ApiError of an error status.

    An operation whose docs list no responses has only an undocumented ``default`` response, which
    the generated code never parses (``parsed`` is None): its body is read here, so the method
    still returns the JSON (None for an empty body)."""
    if response.status_code >= 400:
        raise error_for(response)
    parsed: object = response.parsed
    if parsed is None and response.content.strip():
        try:
            parsed = json.loads(response.content)
        except ValueError as exc:
            raise InvalidResponseBody(response.status_code, response.content, exc) from exc
    return parsed


class _Session:
    """The client and the account and app every method's path starts with."""

    __slots__ = ("account_id", "app_id", "client", "owns_client")

    def __init__(
        self,
        account_id: str,
        app_id: str,
        token: str | None,
        base_url: str | None,
        timeout: httpx.Timeout | float | Unset | None,
        max_retries: int | None,
        retry_policy: RetryPolicy | None,
        client: AuthenticatedClient | None,
    ):
        self.account_id, self.app_id = account_id, app_id
        self.owns_client = client is None
        if client is None:
            options: dict[str, Any] = {"raise_on_error": False}
            if token is not None:
                options["token"] = token
            if base_url is not None:
                options["base_url"] = base_url
            if not isinstance(timeout, Unset):  # seconds, an httpx.Timeout, or None (no timeout)
                options["timeout"] = httpx.Timeout(timeout)
            if max_retries is not None:
                options["max_retries"] = max_retries
            if retry_policy is not None:
                options["retry_policy"] = retry_policy
            client = AuthenticatedClient(**options)
        self.client = client

    def send(
        self,
        module: ModuleType,
        kwargs: dict[str, Any],
        extra_body: Extra,
        extra_query: Extra,
        extra_headers: Extra,
        timeout: TimeoutArg,
    ) -> Response[Any]:
        if extra_body is None and extra_query is None and extra_headers is None and timeout is UNSET:
            response: Response[Any] = module.sync_detailed(client=self.client, **kwargs)
            return response
        request = _with_extras(module._get_kwargs(**kwargs), extra_body, extra_query, extra_headers, timeout)
        http = self.client.get_httpx_client()
        request["url"] = request_url(http, request["url"])
        try:
            sent = http.request(**request)
        except httpx.RequestError as error:
            raise connection_error(error, module._OPERATION, self.client) from error
        built: Response[Any] = module._build_response(client=self.client, response=sent)
        return built

    async def asend(
        self,
        module: ModuleType,
        kwargs: dict[str, Any],
        extra_body: Extra,
        extra_query: Extra,
        extra_headers: Extra,
        timeout: TimeoutArg,
    ) -> Response[Any]:
        if extra_body is None and extra_query is None and extra_headers is None and timeout is UNSET:
            response: Response[Any] = await module.asyncio_detailed(client=self.client, **kwargs)
            return response
        request = _with_extras(module._get_kwargs(**kwargs), extra_body, extra_query, extra_headers, timeout)
        http = self.client.get_async_httpx_client()
        request["url"] = request_url(http, request["url"])
        try:
            sent = await http.request(**request)
        except httpx.RequestError as error:
            raise connection_error(error, module._OPERATION, self.client) from error
        built: Response[Any] = module._build_response(client=self.client, response=sent)
        return built


class Resource:
    """A group of methods (``rtk.meetings``); nested groups are properties."""

    __slots__ = ("_s",)

    def __init__(self, session: _Session):
        self._s = session


def _account(account_id: str | None) -> str:
    value = account_id if account_id is not None else os.environ.get("CLOUDFLARE_ACCOUNT_ID")
    if not value:
        raise ValueError("RealtimeKit: pass account_id=... (or set CLOUDFLARE_ACCOUNT_ID)")
    return value


class _Base:
    __slots__ = ("_s",)

    def __init__(
        self,
        *,
        account_id: str | None = None,
        app_id: str = "",
        token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | Unset | None = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        client: AuthenticatedClient | None = None,
    ):
        self._s = _Session(
            _account(account_id), app_id, token, base_url, timeout, max_retries, retry_policy, client
        )

    @property
    def client(self) -> AuthenticatedClient:
        """The ``AuthenticatedClient`` under the facade (for the per-operation modules)."""
        return self._s.client

    @property
    def account_id(self) -> str:
        return self._s.account_id

    @property
    def app_id(self) -> str:
        return self._s.app_id


class BaseRealtimeKit(_Base):
    """The synchronous facade's client handling: context manager and ``close()``."""

    __slots__ = ()

    def close(self) -> None:
        """Close the HTTP connections (of a client the facade made; a client passed in stays open)."""
        if self._s.owns_client:
            self._s.client.get_httpx_client().close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class BaseAsyncRealtimeKit(_Base):
    """The asynchronous facade's client handling: ``async with`` and ``await aclose()``."""

    __slots__ = ()

    async def aclose(self) -> None:
        """Close the HTTP connections (of a client the facade made; a client passed in stays open)."""
        if self._s.owns_client:
            await self._s.client.get_async_httpx_client().aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()


class Pager(Generic[T]):
    """The items of a paged list: iterate for every item (pages fetched lazily, as the loop
    needs them), or ``page(n)`` for the items of page ``n`` alone."""

    __slots__ = ("_fetch", "_items", "_per_page", "max_pages")

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Response[Any]],
        items: Callable[[Any], list[T]],
        per_page: float | Unset,
    ):
        self._fetch, self._items = fetch, items
        self._per_page = None if isinstance(per_page, Unset) else int(per_page)
        self.max_pages = DEFAULT_MAX_PAGES

    def page(self, page_no: int = 1) -> list[T]:
        """The items of page ``page_no`` (1 is the first)."""
        walk: PageWalk[Any, T] = PageWalk(self._items, self._per_page, page_no, 1, {})
        return walk.take(self._fetch(walk.kwargs(page_no))) or []

    def __iter__(self) -> Iterator[T]:
        return iterate_pages(self._fetch, self._items, self._per_page, 1, self.max_pages, {})


class AsyncPager(Generic[T]):
    """:class:`Pager` for ``async for``; ``await pager.page(n)`` for one page."""

    __slots__ = ("_fetch", "_items", "_per_page", "max_pages")

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Awaitable[Response[Any]]],
        items: Callable[[Any], list[T]],
        per_page: float | Unset,
    ):
        self._fetch, self._items = fetch, items
        self._per_page = None if isinstance(per_page, Unset) else int(per_page)
        self.max_pages = DEFAULT_MAX_PAGES

    async def page(self, page_no: int = 1) -> list[T]:
        """The items of page ``page_no`` (1 is the first)."""
        walk: PageWalk[Any, T] = PageWalk(self._items, self._per_page, page_no, 1, {})
        return walk.take(await self._fetch(walk.kwargs(page_no))) or []

    def __aiter__(self) -> AsyncIterator[T]:
        return aiterate_pages(self._fetch, self._items, self._per_page, 1, self.max_pages, {})


def page_items(operation: str, model: type[Any], key: str, nested: str | None) -> Callable[[Any], list[Any]]:
    """The items of a page: the envelope's ``key`` list of a ``model`` body, or the ``nested`` list
    inside it ([] when absent)."""

    def items(body: Any) -> list[Any]:
        if not isinstance(body, model):
            raise TypeError(f"{operation}: a page is not a {model.__name__} (got {type(body).__name__})")
        value = getattr(body, key)
        if nested is not None and value is not None:
            value = getattr(value, nested)
        return list(value) if value is not None else []

    return items
