"""``paged.py`` (``rtkgen.facade.paged``): ``paginate``/``apaginate`` typed per operation that takes
``page_no`` and ``per_page``, from hand-built operations (``facade_api``): the overloads' keywords
are the operation's own (path parameters required, ``page_no``/``per_page`` left to paginate),
``items=`` is optional only where the body's ``data`` is the list of items, and an operation
module without what the overloads need is an error that names it."""

from __future__ import annotations

import ast
from dataclasses import replace

import pytest

import facade_api as api
from rtkgen.facade.paged import HEADER, Paged, is_paged, paged_source
from rtkgen.facade.reading import Arg, Endpoint, Envelope, Function, Module

PARAMETERS = (
    "account_id: str, app_id, *, client: AuthenticatedClient, page_no: int | Unset = UNSET, "
    "per_page: int | Unset = UNSET, search: str | Unset = UNSET, since: datetime.date, flag=None"
)
SYNC = api.signature(f"def sync_detailed({PARAMETERS}) -> Response[ThingList]: ...")
ASYNC = api.signature(f"async def asyncio_detailed({PARAMETERS}) -> Response[ThingList]: ...")
THINGS = replace(api.LIST_THINGS, signatures={"sync_detailed": SYNC, "asyncio_detailed": ASYNC})
STUB = (
    "self, account_id: str, app_id, *, client: AuthenticatedClient, page_no: int | Unset=..., "
    "per_page: int | Unset=..., search: str | Unset=..., since: datetime.date, flag=..."
)
KEYWORDS = (
    "account_id: str, app_id: str, client: AuthenticatedClient, search: str | Unset = ..., "
    "since: datetime.date, flag: object = ..., per_page: int | None = None, first_page: int = ..., "
    "max_pages: int = ..."
)


def test_no_paged_operation_re_exports_the_runtimes() -> None:
    assert paged_source([]) == HEADER + "\nfrom .pagination import apaginate, paginate\n"


def test_the_overloads_of_an_operation_whose_data_is_the_list() -> None:
    source = paged_source([Paged("list_things", THINGS)])
    assert source.startswith(HEADER + "\nif TYPE_CHECKING:\n")
    assert source.endswith("\n\nelse:\n    from .pagination import apaginate, paginate\n")
    checking = [line.strip() for line in source.split("if TYPE_CHECKING:\n")[1].split("\n\n")[0].splitlines()]
    assert checking == sorted(checking)
    assert set(checking) == {
        "from .client import AuthenticatedClient",
        "from .models.thing import Thing",
        "from .models.thing_list import ThingList",
        "from .types import Response",
        "from .types import Unset",
        "from collections.abc import AsyncIterator",
        "from collections.abc import Callable",
        "from collections.abc import Iterable",
        "from collections.abc import Iterator",
        "from typing import Any",
        "from typing import Protocol",
        "from typing import TypeVar",
        "from typing import overload",
        "import datetime",
    }
    blocks = source.split("if TYPE_CHECKING:\n")[1].split("\n\nelse:")[0].split("\n\n")[1:]
    head = "@overload\n    def {}(operation: _{}Module | _{}Function, /, *, {}, "
    sync_head = head.format("paginate", "ListThings", "ListThings", KEYWORDS)
    async_head = head.format("apaginate", "AsyncListThings", "AsyncListThings", KEYWORDS)
    assert [block.strip() for block in blocks] == [
        '_ItemT = TypeVar("_ItemT")',
        f"class _ListThingsModule(Protocol):\n        def sync_detailed({STUB}) -> Response[ThingList]: ...",
        f"class _ListThingsFunction(Protocol):\n        def __call__({STUB}) -> Response[ThingList]: ...",
        "class _AsyncListThingsModule(Protocol):\n"
        f"        async def asyncio_detailed({STUB}) -> Response[ThingList]: ...",
        "class _AsyncListThingsFunction(Protocol):\n"
        f"        async def __call__({STUB}) -> Response[ThingList]: ...",
        f"{sync_head}items: None = None) -> Iterator[Thing]: ...",
        f"{sync_head}items: Callable[[ThingList], Iterable[_ItemT]]) -> Iterator[_ItemT]: ...",
        "def paginate(operation: object, /, **arguments: Any) -> Iterator[object]: ...",
        f"{async_head}items: None = None) -> AsyncIterator[Thing]: ...",
        f"{async_head}items: Callable[[ThingList], Iterable[_ItemT]]) -> AsyncIterator[_ItemT]: ...",
        "def apaginate(operation: object, /, **arguments: Any) -> AsyncIterator[object]: ...",
    ]
    ast.parse(source)  # valid Python


def _overloads(source: str, name: str) -> list[str]:
    return [
        block for block in source.split("\n\n") if block.strip().startswith(f"@overload\n    def {name}(")
    ]


