"""Pagination (realtimekit_client/pagination.py, from templates/runtime/pagination.py): paginate and
apaginate walk every page of a list operation using the body's ``paging`` and stop by themselves,
also when paging is missing or inconsistent. In-process: a fake RealtimeKit server behind
httpx.MockTransport, and a list operation of the generated shape (with ``page_no``/``per_page``,
which the spec declares once the overlays of issue 6 part 1 are applied)."""

from __future__ import annotations

import inspect
import math
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtimekit_client import AuthenticatedClient, NotFoundError, ServerError, apaginate, paginate
from realtimekit_client.api.meetings import fetch_all_meetings_for_an_app
from realtimekit_client.types import UNSET, Response, Unset

ACCOUNT, APP = "acc", "app"


class FakeServer:
    """RealtimeKit's list-meetings endpoint over ``count`` meetings, pages of ``per_page``
    (default 25). ``paging`` False leaves ``paging`` out; ``ignore_page_no`` always answers page 1;
    ``total_count`` overrides the count it reports, ``totals`` the count of some pages (page ->
    count); ``stamped`` makes every answer's bytes differ; ``endless`` answers full pages of new ids forever;
    ``fail_on_page`` answers that page with ``fail_status``."""

    def __init__(
        self,
        count: int,
        *,
        paging: bool = True,
        ignore_page_no: bool = False,
        total_count: int | None = None,
        totals: dict[int, int] | None = None,
        stamped: bool = False,
        endless: bool = False,
        fail_on_page: int | None = None,
        fail_status: int = 503,
    ):
        self.meetings = [{"id": f"m{i}", "title": f"Meeting {i}"} for i in range(count)]
        self.paging = paging
        self.ignore_page_no = ignore_page_no
        self.total_count = total_count
        self.totals = totals or {}
        self.stamped = stamped
        self.endless = endless
        self.fail_on_page = fail_on_page
        self.fail_status = fail_status
        self.queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == f"/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
        query = dict(request.url.params)
        self.queries.append(query)
        assert len(self.queries) <= 100, "the walk does not stop"  # a regression fails, never hangs
        page_no = 1 if self.ignore_page_no else int(query.get("page_no", "1"))
        per_page = int(query.get("per_page", "25"))
        if page_no == self.fail_on_page:
            return httpx.Response(self.fail_status, json={"success": False, "error": {"message": "nope"}})
        start = (page_no - 1) * per_page
        if self.endless:
            data = [{"id": f"m{start + i}"} for i in range(per_page)]
        else:
            data = self.meetings[start : start + per_page]
        body: dict[str, Any] = {"success": True, "data": data}
        if self.stamped:  # a field that differs on every answer, as a server time would
            body["served"] = len(self.queries)
        if self.paging:
            total = len(self.meetings) if self.total_count is None else self.total_count
            total = self.totals.get(page_no, total)
            body["paging"] = {"total_count": total, "start_offset": start, "end_offset": start + len(data)}
        return httpx.Response(200, json=body)

    @property
    def pages_asked(self) -> list[int]:
        return [int(query.get("page_no", "0")) for query in self.queries]


def fetch_meetings_page(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Any]:
    """A ``sync_detailed`` function alone (paginate takes one as well as a module)."""
    return fetch_all_meetings_for_an_app.sync_detailed(
        account_id, app_id, client=client, page_no=page_no, per_page=per_page, search=search
    )


# The walks run on the generated module itself (the overlays give it page_no and per_page).
OPERATION = fetch_all_meetings_for_an_app


def client_for(server: FakeServer) -> AuthenticatedClient:
    return AuthenticatedClient(
        token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(server)}
    )


def ids(items: list[Any]) -> list[str]:
    return [item["id"] for item in items]


def walk(server: FakeServer, **options: Any) -> list[Any]:
    return list(paginate(OPERATION, client=client_for(server), account_id=ACCOUNT, app_id=APP, **options))


async def awalk(server: FakeServer, **options: Any) -> list[Any]:
    client = client_for(server)
    return [
        item async for item in apaginate(OPERATION, client=client, account_id=ACCOUNT, app_id=APP, **options)
    ]


# (meetings, per_page, pages asked) with paging: never more pages than needed
WITH_PAGING = [
    (0, 50, [1]),
    (1, 50, [1]),
    (49, 50, [1]),
    (50, 50, [1]),
    (51, 50, [1, 2]),
    (120, 50, [1, 2, 3]),
]


