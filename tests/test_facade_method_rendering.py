"""The facade's generated methods and classes (``rtkgen.facade.rendering``), rendered in-process
from a small API of hand-built operations (``facade_api``): each shape of operation (a paged
list, an envelope, a model, open JSON, a body spread into fields or passed whole, nested
resources, an operation at the root) gives exactly the method it should in each flavour (sync,
async, and their ``with_raw_response`` twins), with exact docstrings, imports and class names."""

from __future__ import annotations

import ast
import re
from dataclasses import replace

import pytest

import facade_api as api
from rtkgen.facade.docs import OperationDoc
from rtkgen.facade.naming import Placement
from rtkgen.facade.reading import Endpoint, Envelope, Module
from rtkgen.facade.rendering import (
    FLAVOURS,
    Flavour,
    Imports,
    annotation,
    docstring,
    is_paged,
    method_of,
)


@pytest.mark.parametrize(
    ("lines", "indent", "expected"),
    [
        (["One line."], "    ", '"""One line."""'),
        (["  Padded.  "], "    ", '"""Padded."""'),
        (['Says "hi"'], "    ", '"""Says "hi" """'),  # a closing quote would end the literal early
        (['"hi" he said'], "    ", '""""hi" he said"""'),  # an opening quote is no matter
        (["a \\ b"], "    ", '"""a \\\\ b"""'),  # a backslash is doubled
        (['a """ b'], "    ", '"""a \\"\\"\\" b"""'),  # no literal ends inside
        (["Head.", "", "Body."], "    ", '"""Head.\n\n    Body.\n    """'),
        (["Head.", "  more"], "  ", '"""Head.\n    more\n  """'),
        (["", "Head.", ""], "    ", '"""Head."""'),
        (['Head "x"', 'tail "'], "", '"""Head "x"\ntail "\n"""'),  # several lines end with the indent
    ],
)
def test_a_docstring_literal(lines: list[str], indent: str, expected: str) -> None:
    literal = docstring(lines, indent)
    assert literal == expected
    # it is a literal that reads back as the text (the first line is not indented)
    text = "\n".join(f"{indent}{line}" if line else "" for line in lines).strip()
    assert ast.literal_eval(literal).rstrip() == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list[int]", "builtins.list[int]"),
        ("dict[str, list[Thing]] | None", "dict[str, builtins.list[Thing]] | None"),
        ("listing", "listing"),
        ("x.list", "x.list"),
        ("Response[list]", "Response[builtins.list]"),
    ],
)
def test_list_in_an_annotation_is_the_builtin(text: str, expected: str) -> None:
    """Inside a class with a ``list`` method, ``list[...]`` would name the method."""
    assert annotation(api.expr(text)) == expected


MODULE = Module(
    "api.things.x",
    {
        "Thing": (".models.thing", "Thing"),
        "Other": (".models.thing", "Thing"),
        "datetime": ("datetime", None),
        "dt": ("datetime", None),
        "np": ("numpy.linalg", None),
        "Any": ("typing", "Any"),
        "Seq": ("collections.abc", "Sequence"),
    },
)


@pytest.mark.parametrize(
    ("text", "depth", "expected"),
    [
        ("Thing", 0, {"Thing": "from .models.thing import Thing"}),
        ("Thing", 1, {"Thing": "from ..models.thing import Thing"}),
        ("Thing", 2, {"Thing": "from ...models.thing import Thing"}),
        ("Other", 1, {"Other": "from ..models.thing import Thing as Other"}),
        ("datetime.datetime", 1, {"datetime": "import datetime"}),
        ("dt.date", 1, {"dt": "import datetime as dt"}),
        ("np.Array", 1, {"np": "import numpy.linalg as np"}),
        ("Any", 1, {"Any": "from typing import Any"}),  # not a relative module: no dots added
        ("Seq[int]", 1, {"Seq": "from collections.abc import Sequence as Seq"}),
        ("list[str] | None", 1, {}),  # builtins
        ("Unknown", 1, {}),  # a name the module does not import
        ("Aaa | Thing", 1, {"Thing": "from ..models.thing import Thing"}),  # ... then one it does
        (
            "dict[Thing, Other | Any]",
            1,
            {
                "Any": "from typing import Any",
                "Other": "from ..models.thing import Thing as Other",
                "Thing": "from ..models.thing import Thing",
            },
        ),
    ],
)
def test_the_imports_an_annotation_needs(text: str, depth: int, expected: dict[str, str]) -> None:
    imports = Imports(depth)
    imports.need(MODULE, api.expr(text))
    imports.need(MODULE, api.expr(text))  # again: nothing new
    assert imports.names == expected


