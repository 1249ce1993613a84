"""Iterate over every item of a list operation that pages with ``page_no``/``per_page``.

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration. The package exports ``paginate``/``apaginate`` from ``paged.py``, generated
per paged operation: the same functions, with typed parameters for mypy.

    from realtimekit_client import AuthenticatedClient, paginate
    from realtimekit_client.api.meetings import fetch_all_meetings_for_an_app

    with AuthenticatedClient() as client:
        for meeting in paginate(fetch_all_meetings_for_an_app, client=client,
                                account_id="ACCOUNT", app_id="APP", per_page=50):
            print(meeting["id"])

RealtimeKit list bodies are ``{"success": ..., "data": [...], "paging": {"total_count",
"start_offset", "end_offset"}}``. The walk asks for ``page_no`` 1, 2, ... and stops by itself:
after an empty page; once it has yielded ``paging.total_count`` items; without ``paging``, after
a page shorter than ``per_page`` (or than the first page); when a page repeats the previous one
(same body, or a ``start_offset`` that does not advance: a server ignoring ``page_no``); and,
whatever the server says, after ``max_pages`` pages. An error status raises ``errors.ApiError``
(of its family) whatever the client's ``raise_on_error``: a silent short listing would be wrong.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar, overload

from .client import AuthenticatedClient, Client
from .errors import error_for
from .types import Response, body_field

__all__ = [
    "DEFAULT_MAX_PAGES",
    "AsyncListOperation",
    "PageWalk",
    "SyncListOperation",
    "aiterate_pages",
    "apaginate",
    "data_items",
    "iterate_pages",
    "paginate",
]

logger = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 1000

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class SyncListOperation(Protocol[T]):
    """An operation module, such as ``realtimekit_client.api.meetings.fetch_all_meetings_for_an_app``."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[T]: ...


class AsyncListOperation(Protocol[T]):
    """An operation module, used through its ``asyncio_detailed`` function."""

    def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Awaitable[Response[T]]: ...


def data_items(body: Any) -> list[Any]:
    """The items of a RealtimeKit list body: its ``data`` list ([] when ``data`` is absent or null)."""
    data = body_field(body, "data")
    if data is None:
        return []
    if not isinstance(data, list):
        raise TypeError(
            f"paginate: the page's `data` is a {type(data).__name__}, not a list; "
            "pass items=... to say where the items of a page are"
        )
    return data