@pytest.mark.parametrize(("count", "per_page", "asked"), WITH_PAGING)
def test_walks_every_page_with_paging(count: int, per_page: int, asked: list[int]) -> None:
    server = FakeServer(count)
    assert ids(walk(server, per_page=per_page)) == [f"m{i}" for i in range(count)]
    assert server.pages_asked == asked
    assert all(query["per_page"] == str(per_page) for query in server.queries)


@pytest.mark.parametrize(("count", "per_page", "asked"), WITH_PAGING)
async def test_async_walks_every_page_with_paging(count: int, per_page: int, asked: list[int]) -> None:
    server = FakeServer(count)
    assert ids(await awalk(server, per_page=per_page)) == [f"m{i}" for i in range(count)]
    assert server.pages_asked == asked


# without paging: a short (or empty) page ends the walk
WITHOUT_PAGING = [(0, 50, [1]), (49, 50, [1]), (50, 50, [1, 2]), (51, 50, [1, 2]), (100, 50, [1, 2, 3])]


@pytest.mark.parametrize(("count", "per_page", "asked"), WITHOUT_PAGING)
def test_walks_every_page_without_paging(count: int, per_page: int, asked: list[int]) -> None:
    server = FakeServer(count, paging=False)
    assert ids(walk(server, per_page=per_page)) == [f"m{i}" for i in range(count)]
    assert server.pages_asked == asked


def test_without_per_page_the_servers_page_size_is_used() -> None:
    server = FakeServer(60, paging=False)
    assert len(walk(server)) == 60
    assert server.pages_asked == [1, 2, 3]
    assert all("per_page" not in query for query in server.queries)


@pytest.mark.parametrize("paging", [True, False])
def test_a_server_ignoring_page_no_gives_each_item_once(paging: bool) -> None:
    server = FakeServer(120, paging=paging, ignore_page_no=True)
    assert ids(walk(server, per_page=50)) == [f"m{i}" for i in range(50)]
    assert server.pages_asked == [1, 2]


def test_an_inflated_total_count_stops_at_the_empty_page() -> None:
    server = FakeServer(120, total_count=1000)
    assert len(walk(server, per_page=50)) == 120
    assert server.pages_asked == [1, 2, 3, 4]


def test_a_deflated_total_count_stops_early_at_that_count() -> None:
    server = FakeServer(120, total_count=50)
    assert len(walk(server, per_page=50)) == 50


@pytest.mark.parametrize("max_pages", [1, 3, 7])
def test_max_pages_bounds_an_endless_listing(max_pages: int) -> None:
    server = FakeServer(0, paging=False, endless=True)
    assert len(walk(server, per_page=10, max_pages=max_pages)) == 10 * max_pages
    assert len(server.queries) == max_pages


async def test_async_max_pages_bounds_an_endless_listing() -> None:
    server = FakeServer(0, paging=False, endless=True)
    assert len(await awalk(server, per_page=10, max_pages=4)) == 40
    assert len(server.queries) == 4


def test_max_pages_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="max_pages"):
        walk(FakeServer(3), max_pages=0)


def test_first_page_and_other_parameters_are_passed() -> None:
    server = FakeServer(30)
    assert ids(walk(server, per_page=10, first_page=2, search="standup")) == [f"m{i}" for i in range(10, 30)]
    assert server.queries[0] == {"page_no": "2", "per_page": "10", "search": "standup"}


@pytest.mark.parametrize(("status", "error"), [(503, ServerError), (404, NotFoundError)])
def test_an_error_page_raises_whatever_raise_on_error_says(status: int, error: type[Exception]) -> None:
    server = FakeServer(120, fail_on_page=2, fail_status=status)
    iterator = paginate(OPERATION, client=client_for(server), account_id=ACCOUNT, app_id=APP, per_page=50)
    first_page = [next(iterator) for _ in range(50)]
    assert len(first_page) == 50
    with pytest.raises(error):
        next(iterator)


async def test_async_error_page_raises() -> None:
    with pytest.raises(ServerError):
        await awalk(FakeServer(120, fail_on_page=1), per_page=50)


def test_items_extractor_picks_other_shapes() -> None:
    server = FakeServer(7)
    titles = list(
        paginate(
            fetch_meetings_page,  # a sync_detailed function works as well as a module
            client=client_for(server),
            account_id=ACCOUNT,
            app_id=APP,
            per_page=3,
            items=lambda body: [meeting["title"] for meeting in body["data"]],
        )
    )
    assert titles == [f"Meeting {i}" for i in range(7)]