def test_one_name_meaning_two_things_is_an_error() -> None:
    imports = Imports(1)
    imports.need(MODULE, api.expr("Thing"))
    other = Module("api.other.y", {"Thing": (".models.other_thing", "Thing")})
    expected = (
        "facade: the name Thing means two things "
        "('from ..models.other_thing import Thing', 'from ..models.thing import Thing')"
    )
    with pytest.raises(ValueError) as raised:
        imports.need(other, api.expr("list[Thing]"))
    assert str(raised.value) == expected
    assert imports.names == {"Thing": "from ..models.thing import Thing"}


@pytest.mark.parametrize(
    ("name", "endpoint", "expected"),
    [
        ("list", api.LIST_THINGS, True),
        ("list", api.LIST_PARTS, True),  # the items of a nested list
        ("get", api.LIST_THINGS, False),  # only a list pages
        ("list", replace(api.LIST_THINGS, keywords=[api.PAGING[1]]), False),  # per_page alone
        ("list", replace(api.LIST_THINGS, keywords=[api.PAGING[0]]), False),  # page_no alone
        (
            "list",
            replace(api.LIST_THINGS, envelope=Envelope("data", api.expr("Thing"), False)),
            False,
        ),  # no items
    ],
)
def test_which_list_returns_a_pager(name: str, endpoint: Endpoint, expected: bool) -> None:
    placement = Placement("op", "get", "/x", ("x",), name)
    assert is_paged(placement, endpoint) is expected


# --- the methods of the small API, each flavour ------------------------------------------------


def methods(source: str) -> dict[str, tuple[str, list[str]]]:
    """``Class.method`` -> (its ``def`` line, its statements after the docstring), unparsed."""
    found: dict[str, tuple[str, list[str]]] = {}
    for cls in ast.parse(source).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in cls.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = node.body[1:] if ast.get_docstring(node) is not None else node.body
                node.body = [ast.Pass()]
                found[f"{cls.name}.{node.name}"] = (
                    ast.unparse(node).splitlines()[-2],
                    [ast.unparse(s) for s in body],
                )
    return found


def docstrings(source: str) -> dict[str, str]:
    """``Class`` and ``Class.method`` -> its docstring, as written."""
    found: dict[str, str] = {}
    for cls in ast.parse(source).body:
        if isinstance(cls, ast.ClassDef):
            found[cls.name] = ast.get_docstring(cls, clean=False) or ""
            for node in cls.body:
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    found[f"{cls.name}.{node.name}"] = ast.get_docstring(node, clean=False) or ""
    return found


