"""Where the facade puts each operation (``rtkgen.facade.naming``): path segments to resource
names, the method name by the rule, overlay names, two operations wanting one name (the first
in the spec's order keeps it, and an operation that held it in the previous spec keeps it), and
the public class names of the resources. Small specs in, exact names out."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rtkgen.facade.naming import (
    Placement,
    base_name,
    class_stems,
    keep_previous_names,
    names_by_spec,
    pascal,
    place,
    placements,
    singular,
    snake,
)

BASE = "/accounts/{account_id}/realtime/kit/{app_id}"
LIST_BODY = {
    "description": "d",
    "content": {
        "application/json": {"schema": {"type": "object", "properties": {"data": {"type": "array"}}}}
    },
}


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("meetings", "meetings"),
        ("active-session", "active_session"),
        ("Active.Session", "active_session"),
        ("--kick--all--", "kick_all"),
        ("a__b", "a_b"),  # a run of underscores is one
        ("CamelCase", "camelcase"),
        ("---", "root"),
        ("", "root"),
        ("3d", "_3d"),
        ("-3d-", "_3d"),
        ("class", "class_"),
        ("Class", "class_"),
        ("None", "none"),  # "None" is a keyword, "none" is not
        ("client", "client_"),
        ("close", "close_"),
        ("aclose", "aclose_"),
        ("account-id", "account_id_"),
        ("app_id", "app_id_"),
        ("with-raw-response", "with_raw_response_"),
        ("clients", "clients"),
        ("x9", "x9"),
    ],
)
def test_a_path_segment_as_a_python_name(segment: str, expected: str) -> None:
    assert snake(segment) == expected


P = "/accounts/{account_id}"


@pytest.mark.parametrize(
    ("path", "method", "count", "listing", "expected"),
    [
        # the prefixes: each part when present
        (f"{P}/realtime/kit/{{app_id}}/things", "post", 2, False, (("things",), "create")),
        (f"{P}/realtime/kit/things", "post", 2, False, (("things",), "create")),
        (f"{P}/{{app_id}}/things", "post", 2, False, (("things",), "create")),
        (f"{P}/things", "post", 2, False, (("things",), "create")),
        ("/things", "post", 2, False, (("things",), "create")),
        (
            f"/x{P}/things",
            "post",
            2,
            False,
            (("x", "accounts", "things"), "create"),
        ),  # a prefix only at the start
        # an item: the path ends in a parameter
        (f"{P}/things/{{id}}", "get", 3, True, (("things",), "get")),
        (f"{P}/things/{{id}}", "patch", 3, False, (("things",), "update")),
        (f"{P}/things/{{id}}", "put", 3, False, (("things",), "replace")),
        (f"{P}/things/{{id}}", "delete", 3, False, (("things",), "delete")),
        (f"{P}/things/{{id}}", "post", 1, False, (("things",), "create")),
        (f"{P}/things/{{id}}/parts/{{part}}", "get", 1, False, (("things", "parts"), "get")),
        (f"{P}/{{app_id}}", "get", 1, False, ((), "get")),  # the root itself
        (P, "delete", 1, False, ((), "delete")),
        (f"{P}/{{a}}/{{b}}", "put", 1, False, ((), "replace")),
        # a collection
        (f"{P}/things", "get", 1, True, (("things",), "list")),
        (f"{P}/things", "get", 1, False, (("things",), "get")),
        (f"{P}/things", "put", 1, False, (("things",), "replace")),
        (f"{P}/things", "patch", 1, False, (("things",), "update")),
        (f"{P}/things", "delete", 1, False, (("things",), "delete")),
        (f"{P}/things", "post", 1, False, (("things",), "create")),  # one segment: no verb
        # a verb: POST, the only operation of its path, after a literal segment
        (f"{P}/things/kick-all", "post", 1, False, (("things",), "kick_all")),
        (f"{P}/things/{{id}}/stop", "post", 1, False, (("things", "stop"), "create")),  # after a parameter
        (f"{P}/things/stop", "post", 2, False, (("things", "stop"), "create")),  # not alone at its path
        (f"{P}/things/stop", "get", 1, True, (("things", "stop"), "list")),  # not a POST
        (f"{P}/a/b/c", "post", 1, False, (("a", "b"), "c")),
        (f"{P}/a/b/class", "post", 1, False, (("a", "b"), "class_")),
        # segments that are empty or need care
        (f"{P}//things//", "post", 2, False, (("things",), "create")),
        (f"{P}/things/{{id}}x", "get", 1, False, (("things", "id_x"), "get")),  # not a parameter: a literal
        (f"{P}/things/x{{id}}", "get", 1, False, (("things", "x_id"), "get")),
    ],
)
def test_the_method_by_the_rule(
    path: str, method: str, count: int, listing: bool, expected: tuple[tuple[str, ...], str]
) -> None:
    assert place(path, method, {}, count, listing) == expected


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("a.b.go", (("a", "b"), "go")),
        ("  a.go  ", (("a",), "go")),
        ("go", ((), "go")),
        ("", (("things",), "list")),  # empty: the rule
        ("   ", (("things",), "list")),
        (None, (("things",), "list")),
        (7, (("things",), "list")),  # not a string: the rule
    ],
)
def test_x_facade_name_names_the_operation(override: object, expected: tuple[tuple[str, ...], str]) -> None:
    assert place(f"{P}/things", "get", {"x-facade-name": override}, 1, True) == expected


def _spec(*operations: tuple[str, str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path, method, operation in operations:
        paths.setdefault(path, {})[method] = operation
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_placements_in_the_specs_order_with_summaries_and_ids() -> None:
    document: dict[str, Any] = {"paths": {"/broken": "not a path item", f"{BASE}/gone": None}}
    document["paths"].update(
        _spec(
            (f"{BASE}/things", "post", {"operationId": "make", "summary": "  Make a thing \n"}),
            (f"{BASE}/things", "get", {"operationId": "all", "summary": None}),
            (f"{BASE}/things/{{id}}", "delete", {"summary": "Drop"}),  # no operationId
            (
                f"{BASE}/things/{{id}}",
                "options",
                {"operationId": "opts"},
            ),  # a method the facade does not place
            (f"{BASE}/things/{{id}}", "get", "not an operation"),
            (f"{BASE}/things/{{id}}", "parameters", [{"name": "id"}]),  # no operation
            (f"{BASE}/things/kick", "post", {"operationId": "kick", "summary": "Kick"}),
        )["paths"]
    )
    asked: list[str] = []

    def returns_list(op_id: str) -> bool:
        asked.append(op_id)
        return True

    found = placements(document, returns_list)
    item = f"{BASE}/things/{{id}}"
    assert found == [
        Placement("all", "get", f"{BASE}/things", ("things",), "list", ""),
        Placement("make", "post", f"{BASE}/things", ("things",), "create", "Make a thing"),
        Placement(f"delete_{item}", "delete", item, ("things",), "delete", "Drop"),
        Placement("kick", "post", f"{BASE}/things/kick", ("things",), "kick", "Kick"),  # a verb
    ]
    assert asked == ["all"]  # only a GET's name depends on it
    assert [p.dotted for p in found] == ["things.list", "things.create", "things.delete", "things.kick"]


def test_placements_of_a_spec_without_paths() -> None:
    assert placements({"paths": None}, lambda op_id: True) == []
    assert placements({}, lambda op_id: True) == []
    assert names_by_spec({}) == {}


def test_a_later_operation_with_a_taken_name_takes_its_operation_id() -> None:
    document = _spec(
        (f"{BASE}/things", "get", {"operationId": "all_things"}),  # things.get (no list)
        (f"{BASE}/things/{{id}}", "get", {"operationId": "one_thing", "summary": "One"}),  # things.get again
        (f"{BASE}/other/{{id}}", "get", {"operationId": "one_other", "x-facade-name": "things.get"}),
        (f"{BASE}/more/{{id}}", "get", {"operationId": "more", "x-facade-name": "things.one_thing"}),
    )
    assert placements(document, lambda op_id: False)[1] == Placement(
        "one_thing", "get", f"{BASE}/things/{{id}}", ("things",), "one_thing", "One"
    )
    assert [p.dotted for p in placements(document, lambda op_id: False)] == [
        "things.get",
        "things.one_thing",
        "things.one_other",
        "things.more",
    ]
    assert [p.dotted for p in placements(document, lambda op_id: op_id == "all_things")] == [
        "things.list",
        "things.get",
        "things.one_other",
        "things.one_thing",  # free again: one_thing is things.get now
    ]


def test_the_names_by_the_spec_follow_refd_list_responses() -> None:
    document = _spec(
        (
            f"{BASE}/things",
            "get",
            {"operationId": "all", "responses": {"200": {"$ref": "#/components/responses/L"}}},
        ),
        (
            f"{BASE}/things/{{id}}",
            "get",
            {"operationId": "one", "responses": {"200": {"$ref": "#/components/responses/L"}}},
        ),
        (f"{BASE}/items", "get", {"responses": {"200": LIST_BODY}}),  # no operationId
        (f"{BASE}/single", "get", {"operationId": "single", "responses": {"200": {"description": "d"}}}),
    )
    document["components"] = {"responses": {"L": LIST_BODY}}
    assert names_by_spec(document) == {
        (f"{BASE}/things", "get"): "things.list",
        (f"{BASE}/things/{{id}}", "get"): "things.get",
        (f"{BASE}/items", "get"): "items.list",
        (f"{BASE}/single", "get"): "single.get",
    }


# --- a name stays with the operation that had it ----------------------------------------------


def _get(op_id: str, listing: bool = False, name: str | None = None) -> dict[str, Any]:
    """A GET whose 200 is a list (by two $refs to a response) or not; ``name``: its x-facade-name."""
    responses = {"200": {"$ref": "#/components/responses/L"}} if listing else {"200": {"description": "d"}}
    operation: dict[str, Any] = {"operationId": op_id, "responses": responses}
    if name is not None:
        operation["x-facade-name"] = name
    return operation


def _components(document: dict[str, Any]) -> dict[str, Any]:
    document["components"] = {"responses": {"L": {"$ref": "#/components/responses/M"}, "M": LIST_BODY}}
    return document


def test_no_collision_pins_nothing() -> None:
    previous = _components(_spec((f"{BASE}/things/{{id}}", "get", _get("one"))))
    document = _components(
        _spec(
            (f"{BASE}/things", "get", _get("all", listing=True)),
            (f"{BASE}/things/{{id}}", "get", _get("one")),
        )
    )
    before = copy.deepcopy(document)
    # by $ref'd list responses, things.list and things.get: no two operations want one name
    assert keep_previous_names(document, previous) == []
    assert document == before


def test_the_operation_that_had_the_name_keeps_it_through_refd_responses() -> None:
    # the previous spec lists things by a $ref'd response: things.list; its GET of one: things.get
    previous = _components(
        _spec(
            (f"{BASE}/things", "get", _get("all", listing=True)),
            (f"{BASE}/things/{{id}}", "get", _get("one")),
        )
    )
    assert names_by_spec(previous) == {
        (f"{BASE}/things", "get"): "things.list",
        (f"{BASE}/things/{{id}}", "get"): "things.get",
    }
    # a newcomer named things.get by an overlay comes after the holder: nothing to do
    document = _components(
        _spec(
            (f"{BASE}/things", "get", _get("all", listing=True)),
            (f"{BASE}/things/{{thing-id}}", "get", _get("one")),
            (f"{BASE}/things/summary", "get", _get("summary", name="things.get")),
        )
    )
    before = copy.deepcopy(document)
    assert keep_previous_names(document, previous) == []
    assert document == before
    # ... and before it: the newcomer is pinned to its operationId
    document = _components(
        _spec(
            (f"{BASE}/things/summary", "get", _get("summary", name="things.get")),
            (f"{BASE}/things", "get", _get("all", listing=True)),
            (f"{BASE}/things/{{thing-id}}", "get", _get("one")),
        )
    )
    assert keep_previous_names(document, previous) == ["things.summary"]
    assert document["paths"][f"{BASE}/things/summary"]["get"]["x-facade-name"] == "things.summary"
    assert "x-facade-name" not in document["paths"][f"{BASE}/things/{{thing-id}}"]["get"]
    assert names_by_spec(document) == {
        (f"{BASE}/things/summary", "get"): "things.summary",
        (f"{BASE}/things", "get"): "things.list",
        (f"{BASE}/things/{{thing-id}}", "get"): "things.get",
    }


def test_a_collision_between_newcomers_pins_nothing() -> None:
    document = _components(
        _spec((f"{BASE}/things", "get", _get("all")), (f"{BASE}/things/{{id}}", "get", _get("one")))
    )
    previous = _components(_spec((f"{BASE}/other", "get", _get("other"))))
    before = copy.deepcopy(document)
    assert keep_previous_names(document, previous) == []
    assert document == before
    assert keep_previous_names(document, {}) == []


def test_a_name_lost_to_a_list_that_was_no_list_before() -> None:
    # previously GET /things was no list (things.get) and the item GET was elsewhere
    previous = _components(
        _spec(
            (f"{BASE}/things", "get", _get("all")), (f"{BASE}/things/{{id}}/x", "post", {"operationId": "x"})
        )
    )
    document = _components(
        _spec((f"{BASE}/things/{{id}}", "get", _get("one")), (f"{BASE}/things", "get", _get("all")))
    )
    # one (first) takes things.get by order; all held it before: one is pinned to its operationId
    assert keep_previous_names(document, previous) == ["things.one"]
    assert names_by_spec(document) == {
        (f"{BASE}/things/{{id}}", "get"): "things.one",
        (f"{BASE}/things", "get"): "things.get",
    }
    # the same where all lists now: it is things.list, nothing collides
    document = _components(
        _spec(
            (f"{BASE}/things/{{id}}", "get", _get("one")),
            (f"{BASE}/things", "get", _get("all", listing=True)),
        )
    )
    assert keep_previous_names(document, previous) == []


def test_an_operation_whose_name_moved_is_matched_by_its_route() -> None:
    # method case and the parameter's name do not matter to which operation it is
    previous = _components(
        _spec(
            (f"{BASE}/things/{{thing_id}}", "get", _get("one")),
            (f"{BASE}/things", "get", _get("all")),
        )
    )
    document = _components(
        _spec((f"{BASE}/things", "get", _get("all")), (f"{BASE}/things/{{thing-id}}", "get", _get("one")))
    )
    assert keep_previous_names(document, previous) == ["things.all"]
    assert document["paths"][f"{BASE}/things"]["get"]["x-facade-name"] == "things.all"


# --- class names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("news", "news"),
        ("series", "series"),
        ("species", "species"),
        ("settings", "settings"),
        ("user_settings", "user_settings"),
        ("as", "as"),  # shorter than 3
        ("ios", "io"),
        ("bus", "bus"),
        ("class", "class"),
        ("data", "data"),
        ("ies", "y"),
        ("parties", "party"),
        ("watches", "watch"),
        ("dishes", "dish"),
        ("passes", "pass"),
        ("taxes", "tax"),
        ("caches", "cach"),  # the rule drops "es" after "ch": a known limit
        ("app_users", "app_user"),
        ("a_b_cats", "a_b_cat"),
        ("_xs", "xs"),  # the last word "xs" is too short; an empty head adds no "_"
    ],
)
def test_the_singular_of_a_resource(name: str, expected: str) -> None:
    assert singular(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("active_session", "ActiveSession"),
        ("a__b", "AB"),
        ("_3d", "_3d"),
        ("3d", "_3d"),
        ("class_", "Class"),
        ("x", "X"),
        ("aBc_dEf", "ABcDEf"),
        ("", ""),
    ],
)
def test_pascal_case(name: str, expected: str) -> None:
    assert pascal(name) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("parties", "guests"), "PartyGuests"),
        (("a", "b", "c"), "ABC"),
        (("news", "items"), "NewsItems"),
        (("only",), "Only"),
    ],
)
def test_the_stem_of_a_resource(path: tuple[str, ...], expected: str) -> None:
    assert base_name(path) == expected


def test_class_stems_skip_repeats_and_the_root() -> None:
    assert class_stems([(), ("a",), ("a",), ("b",)]) == {("a",): "A", ("b",): "B"}
    assert list(class_stems([("b",), ("a",)])) == [("b",), ("a",)]


def test_a_name_taken_by_another_flavour_moves_on() -> None:
    stems = class_stems([("async_x",), ("x",)])  # the first keeps it, the later one moves
    assert stems == {("async_x",): "AsyncX", ("x",): "X_"}


def test_two_paths_of_one_shape_keep_their_names() -> None:
    # /things/{a} and /things/{b} are one route: the previous name is both's, nothing moves
    previous = _components(_spec((f"{BASE}/things/{{x}}", "get", _get("one"))))
    document = _components(
        _spec((f"{BASE}/things/{{a}}", "get", _get("first")), (f"{BASE}/things/{{b}}", "get", _get("second")))
    )
    before = copy.deepcopy(document)
    assert keep_previous_names(document, previous) == []
    assert document == before


def test_a_resource_with_no_free_class_name_is_an_error() -> None:
    # two paths of one joined name ("AB_AB_AB") whose hashes' first 8 digits agree (77e8a6f4):
    # after the stem, the joined name and the hashed name are taken, nothing is left
    first, second = ("a_b_", "__a__b___", "__a__b___"), ("_a_b_", "_a_b___", "___a__b_")
    paths: list[tuple[str, ...]] = [("a_b", "a_b", "a_b"), ("a__b", "a_b", "a_b"), first]
    assert class_stems(paths) == {
        ("a_b", "a_b", "a_b"): "ABABAB",
        ("a__b", "a_b", "a_b"): "AB_AB_AB_",
        first: "AB_AB_AB_77e8a6f4",
    }
    with pytest.raises(
        ValueError, match=r"^facade: no free class name for resource _a_b_\._a_b___\.___a__b_$"
    ):
        class_stems([*paths, second])