def test_data_that_is_not_a_list_is_a_clear_error() -> None:
    def single(*, client: AuthenticatedClient, **_: Any) -> Response[Any]:
        return Response(status_code=200, content=b"{}", headers={}, parsed={"data": {"id": "x"}})

    with pytest.raises(TypeError, match="pass items="):
        list(paginate(single, client=AuthenticatedClient(token="t")))


def test_paging_inside_data_is_understood() -> None:
    pages = {
        1: {"data": {"items": [1, 2], "paging": {"total_count": 3, "start_offset": 0, "end_offset": 1}}},
        2: {"data": {"items": [3], "paging": {"total_count": 3, "start_offset": 2, "end_offset": 2}}},
        3: {"data": {"items": [], "paging": {"total_count": 3, "start_offset": 3, "end_offset": 3}}},
    }
    asked: list[int] = []

    def operation(*, client: AuthenticatedClient, page_no: int, **_: Any) -> Response[Any]:
        asked.append(page_no)
        return Response(status_code=200, content=str(page_no).encode(), headers={}, parsed=pages[page_no])

    found = list(
        paginate(operation, client=AuthenticatedClient(token="t"), items=lambda b: b["data"]["items"])
    )
    assert found == [1, 2, 3]
    assert asked == [1, 2]


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(min_value=0, max_value=60),
    per_page=st.integers(min_value=1, max_value=25),
    paging=st.booleans(),
)
def test_every_item_exactly_once_in_few_requests(count: int, per_page: int, paging: bool) -> None:
    server = FakeServer(count, paging=paging)
    assert ids(walk(server, per_page=per_page)) == [f"m{i}" for i in range(count)]
    assert len(server.queries) <= math.ceil(count / per_page) + 1


def test_the_generated_list_operation_pages_once_it_takes_page_no() -> None:
    """With the overlays applied, the real generated module is paginated directly."""
    assert "page_no" in inspect.signature(fetch_all_meetings_for_an_app.sync_detailed).parameters
    server = FakeServer(70)
    client = client_for(server)
    found = list(
        paginate(fetch_all_meetings_for_an_app, client=client, account_id=ACCOUNT, app_id=APP, per_page=50)
    )
    assert ids(found) == [f"m{i}" for i in range(70)]
    assert server.pages_asked == [1, 2]


def test_paging_of_models_is_read_with_falsy_values() -> None:
    from realtimekit_client.models import LivestreamPageResponse

    body = {
        "success": True,
        "data": {"id": "s1", "paging": {"total_count": 0, "start_offset": 0, "end_offset": 0}},
    }
    asked: list[int] = []

    def operation(*, client: AuthenticatedClient, page_no: int, **_: Any) -> Response[Any]:
        asked.append(page_no)
        parsed = LivestreamPageResponse.from_dict(body)
        return Response(status_code=200, content=str(page_no).encode(), headers={}, parsed=parsed)

    found = list(paginate(operation, client=AuthenticatedClient(token="t"), items=lambda b: [b.data]))
    assert [item.id for item in found] == ["s1"]
    assert asked == [1]  # total_count 0 (a model's falsy field) is read, so no second page


@pytest.mark.parametrize("paging", [True, False])
async def test_async_a_server_ignoring_page_no_gives_each_item_once(paging: bool) -> None:
    server = FakeServer(120, paging=paging, ignore_page_no=True)
    assert ids(await awalk(server, per_page=50)) == [f"m{i}" for i in range(50)]
    assert server.pages_asked == [1, 2]


def test_a_repeated_start_offset_stops_the_walk_even_when_the_bytes_differ() -> None:
    server = FakeServer(120, ignore_page_no=True, stamped=True)
    assert ids(walk(server, per_page=50)) == [f"m{i}" for i in range(50)]
    assert server.pages_asked == [1, 2]


def test_a_total_count_that_shrinks_during_the_walk_ends_it_at_the_new_count() -> None:
    server = FakeServer(150, totals={2: 100})  # 50 meetings deleted while page 1 was read
    assert len(walk(server, per_page=50)) == 100
    assert server.pages_asked == [1, 2]


def test_a_total_count_that_grows_during_the_walk_extends_it() -> None:
    server = FakeServer(150, totals={1: 60})  # created while page 1 was read
    assert len(walk(server, per_page=50)) == 150
    assert server.pages_asked == [1, 2, 3]