SESSION = "'account_id': self._s.account_id, 'app_id': self._s.app_id"
EXTRAS = (
    "extra_body: _Extra=None, extra_query: _Extra=None, extra_headers: _Extra=None, timeout: _Timeout=UNSET"
)
PASS = "extra_body, extra_query, extra_headers, timeout"
LIST_ARGS = f"per_page: int | Unset=UNSET, search: str | Unset=UNSET, {EXTRAS}"
RAW_LIST_ARGS = f"page_no: int | Unset=UNSET, {LIST_ARGS}"
CREATE_ARGS = f"name: str, color: Color | Unset=UNSET, at: datetime.datetime | Unset=UNSET, {EXTRAS}"
CREATE_CALL = f"{{{SESSION}, 'body': _body(name=name, color=color, at=at)}}"
ITEM_CALL = f"{{{SESSION}, 'thing_id': thing_id}}"
KICK_CALL = f"{{{SESSION}, 'thing_id': thing_id, 'body': body}}"
BODY_IMPORT = "from ..models.thing_body import ThingBody as _body"
METHODS: list[tuple[str, str, list[str]]] = [
    (
        "ThingsResource.list",
        f"def list(self, *, {LIST_ARGS}) -> _Pager[Thing]:",
        [
            "_op = _operation('.api.things.list_things')",
            "_model: type[ThingList] = _op.ThingList",
            f"_kwargs = {{{SESSION}, 'search': search}}",
            f"return _Pager(lambda page: self._s.send(_op, {{**_kwargs, **page}}, {PASS}), "
            "_page_items('list_things', _model, 'data', None), per_page)",
        ],
    ),
    (
        "AsyncThingsResource.list",
        f"def list(self, *, {LIST_ARGS}) -> _AsyncPager[Thing]:",  # not a coroutine: a pager at once
        [
            "_op = _operation('.api.things.list_things')",
            "_model: type[ThingList] = _op.ThingList",
            f"_kwargs = {{{SESSION}, 'search': search}}",
            f"return _AsyncPager(lambda page: self._s.asend(_op, {{**_kwargs, **page}}, {PASS}), "
            "_page_items('list_things', _model, 'data', None), per_page)",
        ],
    ),
    (
        "ThingsResourceWithRawResponse.list",
        f"def list(self, *, {RAW_LIST_ARGS}) -> _Response[ThingList]:",
        [
            "_op = _operation('.api.things.list_things')",
            "return self._s.send(_op, "
            f"{{{SESSION}, 'page_no': page_no, 'per_page': per_page, 'search': search}}, {PASS})",
        ],
    ),
    (
        "AsyncThingsResourceWithRawResponse.list",
        f"async def list(self, *, {RAW_LIST_ARGS}) -> _Response[ThingList]:",
        [
            "_op = _operation('.api.things.list_things')",
            "return await self._s.asend(_op, "
            f"{{{SESSION}, 'page_no': page_no, 'per_page': per_page, 'search': search}}, {PASS})",
        ],
    ),
    (
        "ThingPartsResource.list",
        f"def list(self, thing_id: str, /, *, per_page: int | Unset=UNSET, {EXTRAS}) -> _Pager[Part]:",
        [
            "_op = _operation('.api.parts.list_parts')",
            "_model: type[PartPage] = _op.PartPage",
            f"_kwargs = {ITEM_CALL}",
            f"return _Pager(lambda page: self._s.send(_op, {{**_kwargs, **page}}, {PASS}), "
            "_page_items('list_parts', _model, 'result', 'parts'), per_page)",
        ],
    ),
    (
        "ThingsResource.get",
        f"def get(self, thing_id: str, /, *, {EXTRAS}) -> Thing:",
        [
            "_op = _operation('.api.things.get_thing')",
            "_model: type[ThingOne] = _op.ThingOne",
            f"_r = self._s.send(_op, {ITEM_CALL}, {PASS})",
            "return _present('get_thing', _r, 'data', _model_of('get_thing', _r, _model).data)",
        ],
    ),
    (
        "AsyncThingsResource.get",
        f"async def get(self, thing_id: str, /, *, {EXTRAS}) -> Thing:",
        [
            "_op = _operation('.api.things.get_thing')",
            "_model: type[ThingOne] = _op.ThingOne",
            f"_r = await self._s.asend(_op, {ITEM_CALL}, {PASS})",
            "return _present('get_thing', _r, 'data', _model_of('get_thing', _r, _model).data)",
        ],
    ),
    (
        "ThingsResourceWithRawResponse.get",
        f"def get(self, thing_id: str, /, *, {EXTRAS}) -> _Response[ThingOne]:",
        ["_op = _operation('.api.things.get_thing')", f"return self._s.send(_op, {ITEM_CALL}, {PASS})"],
    ),
    (
        "ThingsResource.delete",
        f"def delete(self, thing_id: str, /, *, {EXTRAS}) -> object:",
        [
            "_op = _operation('.api.things.delete_thing')",
            f"return _json_of(self._s.send(_op, {ITEM_CALL}, {PASS}))",
        ],
    ),
    (
        "AsyncThingsResource.delete",
        f"async def delete(self, thing_id: str, /, *, {EXTRAS}) -> object:",
        [
            "_op = _operation('.api.things.delete_thing')",
            f"return _json_of(await self._s.asend(_op, {ITEM_CALL}, {PASS}))",
        ],
    ),
    (
        "AsyncThingsResourceWithRawResponse.delete",
        f"async def delete(self, thing_id: str, /, *, {EXTRAS}) -> _Response[Any]:",
        [
            "_op = _operation('.api.things.delete_thing')",
            f"return await self._s.asend(_op, {ITEM_CALL}, {PASS})",
        ],
    ),
    (
        "ThingsResource.create",
        f"def create(self, *, {CREATE_ARGS}) -> Thing:",
        [
            "_op = _operation('.api.things.create_thing')",
            BODY_IMPORT,
            "_model: type[Thing] = _op.Thing",
            f"return _model_of('create_thing', self._s.send(_op, {CREATE_CALL}, {PASS}), _model)",
        ],
    ),
    (
        "AsyncThingsResource.create",
        f"async def create(self, *, {CREATE_ARGS}) -> Thing:",
        [
            "_op = _operation('.api.things.create_thing')",
            BODY_IMPORT,
            "_model: type[Thing] = _op.Thing",
            f"return _model_of('create_thing', await self._s.asend(_op, {CREATE_CALL}, {PASS}), _model)",
        ],
    ),
    (
        "ThingsResourceWithRawResponse.create",
        f"def create(self, *, {CREATE_ARGS}) -> _Response[Thing]:",
        [
            "_op = _operation('.api.things.create_thing')",
            BODY_IMPORT,
            f"return self._s.send(_op, {CREATE_CALL}, {PASS})",
        ],
    ),
    (
        "ThingsResource.kick",
        f"def kick(self, thing_id: str, /, *, body: builtins.list[str], {EXTRAS}) -> object:",
        ["_op = _operation('.api.things.kick')", f"return _json_of(self._s.send(_op, {KICK_CALL}, {PASS}))"],
    ),
    (
        "RealtimeKit.ping",
        f"def ping(self, *, {EXTRAS}) -> Thing:",
        [
            "_op = _operation('.api.root.ping')",
            "_model: type[Thing] = _op.Thing",
            f"return _model_of('ping', self._s.send(_op, {{{SESSION}}}, {PASS}), _model)",
        ],
    ),
    (
        "AsyncRealtimeKit.ping",
        f"async def ping(self, *, {EXTRAS}) -> Thing:",
        [
            "_op = _operation('.api.root.ping')",
            "_model: type[Thing] = _op.Thing",
            f"return _model_of('ping', await self._s.asend(_op, {{{SESSION}}}, {PASS}), _model)",
        ],
    ),
    (
        "AsyncRealtimeKitWithRawResponse.ping",
        f"async def ping(self, *, {EXTRAS}) -> _Response[Thing]:",
        ["_op = _operation('.api.root.ping')", f"return await self._s.asend(_op, {{{SESSION}}}, {PASS})"],
    ),
]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return api.rendered()


