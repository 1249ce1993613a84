"""The facade's resource modules as rendered for a small hand-built API (``tests/facade_api.py``):
each resource class's docstring (how to reach it, what its flavour does, its methods and child
resources), its base, the classes a module holds and in which order, the class names when two
resources would share one, which runtime names a module imports, and the modules' own texts."""

from __future__ import annotations

import ast
import functools
import re

import pytest

from facade_api import (
    BASE,
    DELETE_THING,
    GET_THING,
    KICK,
    LIST_PARTS,
    LIST_THINGS,
    PING,
    arg,
    endpoint,
    rendered,
)
from rtkgen.facade.docs import OperationDoc
from rtkgen.facade.naming import Placement
from rtkgen.facade.reading import Endpoint
from rtkgen.facade.rendering import _uses, module_sources, tree_of

Operation = tuple[Placement, Endpoint]


def op(operation_id: str, resources: tuple[str, ...], name: str, summary: str, ep: Endpoint) -> Operation:
    return Placement(operation_id, "get", f"{BASE}/{operation_id}", resources, name, summary), ep


# ``things``: methods (one without a summary, one named like a child resource) and two children;
# ``rooms``: a child and no method.
OPERATIONS = [
    op("list_things", ("things",), "list", "List  things\n now", LIST_THINGS),
    op("delete_thing", ("things",), "delete", "", DELETE_THING),
    op("kick", ("things",), "parts", "Kick", KICK),
    op("list_parts", ("things", "parts"), "list", "Parts", LIST_PARTS),
    op("ping", ("things", "tags"), "ping", "Ping", PING),
    op("get_member", ("rooms", "members"), "get", "Get a member", GET_THING),
]


@functools.cache
def files() -> dict[str, str]:
    return rendered(OPERATIONS)


def classes(path: str) -> dict[str, ast.ClassDef]:
    return {n.name: n for n in ast.parse(files()[path]).body if isinstance(n, ast.ClassDef)}


def method(path: str, cls: str, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    found = [
        n
        for n in classes(path)[cls].body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name
    ]
    assert len(found) == 1
    return found[0]


ASYNC_NOTE = "\n\nEach method is a coroutine (a paged ``list`` returns an ``AsyncPager`` at once)."
RAW_NOTE = "\n\nEach method returns the whole ``Response`` (status, headers, body) and raises on no status."
THINGS_LISTS = (
    "\n\nMethods:\n    delete: delete_thing\n    list: List things now\n    parts: Kick"
    "\n\nResources:\n    parts_: ``{parts}``\n    tags: ``{tags}``"
)


def things_doc(access: str, note: str, flavour: str) -> str:
    head = f"``{access}things``: the operations on ``things``."
    raw = "WithRawResponse" if "raw" in access else ""
    names = {"parts": f"{flavour}ThingPartsResource{raw}", "tags": f"{flavour}ThingTagsResource{raw}"}
    return head + note + THINGS_LISTS.format(**names)


@pytest.mark.parametrize(
    ("module", "cls", "doc"),
    [
        ("things", "ThingsResource", things_doc("rtk.", "", "")),
        ("things", "AsyncThingsResource", things_doc("async_rtk.", ASYNC_NOTE, "Async")),
        ("things", "ThingsResourceWithRawResponse", things_doc("rtk.with_raw_response.", RAW_NOTE, "")),
        (
            "things",
            "AsyncThingsResourceWithRawResponse",
            things_doc("async_rtk.with_raw_response.", RAW_NOTE, "Async"),
        ),
        (
            "things",
            "ThingPartsResource",
            "``rtk.things.parts``: the operations on ``things.parts``.\n\nMethods:\n    list: Parts",
        ),
        (
            "things",
            "AsyncThingTagsResource",
            "``async_rtk.things.tags``: the operations on ``things.tags``."
            + ASYNC_NOTE
            + "\n\nMethods:\n    ping: Ping",
        ),
        (
            "rooms",
            "RoomsResource",
            "``rtk.rooms``: the operations on ``rooms``.\n\nResources:\n    members: ``RoomMembersResource``",
        ),
        (
            "rooms",
            "AsyncRoomsResource",
            "``async_rtk.rooms``: the operations on ``rooms``."
            + ASYNC_NOTE
            + "\n\nResources:\n    members: ``AsyncRoomMembersResource``",
        ),
        (
            "rooms",
            "RoomsResourceWithRawResponse",
            "``rtk.with_raw_response.rooms``: the operations on ``rooms``."
            + RAW_NOTE
            + "\n\nResources:\n    members: ``RoomMembersResourceWithRawResponse``",
        ),
    ],
)
def test_a_resource_class_docstring_says_how_to_reach_it_and_lists_its_methods_and_resources(
    module: str, cls: str, doc: str
) -> None:
    assert ast.get_docstring(classes(f"resources/{module}.py")[cls]) == doc


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            "things",
            [
                f"{flavour}{stem}Resource{raw}"
                for flavour, raw in (
                    ("", ""),
                    ("Async", ""),
                    ("", "WithRawResponse"),
                    ("Async", "WithRawResponse"),
                )
                for stem in ("ThingParts", "ThingTags", "Things")
            ],
        ),
        (
            "rooms",
            [
                f"{flavour}{stem}Resource{raw}"
                for flavour, raw in (
                    ("", ""),
                    ("Async", ""),
                    ("", "WithRawResponse"),
                    ("Async", "WithRawResponse"),
                )
                for stem in ("RoomMembers", "Rooms")
            ],
        ),
    ],
)
def test_a_resource_module_holds_every_class_under_it_children_first_each_a_resource(
    module: str, names: list[str]
) -> None:
    found = classes(f"resources/{module}.py")
    assert list(found) == names
    assert {ast.unparse(base) for node in found.values() for base in node.bases} == {"_Resource"}


