"""The public class names of the facade's resources (``rtkgen.facade.naming.class_stems``): the
singular of each parent joined with the resource, four flavours, collisions resolved by order."""

from __future__ import annotations

import pytest

from rtkgen.facade.naming import base_name, class_stems, flavoured, singular


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("meetings", "meeting"),
        ("active_sessions", "active_session"),
        ("policies", "policy"),
        ("analytics", "analytics"),
        ("status", "status"),
        ("access", "access"),
        ("batches", "batch"),
        ("boxes", "box"),
        ("bus", "bus"),
        ("summary", "summary"),
        ("livestream_sessions", "livestream_session"),
    ],
)
def test_singular(name: str, expected: str) -> None:
    assert singular(name) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("meetings",), "MeetingsResource"),
        (("webhooks",), "WebhooksResource"),
        (("meetings", "participants"), "MeetingParticipantsResource"),
        (("meetings", "active_session"), "MeetingActiveSessionResource"),
        (("sessions", "participants"), "SessionParticipantsResource"),
        (("sessions", "livestream_sessions"), "SessionLivestreamSessionsResource"),
        (("analytics", "livestreams", "overall"), "AnalyticsLivestreamOverallResource"),
        (("class_",), "ClassResource"),
        (("_3d", "views"), "_3dViewsResource"),
    ],
)
def test_class_names(path: tuple[str, ...], expected: str) -> None:
    assert flavoured(base_name(path))[0] == expected
    assert class_stems([path]) == {path: expected.removesuffix("Resource")}


def test_the_four_flavours() -> None:
    assert flavoured("Meetings") == (
        "MeetingsResource",
        "AsyncMeetingsResource",
        "MeetingsResourceWithRawResponse",
        "AsyncMeetingsResourceWithRawResponse",
    )


def test_a_collision_leaves_the_first_its_name_and_every_class_name_unique() -> None:
    paths = [
        ("meetings", "participants"),
        ("meeting", "participants"),  # MeetingParticipants again
        ("x",),
        ("async_x",),  # AsyncXResource is x's async class
        ("meeting_participants",),  # MeetingParticipants a third time
    ]
    stems = class_stems(paths)
    assert stems[("meetings", "participants")] == "MeetingParticipants"
    assert stems[("meeting", "participants")] == "Meeting_Participants_"
    assert stems[("x",)] == "X"
    assert stems[("async_x",)] == "AsyncX_"
    assert stems[("meeting_participants",)] == "MeetingParticipants_"
    names = [name for stem in stems.values() for name in flavoured(stem)]
    assert len(names) == len(set(names))
    # adding a path later renames none of the earlier ones
    assert {
        p: s for p, s in class_stems([*paths, ("meetings", "participant")]).items() if p in stems
    } == stems


def test_a_second_collision_takes_a_hash_of_the_path() -> None:
    paths = [("a1",), ("a", "1"), ("a", "_1"), ("a_", "_1")]
    stems = class_stems(paths)
    assert stems[("a1",)] == "A1"
    assert stems[("a", "1")] == "A_1"  # a part starting with a digit keeps its "_"
    assert stems[("a", "_1")] == "A_1_"
    last = stems[("a_", "_1")]
    assert last.startswith("A_1_") and len(last) == len("A_1_") + 8
    assert class_stems(paths) == stems  # deterministic


def _spec(*operations: tuple[str, str, str]) -> dict[str, object]:
    """A spec of (path, method, operationId) in that order, no bodies."""
    paths: dict[str, dict[str, object]] = {}
    for path, method, operation_id in operations:
        paths.setdefault(path, {})[method] = {"operationId": operation_id, "responses": {}}
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_a_facade_name_stays_with_the_operation_that_had_it() -> None:
    from rtkgen.facade.naming import keep_previous_names, names_by_spec

    base = "/accounts/{account_id}/realtime/kit/{app_id}"
    item = (f"{base}/things/{{thing_id}}", "get", "get_thing")
    previous = _spec(item)
    assert names_by_spec(previous)[(item[0], "get")] == "things.get"
    # a newcomer that the rule also names things.get comes first in the spec's order
    document = _spec(
        (f"{base}/things", "get", "get_things"), (f"{base}/things/{{thing-id}}", "get", "get_thing")
    )
    assert names_by_spec(document)[(f"{base}/things", "get")] == "things.get"  # by order alone
    assert keep_previous_names(document, previous) == ["things.get_things"]
    names = names_by_spec(document)
    assert names[(f"{base}/things/{{thing-id}}", "get")] == "things.get"  # the parameter renamed too
    assert names[(f"{base}/things", "get")] == "things.get_things"
    # the next run: the docs give the same unpinned spec; the previous one is the pinned spec
    again = _spec(
        (f"{base}/things", "get", "get_things"), (f"{base}/things/{{thing-id}}", "get", "get_thing")
    )
    assert keep_previous_names(again, document) == ["things.get_things"]
    assert names_by_spec(again) == names