@pytest.fixture(scope="module")
def all_methods(rendered: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    return {**methods(rendered["resources/things.py"]), **methods(rendered["facade.py"])}


@pytest.mark.parametrize(("method", "head", "body"), METHODS, ids=[m[0] for m in METHODS])
def test_the_method_of_each_shape_and_flavour(
    all_methods: dict[str, tuple[str, list[str]]], method: str, head: str, body: list[str]
) -> None:
    assert all_methods[method] == (head, body)


# --- docstrings ---------------------------------------------------------------------------------

ITEM = Placement(
    "get_thing", "get", f"{api.BASE}/things/{{thing-id}}", ("things",), "get", "Placement summary"
)
PLAIN = FLAVOURS[0]
EXTRA_ARGS = [
    "extra_body: Fields added to the JSON body, beside (or over) the ones above.",
    "extra_query: Query parameters added to the URL.",
    "extra_headers: Headers added to the request.",
    "timeout: This call's timeout (seconds or an ``httpx.Timeout``), instead of the client's.",
]


def head(doc: OperationDoc, endpoint: Endpoint = api.GET_THING, placement: Placement = ITEM) -> list[str]:
    """The docstring's lines of the method, up to its ``Args:`` (the first line not indented)."""
    method = method_of(placement, endpoint, PLAIN, Imports(1), doc)
    text: str = ast.literal_eval(method.doc)
    return text.split("\n\n        Args:")[0].split("\n")


ROUTE = [
    "",
    "        ``GET /accounts/{account_id}/realtime/kit/{app_id}/things/{thing-id}``",
    "        (``api.things.get_thing``).",
]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (OperationDoc("Get a thing"), ["Get a thing.", *ROUTE]),
        (OperationDoc("Get  a\n thing "), ["Get a thing.", *ROUTE]),
        (OperationDoc("Get a thing."), ["Get a thing.", *ROUTE]),
        (OperationDoc("Get a thing?"), ["Get a thing?", *ROUTE]),
        (OperationDoc("Get a thing!"), ["Get a thing!", *ROUTE]),
        (OperationDoc("Get a thing:"), ["Get a thing:.", *ROUTE]),
        (OperationDoc("Export as XLSX"), ["Export as XLSX.", *ROUTE]),
        (OperationDoc(""), ["Placement summary.", *ROUTE]),  # the placement's (the spec's) summary
        (OperationDoc("Get", "It fetches one."), ["Get.", "", "        It fetches one.", *ROUTE]),
        (OperationDoc("Get", "Get"), ["Get.", *ROUTE]),  # a description that repeats the summary
        (OperationDoc("Get it", " Get \n it "), ["Get it.", *ROUTE]),
        (OperationDoc("Get it", "Get it."), ["Get it.", "", "        Get it.", *ROUTE]),  # not the summary
        (
            OperationDoc("Get", "One.\n\n- a\n- b"),
            ["Get.", "", "        One.", "", "        - a", "        - b", *ROUTE],
        ),
    ],
)
def test_the_docstrings_summary_and_description(doc: OperationDoc, expected: list[str]) -> None:
    assert head(doc) == expected