def _paging_number(body: Any, name: str) -> int | None:
    """``paging.<name>`` of a body as an int (``paging`` at the top, or inside ``data``); None when
    absent or not a number."""
    paging = body_field(body, "paging")
    if paging is None:
        paging = body_field(body_field(body, "data"), "paging")
    value = body_field(paging, name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


class PageWalk(Generic[T, ItemT]):
    """The state and the stop rules of one walk, shared by the sync and the async loop
    (``iterate_pages``, ``aiterate_pages``): which page to ask for, whether a page is new and
    whether another one is worth asking for."""

    def __init__(
        self,
        items: Callable[[T], Iterable[ItemT]],
        per_page: int | None,
        first_page: int,
        max_pages: int,
        params: dict[str, Any],
    ):
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self.items = items
        self.per_page = per_page
        self.pages = range(first_page, first_page + max_pages)
        self.page_no = first_page  # the page asked for last
        self.params = params if per_page is None else {**params, "per_page": per_page}
        self.seen = 0
        self.previous_content: bytes | None = None
        self.previous_start: int | None = None
        self.total: int | None = None

    def kwargs(self, page_no: int) -> dict[str, Any]:
        return {**self.params, "page_no": page_no}

    def take(self, response: Response[T]) -> list[ItemT] | None:
        """The items of a fetched page, or None when the page repeats the previous one."""
        if response.status_code >= 400:
            raise error_for(response)
        body: Any = response.parsed
        if body is None and response.content:
            body = json.loads(response.content)
        start = _paging_number(body, "start_offset")
        repeated = response.content == self.previous_content or (
            start is not None and self.previous_start is not None and start <= self.previous_start
        )
        if repeated:
            logger.warning("paginate: page repeats the previous one; the server ignores page_no? Stopping.")
            return None
        self.previous_content, self.previous_start = response.content, start
        self.total = _paging_number(body, "total_count")
        page = list(self.items(body))
        self.seen += len(page)
        return page

    def more(self, page: list[ItemT]) -> bool:
        """Whether a page may follow ``page``."""
        if not page:
            return False
        if self.total is not None:
            return self.seen < self.total
        if self.per_page is None:
            self.per_page = len(page)  # without paging, the first page's size is the page size
        return len(page) >= self.per_page

    def after(self, page: list[ItemT] | None) -> dict[str, Any] | None:
        """The arguments of the page to ask for after ``page`` (None: it repeated the previous
        one), or None when the walk is over (with a warning when ``max_pages`` ended it)."""
        if page is None or not self.more(page):
            return None
        self.page_no += 1
        if self.page_no not in self.pages:
            self.stopped_early()
            return None
        return self.kwargs(self.page_no)

    def stopped_early(self) -> None:
        logger.warning("paginate: stopped after max_pages=%d pages; more may remain", len(self.pages))


def iterate_pages(
    fetch: Callable[[dict[str, Any]], Response[T]],
    items: Callable[[T], Iterable[ItemT]],
    per_page: int | None,
    first_page: int,
    max_pages: int,
    params: dict[str, Any],
) -> Iterator[ItemT]:
    """Every item of every page, each page fetched by ``fetch(arguments)`` as the loop needs it:
    the one loop behind :func:`paginate` and the facade's ``Pager`` (the rules are ``PageWalk``'s)."""
    walk: PageWalk[T, ItemT] = PageWalk(items, per_page, first_page, max_pages, params)
    arguments: dict[str, Any] | None = walk.kwargs(first_page)
    while arguments is not None:
        page = walk.take(fetch(arguments))
        if page:
            yield from page
        arguments = walk.after(page)


async def aiterate_pages(
    fetch: Callable[[dict[str, Any]], Awaitable[Response[T]]],
    items: Callable[[T], Iterable[ItemT]],
    per_page: int | None,
    first_page: int,
    max_pages: int,
    params: dict[str, Any],
) -> AsyncIterator[ItemT]:
    """:func:`iterate_pages` with an awaited ``fetch``: behind :func:`apaginate` and ``AsyncPager``."""
    walk: PageWalk[T, ItemT] = PageWalk(items, per_page, first_page, max_pages, params)
    arguments: dict[str, Any] | None = walk.kwargs(first_page)
    while arguments is not None:
        page = walk.take(await fetch(arguments))
        if page:
            for item in page:
                yield item
        arguments = walk.after(page)


@overload
def paginate(
    operation: SyncListOperation[Any] | Callable[..., Response[Any]],
    /,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | None = None,
    first_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    items: None = None,
    **params: Any,
) -> Iterator[Any]: ...


@overload
def paginate(
    operation: SyncListOperation[T] | Callable[..., Response[T]],
    /,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | None = None,
    first_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    items: Callable[[T], Iterable[ItemT]],
    **params: Any,
) -> Iterator[ItemT]: ...


def paginate(
    operation: Any,
    /,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | None = None,
    first_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    items: Callable[[Any], Iterable[Any]] | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Every item of every page of ``operation`` (an operation module, or its ``sync_detailed``).

    ``params`` are the operation's other arguments (path parameters, filters). ``items`` takes a
    page's parsed body and returns its items (default: :func:`data_items`). Raises an
    ``errors.ApiError`` subclass on an error status. See the module docstring for when it stops.
    """
    fetch: Callable[..., Response[Any]] = getattr(operation, "sync_detailed", operation)
    return iterate_pages(
        lambda arguments: fetch(client=client, **arguments),
        items or data_items,
        per_page,
        first_page,
        max_pages,
        params,
    )


@overload
def apaginate(
    operation: AsyncListOperation[Any] | Callable[..., Awaitable[Response[Any]]],
    /,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | None = None,
    first_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    items: None = None,
    **params: Any,
) -> AsyncIterator[Any]: ...


@overload
def apaginate(
    operation: AsyncListOperation[T] | Callable[..., Awaitable[Response[T]]],
    /,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | None = None,
    first_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    items: Callable[[T], Iterable[ItemT]],
    **params: Any,
) -> AsyncIterator[ItemT]: ...


def apaginate(
    operation: Any,
    /,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | None = None,
    first_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    items: Callable[[Any], Iterable[Any]] | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """The asynchronous :func:`paginate` (``async for item in apaginate(...)``), through the
    operation's ``asyncio_detailed``."""
    fetch: Callable[..., Awaitable[Response[Any]]] = getattr(operation, "asyncio_detailed", operation)
    return aiterate_pages(
        lambda arguments: fetch(client=client, **arguments),
        items or data_items,
        per_page,
        first_page,
        max_pages,
        params,
    )
