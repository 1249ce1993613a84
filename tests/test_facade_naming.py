"""The public class names of the facade's resources (``facade.naming.class_stems``): the
singular of each parent joined with the resource, four flavours, collisions resolved by order."""

from __future__ import annotations

import pytest

from facade.naming import base_name, class_stems, flavoured, singular


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