def test_with_no_summary_at_all_the_docstring_starts_with_the_dotted_name() -> None:
    placement = replace(ITEM, summary="")
    assert head(OperationDoc(), placement=placement)[0] == "things.get"


def args_of(doc: OperationDoc, endpoint: Endpoint, flavour: Flavour = PLAIN, name: str = "get") -> list[str]:
    """The ``Args:`` entries of the method's docstring (continuation lines joined)."""
    placement = replace(ITEM, name=name)
    text: str = ast.literal_eval(method_of(placement, endpoint, flavour, Imports(1), doc).doc)
    section = text.split("        Args:\n")[1].split("\n\n")[0]
    entries: list[str] = []
    for line in section.split("\n"):
        if line.startswith("                "):
            entries[-1] += " " + line.strip()
        else:
            entries.append(line.strip())
    return entries


UNDESCRIBED = "the API's docs do not describe it."


@pytest.mark.parametrize(
    ("doc", "endpoint", "expected"),
    [
        (OperationDoc(), api.GET_THING, ["thing_id: The ``{thing_id}`` of the route above."]),
        (  # the API's own name of the parameter
            OperationDoc(wire={"thingid": "thing-id"}),
            api.GET_THING,
            ["thing_id: The ``{thing-id}`` of the route above."],
        ),
        (
            OperationDoc(arguments={"thingid": "The thing's id."}),
            api.GET_THING,
            ["thing_id: The thing's id."],
        ),
        (
            OperationDoc(),
            replace(api.LIST_THINGS, positional=api.SESSION),
            [
                "per_page: How many items a page holds (the API's default when unset).",
                f"search: A query parameter; {UNDESCRIBED}",
            ],
        ),
        (
            OperationDoc(arguments={"perpage": "Items a page.", "search": "Words   to\nfind."}),
            api.LIST_THINGS,
            ["per_page: Items a page.", "search: Words to find."],
        ),
        (
            OperationDoc(),
            api.CREATE_THING,
            [
                f"name: A field of the JSON body; {UNDESCRIBED}",
                f"color: A field of the JSON body; {UNDESCRIBED}",
                f"at: A field of the JSON body; {UNDESCRIBED}",
            ],
        ),
        (
            OperationDoc(arguments={"name": "Its name.", "color": "Its colour."}),
            api.CREATE_THING,
            ["name: Its name.", "color: Its colour.", f"at: A field of the JSON body; {UNDESCRIBED}"],
        ),
        (
            OperationDoc(),
            replace(api.KICK, positional=api.SESSION),
            [f"body: A request body; {UNDESCRIBED}"],
        ),
        (  # the body's own description
            OperationDoc(body="Who to kick."),
            replace(api.KICK, positional=api.SESSION),
            ["body: Who to kick."],
        ),
        (  # a field called body describes it first
            OperationDoc(arguments={"body": "The field."}, body="Who to kick."),
            replace(api.KICK, positional=api.SESSION),
            ["body: The field."],
        ),
    ],
)
def test_each_argument_is_described(doc: OperationDoc, endpoint: Endpoint, expected: list[str]) -> None:
    name = "list" if endpoint.module.dotted.endswith("list_things") else "get"
    assert args_of(doc, endpoint, PLAIN, name) == [*expected, *EXTRA_ARGS]