@pytest.mark.parametrize(
    ("cls", "attribute", "child"),
    [
        ("ThingsResource", "parts_", "ThingPartsResource"),
        ("AsyncThingsResourceWithRawResponse", "tags", "AsyncThingTagsResourceWithRawResponse"),
        ("AsyncThingsResource", "parts_", "AsyncThingPartsResource"),
    ],
)
def test_a_child_resource_in_the_same_module_is_a_property_made_at_once(
    cls: str, attribute: str, child: str
) -> None:
    """A child named like a method of its parent takes a trailing ``_``; being in the same module,
    it is built directly (no import on first use)."""
    path = ".".join(("things", attribute.rstrip("_")))
    expected = (
        f"    @property\n    def {attribute}(self) -> {child}:\n"
        f'        """``{path}``: ``{child}``."""\n        return {child}(self._s)\n'
    )
    assert expected in files()["resources/things.py"]
    assert '_operation(".resources.' not in files()["resources/things.py"]


def test_the_raw_list_takes_page_no_the_paged_one_does_not() -> None:
    """The flavours of a method share one docstring head only when their arguments are the same:
    the pager sends ``page_no`` itself, the raw method takes it."""
    paged = ast.get_docstring(method("resources/things.py", "ThingsResource", "list")) or ""
    raw = ast.get_docstring(method("resources/things.py", "ThingsResourceWithRawResponse", "list")) or ""
    assert "    page_no:" not in paged
    assert "    page_no: The page to fetch (1 is the first)." in raw
    for doc in (paged, raw):  # the note on the errors' base stands apart, after Raises
        assert doc.endswith(
            "after the retries.\n    ApiTimeoutError: the server did not answer in time (an "
            "``ApiConnectionError``).\n\nEvery error above derives from ``RealtimeKitError``."
        )


def test_the_modules_texts_name_their_resource_and_package() -> None:
    assert files()["resources/things.py"].startswith(
        '"""``rtk.things``: the classes of the ``things`` resource and of those under it.\n'
    )
    init = files()["resources/__init__.py"]
    assert init.startswith('"""The facade\'s resource classes, one module per top-level resource')
    assert "): 2 modules." in init
    assert "``from pkg.resources.meetings import MeetingsResource``." in init


