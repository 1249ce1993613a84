"""A small API for the facade renderer's tests (``rtkgen.facade.rendering``, ``rtkgen.facade.paged``):
its operations as the reader (``rtkgen.facade.reading``) gives them, built by hand, so a test
states each operation's shape (paged list, envelope, model, open JSON, body fields or a plain
body, nested resources) without a generated package."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from rtkgen.facade.docs import OperationDoc
from rtkgen.facade.naming import Placement
from rtkgen.facade.reading import Arg, Endpoint, Envelope, Function, Module
from rtkgen.facade.rendering import module_sources, tree_of

BASE = "/accounts/{account_id}/realtime/kit/{app_id}"
# What an operation module of the package imports (name -> (module, attribute)), as read.
IMPORTS: dict[str, tuple[str, str | None]] = {
    "Any": ("typing", "Any"),
    "datetime": ("datetime", None),
    "Response": (".types", "Response"),
    "Unset": (".types", "Unset"),
    "Thing": (".models.thing", "Thing"),
    "ThingBody": (".models.thing_body", "ThingBody"),
    "ThingList": (".models.thing_list", "ThingList"),
    "ThingOne": (".models.thing_one", "ThingOne"),
    "PartPage": (".models.part_page", "PartPage"),
    "Part": (".models.part", "Part"),
    "Color": (".models.color", "Color"),
    "AuthenticatedClient": (".client", "AuthenticatedClient"),
}


def expr(text: str) -> ast.expr:
    return ast.parse(text, mode="eval").body


def arg(name: str, annotation: str = "str", default: str | None = None) -> Arg:
    return Arg(name, expr(annotation), None if default is None else expr(default))


def module(dotted: str) -> Module:
    return Module(dotted, dict(IMPORTS))


def signature(source: str) -> Function:
    """A function of ``source`` (``def f(...) -> ...: ...``), as ``Endpoint.signatures`` holds it."""
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    return node


SESSION = [arg("account_id"), arg("app_id")]
NO_ENVELOPE = Envelope(None, None, False)  # the success model is the result
PAGING = [arg("page_no", "int | Unset", "UNSET"), arg("per_page", "int | Unset", "UNSET")]


def endpoint(
    dotted: str,
    *,
    positional: Sequence[Arg] = (),
    keywords: Sequence[Arg] = (),
    body: Arg | None = None,
    fields: Sequence[Arg] | None = None,
    success: str | None = None,
    envelope: Envelope = NO_ENVELOPE,
    detailed: str = "Response[Any]",
    signatures: dict[str, Function] | None = None,
) -> Endpoint:
    """An operation of the package ``api.<tag>.<name>``: its session and ``positional`` path
    parameters, ``keywords`` (query), ``body`` (with the model's ``fields`` when it is
    ``ThingBody``), the ``success`` model and its ``envelope``."""
    return Endpoint(
        module(dotted),
        [*SESSION, *positional],
        list(keywords),
        body,
        None if fields is None else list(fields),
        None if fields is None else "ThingBody",
        None if fields is None else module("models.thing_body"),
        success,
        None if success is None else module(f"models.{success.lower()}"),
        envelope,
        expr(detailed),
        signatures or {},
    )


LIST_THINGS = endpoint(
    "api.things.list_things",
    keywords=[*PAGING, arg("search", "str | Unset", "UNSET")],
    success="ThingList",
    envelope=Envelope("data", expr("list[Thing]"), True, expr("Thing"), None, module("models.thing_list")),
    detailed="Response[ThingList]",
)
GET_THING = endpoint(
    "api.things.get_thing",
    positional=[arg("thing_id")],
    success="ThingOne",
    envelope=Envelope("data", expr("Thing"), False),
    detailed="Response[ThingOne]",
)
DELETE_THING = endpoint("api.things.delete_thing", positional=[arg("thing_id")], detailed="Response[Any]")
CREATE_THING = endpoint(
    "api.things.create_thing",
    body=arg("body", "ThingBody"),
    fields=[
        arg("name"),
        arg("color", "Color | Unset", "UNSET"),
        arg("at", "datetime.datetime | Unset", "UNSET"),
    ],
    success="Thing",
    detailed="Response[Thing]",
)
KICK = endpoint(
    "api.things.kick",
    positional=[arg("thing_id")],
    body=arg("body", "list[str]"),
    detailed="Response[Any]",
)
LIST_PARTS = endpoint(
    "api.parts.list_parts",
    positional=[arg("thing_id")],
    keywords=[*PAGING],
    success="PartPage",
    envelope=Envelope("result", expr("PartPage"), False, expr("Part"), "parts", module("models.part_page")),
    detailed="Response[PartPage]",
)
PING = endpoint("api.root.ping", success="Thing", detailed="Response[Thing]")

OPERATIONS: list[tuple[Placement, Endpoint]] = [
    (Placement("list_things", "get", f"{BASE}/things", ("things",), "list", "List things"), LIST_THINGS),
    (
        Placement("get_thing", "get", f"{BASE}/things/{{thing_id}}", ("things",), "get", "Get a thing"),
        GET_THING,
    ),
    (
        Placement("delete_thing", "delete", f"{BASE}/things/{{thing_id}}", ("things",), "delete", ""),
        DELETE_THING,
    ),
    (Placement("create_thing", "post", f"{BASE}/things", ("things",), "create", "Create"), CREATE_THING),
    (Placement("kick", "post", f"{BASE}/things/{{thing_id}}/kick", ("things",), "kick", "Kick!"), KICK),
    (
        Placement(
            "list_parts", "get", f"{BASE}/things/{{thing_id}}/parts", ("things", "parts"), "list", "Parts"
        ),
        LIST_PARTS,
    ),
    (Placement("ping", "get", f"{BASE}/ping", (), "ping", "Ping"), PING),
]
DOCS = {placement.operation_id: OperationDoc(placement.summary) for placement, _ in OPERATIONS}


def rendered(
    operations: Sequence[tuple[Placement, Endpoint]] = OPERATIONS,
    docs: dict[str, OperationDoc] | None = None,
    package: str = "pkg",
) -> dict[str, str]:
    """The facade's modules (package-relative path -> source) of ``operations``."""
    docs = docs if docs is not None else {p.operation_id: OperationDoc(p.summary) for p, _ in operations}
    placed = [placement for placement, _ in operations]
    table = {p.dotted: p.operation_id for p in sorted(placed, key=lambda p: p.dotted)}
    return module_sources(tree_of(list(operations)), placed, docs, table, package)