def test_a_raw_list_describes_page_no() -> None:
    raw = FLAVOURS[2]
    assert args_of(OperationDoc(), api.LIST_THINGS, raw, "list")[:2] == [
        "page_no: The page to fetch (1 is the first).",
        "per_page: How many items a page holds (the API's default when unset).",
    ]
    assert args_of(OperationDoc(), api.LIST_THINGS, PLAIN, "list")[0].startswith("per_page: ")  # a pager's


def test_a_long_description_keeps_its_lines() -> None:
    items = "\n".join(f"- item {i}:   spaced" for i in range(20))  # over 200 characters
    placement = replace(ITEM, name="get")
    doc = OperationDoc(arguments={"thingid": f"The list:\n{items}\n\nafter a blank line"})
    text: str = ast.literal_eval(method_of(placement, api.GET_THING, PLAIN, Imports(1), doc).doc)
    lines = text.split("        Args:\n")[1].split("\n")
    assert lines[:3] == [
        "            thing_id: The list:",
        "                - item 0:   spaced",
        "                - item 1:   spaced",
    ]
    assert lines[20:23] == [
        "                - item 19:   spaced",
        "                after a blank line",
        lines[22],
    ]
    assert lines[22].startswith("            extra_body: ")
    short = OperationDoc(arguments={"thingid": "The list:\n- a\n- b"})  # short: one line
    text = ast.literal_eval(method_of(placement, api.GET_THING, PLAIN, Imports(1), short).doc)
    assert "            thing_id: The list: - a - b\n" in text


def test_the_types_of_path_parameters_are_imported() -> None:
    endpoint = replace(
        api.GET_THING, positional=[*api.SESSION, api.arg("day", "datetime.date"), api.arg("c", "Color")]
    )
    imports = Imports(1)
    method = method_of(ITEM, endpoint, PLAIN, imports, OperationDoc())
    assert method.params[:4] == ["self", "day: datetime.date", "c: Color", "/"]
    assert imports.names == {
        "datetime": "import datetime",
        "Color": "from ..models.color import Color",
        "Thing": "from ..models.thing import Thing",
        "ThingOne": "from ..models.thing_one import ThingOne",
    }