def stems_of(sources: dict[str, str]) -> dict[str, list[str]]:
    """Module -> the sync (not raw) class names it defines: the first of its four flavours."""
    found = {}
    for path, source in sources.items():
        if path.startswith("resources/") and path != "resources/__init__.py":
            names = [n.name for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
            found[path] = names[: len(names) // 4]
    return found


@pytest.mark.parametrize(
    ("resources", "expected"),
    [
        (  # the first in the spec keeps the name both would take
            [("meetings", "participants"), ("meeting", "participants")],
            {
                "resources/meeting.py": ["Meeting_Participants_Resource", "MeetingResource"],
                "resources/meetings.py": ["MeetingParticipantsResource", "MeetingsResource"],
            },
        ),
        (
            [("meeting", "participants"), ("meetings", "participants")],
            {
                "resources/meeting.py": ["MeetingParticipantsResource", "MeetingResource"],
                "resources/meetings.py": ["Meetings_Participants_Resource", "MeetingsResource"],
            },
        ),
        (  # a parent comes before its child, so ``things`` keeps ``AsyncThingsResource``
            [("things", "parts"), ("async_things",)],
            {
                "resources/async_things.py": ["AsyncThings_Resource"],
                "resources/things.py": ["ThingPartsResource", "ThingsResource"],
            },
        ),
    ],
)
def test_of_two_resources_that_would_share_a_class_name_the_first_in_the_spec_keeps_it(
    resources: list[tuple[str, ...]], expected: dict[str, list[str]]
) -> None:
    operations = [op(f"op{i}", path, "ping", "Ping", PING) for i, path in enumerate(resources)]
    assert stems_of(rendered(operations)) == expected


def test_resources_not_among_the_placements_are_named_in_sorted_order() -> None:
    operations = [
        op(f"op{i}", path, "ping", "Ping", PING) for i, path in enumerate([("b", "x"), ("a",), ("b",)])
    ]
    docs = {p.operation_id: OperationDoc(p.summary) for p, _ in operations}
    sources = module_sources(tree_of(operations), [], docs, {}, "pkg")
    assert stems_of(sources) == {
        "resources/a.py": ["AResource"],
        "resources/b.py": ["BXResource", "BResource"],
    }


def test_a_resource_class_named_like_every_type_it_uses_is_refused_naming_each() -> None:
    odd = endpoint(
        "api.things.odd",
        positional=[arg("a", "ThingsResource")],
        keywords=[arg("b", "AsyncThingsResource | Unset", "UNSET")],
    )
    odd.module.imports.update(
        {
            "ThingsResource": (".models.a", "ThingsResource"),
            "AsyncThingsResource": (".models.b", "AsyncThingsResource"),
        }
    )
    message = "facade: resources/things.py: AsyncThingsResource, ThingsResource is a class and a type it uses"
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        rendered([op("odd", ("things",), "odd", "Odd", odd)])


NONE_USED = {
    "asyncpager": False,
    "pager": False,
    "resource": False,
    "json_of": False,
    "model_of": False,
    "page_items": False,
    "present": False,
    "response": False,
    "builtins": False,
    "unset": False,
    "extra": False,
    "timeout": False,
    "operation": False,
}


@pytest.mark.parametrize(
    ("body", "used"),
    [
        ("", set()),
        ("x: _AsyncPager[int]", {"asyncpager"}),
        ("x: _Pager[int]", {"pager"}),
        ("class A(_Resource): ...", {"resource"}),
        ("_json_of(r)", {"json_of"}),
        ("_model_of(r)", {"model_of"}),
        ("_page_items(r)", {"page_items"}),
        ("_present(r)", {"present"}),
        ("x: _Response[int]", {"response"}),
        ("x: builtins.list[int]", {"builtins"}),
        ("x = UNSET", {"unset"}),
        ("x: _Extra", {"extra"}),
        ("x: _Timeout", {"timeout"}),
        ("_operation('.api.x')", {"operation"}),
        ("_asyncpager _pager _resource _response _extra _timeout unset", set()),
        (
            "_ASYNCPAGER _PAGER _RESOURCE _JSON_OF _MODEL_OF _PAGE_ITEMS _PRESENT _RESPONSE "
            "BUILTINS. _EXTRA _TIMEOUT _OPERATION",
            set(),
        ),
    ],
)
def test_a_module_imports_only_the_runtime_names_its_classes_use(body: str, used: set[str]) -> None:
    assert _uses(body) == {**NONE_USED, **dict.fromkeys(used, True)}