@pytest.mark.parametrize(
    ("envelope", "success", "items"),
    [
        (
            Envelope(
                "result", api.expr("list[Thing]"), True, api.expr("Thing"), None, api.module("models.x")
            ),
            "ThingList",
            False,
        ),
        (
            Envelope("data", api.expr("Page"), False, api.expr("Thing"), "things", api.module("models.x")),
            "ThingList",
            False,
        ),
        (Envelope("data", api.expr("list[Thing]"), True, None, None, None), "ThingList", False),
        (
            Envelope("data", api.expr("list[Thing]"), True, api.expr("Thing"), None, api.module("models.x")),
            "ThingList",
            True,
        ),
    ],
)
def test_items_may_be_left_out_only_where_data_is_the_list(
    envelope: Envelope, success: str, items: bool
) -> None:
    source = paged_source([Paged("list_things", replace(THINGS, envelope=envelope, success_model=success))])
    for name, iterator in (("paginate", "Iterator"), ("apaginate", "AsyncIterator")):
        found = [overload.split(", items: ")[1] for overload in _overloads(source, name)]
        optional = [f"None = None) -> {iterator}[Thing]: ..."] if items else []
        assert found == [*optional, f"Callable[[ThingList], Iterable[_ItemT]]) -> {iterator}[_ItemT]: ..."]


def test_an_open_json_body_is_any() -> None:
    endpoint = replace(THINGS, success_model=None, success_module=None, envelope=api.NO_ENVELOPE)
    source = paged_source([Paged("list_things", endpoint)])
    (overload,) = _overloads(source, "paginate")
    assert overload.endswith("items: Callable[[Any], Iterable[_ItemT]]) -> Iterator[_ItemT]: ...")


def test_two_operations_in_order() -> None:
    parts = replace(THINGS, module=api.module("api.parts.list_parts"))
    source = paged_source([Paged("list_things", THINGS), Paged("list_parts", parts)])
    classes = [
        line.strip().split("(")[0] for line in source.splitlines() if line.strip().startswith("class ")
    ]
    assert classes == [
        "class _ListThingsModule",
        "class _ListThingsFunction",
        "class _ListPartsModule",
        "class _ListPartsFunction",
        "class _AsyncListThingsModule",
        "class _AsyncListThingsFunction",
        "class _AsyncListPartsModule",
        "class _AsyncListPartsFunction",
    ]
    for name, stem in (("paginate", "_"), ("apaginate", "_Async")):
        operations = [
            overload.split("(operation: ")[1].split(" |")[0] for overload in _overloads(source, name)
        ]
        assert operations == [f"{stem}ListThingsModule"] * 2 + [f"{stem}ListPartsModule"] * 2


@pytest.mark.parametrize(
    ("signatures", "message"),
    [
        ({"asyncio_detailed": ASYNC}, "paged: api.things.list_things has no sync_detailed"),
        ({"sync_detailed": SYNC}, "paged: api.things.list_things has no asyncio_detailed"),
        (
            {
                "sync_detailed": api.signature(f"def sync_detailed({PARAMETERS}): ..."),
                "asyncio_detailed": ASYNC,
            },
            "paged: api.things.list_things.sync_detailed has no return annotation",
        ),
    ],
)
def test_an_operation_module_without_what_paged_needs(signatures: dict[str, Function], message: str) -> None:
    with pytest.raises(LookupError) as raised:
        paged_source([Paged("list_things", replace(THINGS, signatures=signatures))])
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        ([*api.PAGING], True),
        ([api.PAGING[1], api.PAGING[0], api.arg("q")], True),
        ([api.PAGING[0]], False),
        ([api.PAGING[1]], False),
        ([], False),
    ],
)
def test_which_operations_page(keywords: list[Arg], expected: bool) -> None:
    endpoint: Endpoint = replace(THINGS, keywords=keywords)
    assert is_paged(endpoint) is expected


def test_the_protocols_defaults_are_ellipses() -> None:
    sync = api.signature(
        "def sync_detailed(a: Color, b: int = 3, *, c: int = 4, d: int) -> Response[ThingList]: ..."
    )
    source = paged_source(
        [Paged("list_things", replace(THINGS, signatures={**THINGS.signatures, "sync_detailed": sync}))]
    )
    assert (
        "def sync_detailed(self, a: Color, b: int=..., *, c: int=..., d: int) -> Response[ThingList]: ..."
        in source
    )
    (first, _) = _overloads(source, "paginate")
    assert (
        "(operation: _ListThingsModule | _ListThingsFunction, /, *, a: Color, b: int, c: int = ..., d: int, "
        in first
    )
    assert "    from .models.color import Color\n" in source


def test_the_body_model_is_imported_for_items() -> None:
    """``items=`` takes the body's model, imported even where the return annotation names none."""
    sync = api.signature("def sync_detailed(*, page_no: int, per_page: int) -> Response[Any]: ...")
    asynchronous = api.signature(
        "async def asyncio_detailed(*, page_no: int, per_page: int) -> Response[Any]: ..."
    )
    signatures = {"sync_detailed": sync, "asyncio_detailed": asynchronous}
    model = Module("models.thing_list", {"Thing": (".models.thing", "Thing")})  # defines ThingList
    endpoint = replace(THINGS, signatures=signatures, success_module=model)
    source = paged_source([Paged("list_things", endpoint)])
    assert "items: Callable[[ThingList], Iterable[_ItemT]]" in source
    assert "    from .models.thing_list import ThingList\n" in source
