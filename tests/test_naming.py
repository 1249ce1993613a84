"""operationIds: readable snake_case, unique, and stable under the generator's own renaming."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rtkgen.converter.naming import base_name, snake_case, unique_names

SNAKE_CASES = [
    ("Fetch all meetings for an App", "fetch_all_meetings_for_an_app"),
    ("Edit a participant's detail", "edit_a_participants_detail"),
    ("Pause/Resume/Stop recording", "pause_resume_stop_recording"),
    ("Get-thing", "get_thing"),
    ("get_thing", "get_thing"),
    ("Get thing", "get_thing"),
    ("getHTTPThing v2", "get_httpthing_v2"),
    ("Ünïcödé café", "unicode_cafe"),
    ("  ---  ", ""),
    ("日本語", ""),
]


@pytest.mark.parametrize(("text", "expected"), SNAKE_CASES)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


BASE_CASES = [
    ("Create a meeting", "POST", "/m", "create_a_meeting"),
    ("", "GET", "/accounts/{account_id}/things", "get_accounts_account_id_things"),
    ("日本語", "DELETE", "/x/{id}", "delete_x_id"),
    ("2FA status", "GET", "/x", "op_2fa_status"),
    ("List", "GET", "/x", "list_op"),
    ("import", "GET", "/x", "import_op"),
    # names the generated functions' own arguments and imports use: client=, body=, datetime
    ("Client", "GET", "/x", "client_op"),
    ("Body", "GET", "/x", "body_op"),
    ("datetime", "GET", "/x", "datetime_op"),
    ("self", "GET", "/x", "self_op"),
    ("True", "GET", "/x", "true_op"),
    ("false", "GET", "/x", "false_op"),
    ("word " * 40, "GET", "/x", "_".join(["word"] * 16)),
]


@pytest.mark.parametrize(("summary", "method", "path", "expected"), BASE_CASES)
def test_base_name(summary: str, method: str, path: str, expected: str) -> None:
    assert base_name(summary, method, path) == expected


def test_unique_names_keep_the_first_and_suffix_the_rest() -> None:
    got = unique_names([("get_thing", "A"), ("get_thing", "B"), ("get_thing", "B"), ("get_thing_b", "C")])
    assert got == ["get_thing", "get_thing_b", "get_thing_b_2", "get_thing_b_c"]
    assert len(set(got)) == len(got)


def test_names_are_fixed_points_of_the_generators_renaming() -> None:
    from openapi_python_client.strings import PythonIdentifier

    for summary, method, path, _ in BASE_CASES:
        name = base_name(summary, method, path)
        assert PythonIdentifier(name, prefix="") == name


COLLISIONS = [
    # (summaries in document order, all of tag "Things") -> operationIds
    (
        ["Get thing", "Get-thing", "get_thing", "GET THING", "Get thing!"],
        ["get_thing", "get_thing_things", "get_thing_things_2", "get_thing_things_3", "get_thing_things_4"],
    ),
    # trailing digits are part of the name; a later "Get thing 2" does not take a counter slot
    (
        ["Get thing", "Get thing 2", "Get thing", "Get thing"],
        ["get_thing", "get_thing_2", "get_thing_things", "get_thing_things_2"],
    ),
    # a name equal to another's suffixed form, before and after it
    (["Get thing things", "Get thing", "Get thing"], ["get_thing_things", "get_thing", "get_thing_things_2"]),
    (
        ["Get thing", "Get thing", "Get thing things"],
        ["get_thing", "get_thing_things", "get_thing_things_things"],
    ),
    # names that differ only after the 80-character cut
    (
        ["word " * 20 + "alpha", "word " * 20 + "beta"],
        ["_".join(["word"] * 16), "_".join(["word"] * 16) + "_things"],
    ),
]


@pytest.mark.parametrize(("summaries", "expected"), COLLISIONS)
def test_colliding_summaries_get_unique_names(summaries: list[str], expected: list[str]) -> None:
    names = unique_names((base_name(s, "GET", "/x"), "Things") for s in summaries)
    assert names == expected


SUMMARY = st.text(st.characters(blacklist_categories=["Cs"]), max_size=100)
REQUESTS = st.lists(
    st.tuples(
        st.one_of(SUMMARY, st.sampled_from(["Get thing", "get-thing", "GET_THING", "Get thing 2", "list"])),
        st.sampled_from(["GET", "POST"]),
        st.sampled_from(["/x", "/x/{id}", "/"]),
        st.sampled_from(["Things", "Things 2", "日本", ""]),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(REQUESTS)
def test_names_are_unique_identifiers_the_generator_keeps(requests: list[tuple[str, str, str, str]]) -> None:
    from openapi_python_client.strings import PythonIdentifier

    names = unique_names((base_name(s, m, p), tag) for s, m, p, tag in requests)
    assert len(set(names)) == len(names)
    for name in names:
        assert name.isidentifier() and name.isascii() and not name.startswith("_")
        assert PythonIdentifier(name, prefix="") == name  # the generator will not rename it
    assert names == unique_names((base_name(s, m, p), tag) for s, m, p, tag in requests)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # the cut at 80 characters falls inside the 8th word: the whole word goes
        ("abcdefghij " * 10, "_".join(["abcdefghij"] * 7)),
        # exactly 80 characters: kept whole; one more: the last word goes
        ("x" * 78 + " y", "x" * 78 + "_y"),
        ("x" * 78 + " yz", "x" * 78),
    ],
)
def test_long_names_are_cut_at_a_word_boundary(summary: str, expected: str) -> None:
    assert base_name(summary, "GET", "/x") == expected
    assert len(expected) <= 80


def test_previous_names_are_kept_and_newcomers_take_the_suffix() -> None:
    # the newcomer (first in order) wants the name the second operation published
    got = unique_names([("get_thing", "A"), ("get_thing", "B")], [None, "get_thing"])
    assert got == ["get_thing_a", "get_thing"]


def test_a_suffixed_name_stays_when_its_rival_goes() -> None:
    assert unique_names([("get_thing", "B")], ["get_thing_b"]) == ["get_thing_b"]
    assert unique_names([("get_thing", "B")], ["get_thing_b_3"]) == ["get_thing_b_3"]


def test_a_previous_name_the_rule_could_not_give_is_not_kept() -> None:
    # the summary changed: the operation is no longer what it was, so it is renamed
    assert unique_names([("list_things", "A")], ["get_thing"]) == ["list_things"]
    assert unique_names([("get", "A")], ["get_thing"]) == ["get"]
    # one name kept once only, whoever claims it again
    assert unique_names([("get_thing", "A"), ("get_thing", "A")], ["get_thing", "get_thing"]) == [
        "get_thing",
        "get_thing_a",
    ]


@pytest.mark.parametrize(
    ("tag", "previous", "kept"),
    [
        ("B", "get_thing_2", True),  # a counter without the tag: "_{tag} and/or _{n}"
        ("B", "get_thing_b", True),
        ("B", "get_thing_b_12", True),
        ("B", "get_thing_bb", False),
        ("B", "get_thing_b_x", False),
        ("!!", "get_thing_2", True),  # a tag with no letters or digits adds no suffix
        ("!!", "get_thing__2", False),
    ],
)
def test_a_previous_name_is_kept_only_when_the_rule_could_give_it(
    tag: str, previous: str, kept: bool
) -> None:
    assert unique_names([("get_thing", tag)], [previous]) == [previous if kept else "get_thing"]


def test_the_converter_keeps_published_names_whatever_the_parameters_are_called() -> None:
    from rtkgen.converter.convert import convert

    def operation(path: str) -> str:
        responses = "### Responses\n\n#### 200 OK\n\n```json\n{}\n```\n"
        return f"## Get thing\n\n**GET** `{path}`\n\nGets.\n\n{responses}"

    old = [("b.md", f"# Things\n\n{operation('/b/{thing_id}')}".encode())]
    new = [("a.md", f"# Others\n\n{operation('/a')}".encode()), *old]
    first = convert(old)["paths"]["/b/{thing_id}"]["get"]["operationId"]
    assert first == "get_thing"
    renamed = [new[0], ("b.md", f"# Things\n\n{operation('/b/{thing-id}')}".encode())]
    document = convert(renamed, previous_names={("get", "/b/{}"): first})
    assert document["paths"]["/b/{thing-id}"]["get"]["operationId"] == "get_thing"
    assert document["paths"]["/a"]["get"]["operationId"] == "get_thing_others"
    assert convert(renamed)["paths"]["/a"]["get"]["operationId"] == "get_thing"  # without: order decides


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(REQUESTS, REQUESTS, st.integers(min_value=0, max_value=30))
def test_published_names_stay_whatever_is_added_where(
    requests: list[tuple[str, str, str, str]], added: list[tuple[str, str, str, str]], at: int
) -> None:
    wanted = [(base_name(s, m, p), tag) for s, m, p, tag in requests]
    published = unique_names(wanted)
    assert unique_names(wanted, published) == published  # a fixed point: nothing moves
    newcomers = [(base_name(s, m, p), tag) for s, m, p, tag in added]
    at = min(at, len(wanted))
    names = unique_names(
        [*wanted[:at], *newcomers, *wanted[at:]],
        [*published[:at], *([None] * len(newcomers)), *published[at:]],
    )
    assert len(set(names)) == len(names)
    assert [*names[:at], *names[at + len(newcomers) :]] == published


@pytest.mark.parametrize(
    "previous", [["get_thing", "get_other", None], ["get_thing"]], ids=["longer", "shorter"]
)
def test_previous_names_of_another_length_than_the_requests_are_refused(previous: list[str | None]) -> None:
    """``previous[i]`` belongs to request ``i``: a list of another length is a caller's mistake,
    refused rather than matched up to the shorter of the two."""
    with pytest.raises(ValueError, match="zip"):
        unique_names([("get_thing", "A"), ("get_other", "A")], previous)