def test_the_type_of_a_whole_body_is_imported() -> None:
    endpoint = replace(api.KICK, body=api.arg("body", "list[Color] | Unset", "UNSET"))
    imports = Imports(1)
    method = method_of(replace(ITEM, name="kick"), endpoint, PLAIN, imports, OperationDoc())
    assert method.params[4] == "body: builtins.list[Color] | Unset = UNSET"
    assert imports.names == {
        "Color": "from ..models.color import Color",
        "Unset": "from ..types import Unset",
    }


PAGER = "pages fetched as the loop needs them (``per_page`` items each);"
WHOLE = "the whole ``Response``: ``status_code``, ``headers``, ``content`` and ``parsed``."


@pytest.mark.parametrize(
    ("endpoint", "name", "flavour", "expected"),
    [
        (api.PING, "ping", 0, "Thing: the response's body."),
        (api.CREATE_THING, "create", 1, "Thing: the response's body."),
        (api.GET_THING, "get", 0, "Thing: the ``data`` of the response's body."),
        (
            api.DELETE_THING,
            "delete",
            1,
            "object: the response's JSON body, as parsed (the docs leave its shape open).",
        ),
        (api.PING, "ping", 2, f"Response[Thing]: {WHOLE}"),
        (api.DELETE_THING, "delete", 3, f"Response[Any]: {WHOLE}"),
        (
            replace(api.PING, detailed=api.expr("Response")),
            "ping",
            2,
            f"Response[object]: {WHOLE}",
        ),  # no type argument
        (
            api.LIST_THINGS,
            "list",
            0,
            f"Pager[Thing]: a pager: ``for`` over it yields every ``Thing``, {PAGER} "
            "``pager.page(n)`` is the items of page ``n`` alone.",
        ),
        (
            api.LIST_PARTS,
            "list",
            1,
            f"AsyncPager[Part]: a pager: ``async for`` over it yields every ``Part``, {PAGER} "
            "``await pager.page(n)`` is the items of page ``n`` alone.",
        ),
        (api.LIST_THINGS, "get", 0, "list[Thing]: the ``data`` of the response's body."),
    ],
)
def test_what_a_method_returns_says_its_docstring(
    endpoint: Endpoint, name: str, flavour: int, expected: str
) -> None:
    method = method_of(replace(ITEM, name=name), endpoint, FLAVOURS[flavour], Imports(1), OperationDoc())
    text: str = ast.literal_eval(method.doc)
    returns = text.split("        Returns:\n")[1].split("\n\n")[0]
    assert " ".join(returns.split()) == expected


EVERY_ERROR = [
    "BadRequestError",
    "AuthError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "ServerError",
    "ApiError",
    "ApiConnectionError",
    "ApiTimeoutError",
]


@pytest.mark.parametrize(
    ("endpoint", "name", "flavour", "expected"),
    [
        (api.PING, "ping", 0, EVERY_ERROR),
        (api.CREATE_THING, "create", 1, EVERY_ERROR),
        # an envelope's method also raises when the body lacks its key
        (api.GET_THING, "get", 0, [*EVERY_ERROR, "MissingResultError"]),
        (api.GET_THING, "get", 1, [*EVERY_ERROR, "MissingResultError"]),
        # a raw method returns the response whatever its status: only a connection can fail
        (api.PING, "ping", 2, ["ApiConnectionError", "ApiTimeoutError"]),
        (api.GET_THING, "get", 3, ["ApiConnectionError", "ApiTimeoutError"]),
    ],
)
def test_what_a_method_raises_says_its_docstring(
    endpoint: Endpoint, name: str, flavour: int, expected: list[str]
) -> None:
    method = method_of(replace(ITEM, name=name), endpoint, FLAVOURS[flavour], Imports(1), OperationDoc())
    text: str = ast.literal_eval(method.doc)
    raises = text.split("        Raises:\n")[1].split("\n\n")[0]
    assert re.findall(r"^ {12}(\w+): ", raises, re.MULTILINE) == expected
    if "MissingResultError" in expected:
        assert "a successful response whose body lacks ``data``." in " ".join(raises.split())
