"""What reading a model's field gives for each kind of field, and the warning a drifted value logs.

A small model declared as the generator declares them (``Sample``: a field of every codec of
``model_base``) is parsed from tiny bodies, table by table: a value that keeps the promise reads
converted (a date-time as a ``datetime``, an object as its model, a list item by item); a value
that drifts reads as sent and logs exactly one warning whose whole text is pinned: the
operation, ``Model.field``, the clean path of the value in the body (``either[1]``,
``token.token``) and what was expected. Also pinned: ``MissingFieldError``'s text and
attributes, the order of a body's warnings, and that each is logged once until
``reset_warnings()``.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
from collections.abc import Callable
from typing import Any

import pytest
from realtimekit_client import model_base as rt
from realtimekit_client.model_base import MissingFieldError
from realtimekit_client.models.participant_token import ParticipantToken
from realtimekit_client.models.webhook import Webhook
from realtimekit_client.models.webhook_event import check_webhook_event

from model_reading import warnings_logged
from sample_model import CODECS, EVENTS, OP, TOKEN, Pair, Sample, Tok, built

WHEN = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)

# field, value sent, what reading gives
KEPT_PROMISES: list[tuple[str, Any, Any]] = [
    ("count", 3, 3),
    ("count", 0, 0),
    ("ratio", 1.5, 1.5),
    ("ratio", 2, 2),
    ("ratio", None, None),
    ("on", True, True),
    ("on", False, False),
    ("at", "2024-05-01T12:30:00Z", WHEN),
    ("day", "2024-05-01", datetime.date(2024, 5, 1)),
    ("when", None, None),
    ("when", "2024-05-01T12:30:00+00:00", WHEN),
    ("tags", [], []),
    ("tags", ["a", "b"], ["a", "b"]),
    ("token", {"token": "t"}, Tok("t")),
    ("maybe_token", None, None),
    ("maybe_token", {"token": "t"}, Tok("t")),
    ("kind", "meeting.ended", "meeting.ended"),
    ("either", 7, 7),
    ("either", [{"token": "t"}], [Tok("t")]),
    ("nothing", None, None),
    ("anything", {"any": ["json"]}, {"any": ["json"]}),
    ("grid", [[1, 2], [], [3]], [[1, 2], [], [3]]),
    ("tokens", [{"token": "a"}, {"token": "b"}], [Tok("a"), Tok("b")]),
    ("moments", [["2024-05-01T12:30:00+00:00"], []], [[WHEN], []]),
]


@pytest.mark.parametrize(("wire", "sent", "expected"), KEPT_PROMISES)
def test_a_value_that_keeps_its_promise_reads_converted_without_a_warning(
    wire: str, sent: Any, expected: Any
) -> None:
    expected = built(expected)
    with warnings_logged() as messages:
        sample = Sample.from_dict({"name": "n", wire: sent}, OP)
        read = getattr(sample, wire)
        assert read == expected
        assert type(read) is type(expected)
        assert getattr(sample, wire) == expected  # read again: the same
        assert sample.to_dict() == {"name": "n", wire: sent}
    assert messages == []


# field, value sent, what reading gives, the warning's text after "an_operation: Sample."
DRIFTS: list[tuple[str, Any, Any, str]] = [
    ("name", 5, 5, "name at name: expected a string, got 5"),
    ("count", True, True, "count at count: expected an integer, got True"),
    ("count", 1.0, 1.0, "count at count: expected an integer, got 1.0"),
    ("count", "3", "3", "count at count: expected an integer, got '3'"),
    ("ratio", True, True, "ratio at ratio: expected a number or null, got True"),
    ("ratio", "1.5", "1.5", "ratio at ratio: expected a number or null, got '1.5'"),
    ("on", 1, 1, "on at on: expected a boolean, got 1"),
    ("on", None, None, "on at on: expected a boolean, got None"),
    ("at", "yesterday", "yesterday", "at at at: expected an ISO 8601 date-time, got 'yesterday'"),
    ("at", None, None, "at at at: expected an ISO 8601 date-time, got None"),
    ("at", 1714566600, 1714566600, "at at at: expected an ISO 8601 date-time, got 1714566600"),
    ("day", "2024-13-01", "2024-13-01", "day at day: expected an ISO 8601 date, got '2024-13-01'"),
    ("day", 20240501, 20240501, "day at day: expected an ISO 8601 date, got 20240501"),
    ("when", "soon", "soon", "when at when: expected an ISO 8601 date-time or null, got 'soon'"),
    ("tags", "a", "a", "tags at tags: expected a list, got 'a'"),
    ("tags", {"a": 1}, {"a": 1}, "tags at tags: expected a list, got {'a': 1}"),
    ("tags", ["a", 2, 3], ["a", 2, 3], "tags at tags[1]: expected a string, got 2"),
    ("tags", [None], [None], "tags at tags[0]: expected a string, got None"),
    # a field that may be null: its kind "or null", but an item's drift is the item's alone
    ("maybe_tags", "a", "a", "maybe_tags at maybe_tags: expected a list or null, got 'a'"),
    ("maybe_tags", ["a", 2], ["a", 2], "maybe_tags at maybe_tags[1]: expected a string, got 2"),
    ("token", "t", "t", "token at token: expected an object (ParticipantToken), got 't'"),
    ("token", ["t"], ["t"], "token at token: expected an object (ParticipantToken), got ['t']"),
    ("maybe_token", 3, 3, "maybe_token at maybe_token: expected an object (ParticipantToken) or null, got 3"),
    (
        "kind",
        "meeting.paused",
        "meeting.paused",
        f"kind at kind: expected one of {EVENTS}, got 'meeting.paused'",
    ),
    (
        "kind",
        ["meeting.ended"],
        ["meeting.ended"],
        f"kind at kind: expected one of {EVENTS}, got ['meeting.ended']",
    ),
    (
        "either",
        "x",
        "x",
        "either at either: expected an integer or a list of an object (ParticipantToken), got 'x'",
    ),
    (
        "either",
        [{"token": "t"}, 5],
        [Tok("t"), 5],
        "either at either[1]: expected an object (ParticipantToken), got 5",
    ),
    ("nothing", 0, 0, "nothing at nothing: expected null, got 0"),
    ("grid", [[1], [2, "x"]], [[1], [2, "x"]], "grid at grid[1][1]: expected an integer, got 'x'"),
    ("grid", [[1], 2, ["y"]], [[1], 2, ["y"]], "grid at grid[1]: expected a list, got 2"),
    (
        "moments",
        [["2024-05-01T12:30:00+00:00"], ["2024-05-01T12:30:00+00:00", "later"]],
        [[WHEN], [WHEN, "later"]],
        "moments at moments[1][1]: expected an ISO 8601 date-time, got 'later'",
    ),
    (
        "tokens",
        [7, {"token": "b"}],
        [7, Tok("b")],
        "tokens at tokens[0]: expected an object (ParticipantToken), got 7",
    ),
]


@pytest.mark.parametrize(("wire", "sent", "expected", "warning"), DRIFTS)
def test_a_drifted_value_reads_as_sent_and_logs_one_warning_with_its_path(
    wire: str, sent: Any, expected: Any, warning: str
) -> None:
    body = {"name": "n", wire: sent} if wire != "name" else {"name": sent}
    expected = built(expected)
    with warnings_logged() as messages:
        sample = Sample.from_dict(body, OP)
        assert messages == []  # a value is checked where it is read
        read = getattr(sample, wire)
        assert read == expected
        if type(read) is list:
            assert [type(item) for item in read] == [type(item) for item in expected]
        assert getattr(sample, wire) == expected
        assert sample.to_dict() == body
    assert messages == [f"{OP}: Sample.{warning}"]


def test_the_list_read_from_a_drifted_list_is_kept_and_mutations_of_it_go_back_to_json() -> None:
    sample = Sample.from_dict({"name": "n", "tokens": [{"token": "a"}, 2]}, OP)
    tokens = sample.tokens
    assert tokens is sample.tokens
    tokens[0].token = "changed"
    tokens.append(ParticipantToken(token="c"))
    assert sample.to_dict() == {"name": "n", "tokens": [{"token": "changed"}, 2, {"token": "c"}]}


@pytest.mark.parametrize("wire", ["token", "maybe_token", "either"])
def test_a_nested_model_read_once_is_the_one_that_to_dict_writes_back(wire: str) -> None:
    sent: Any = [{"token": "a"}] if wire == "either" else {"token": "a"}
    sample = Sample.from_dict({"name": "n", wire: sent}, OP)
    read = getattr(sample, wire)
    nested = read[0] if wire == "either" else read
    assert nested is (getattr(sample, wire)[0] if wire == "either" else getattr(sample, wire))
    nested.token = "b"
    expected: Any = [{"token": "b"}] if wire == "either" else {"token": "b"}
    assert sample.to_dict() == {"name": "n", wire: expected}
    assert sample[wire] == expected


# field, the nested tokens sent, their warnings (after "an_operation: ParticipantToken")
NESTED: list[tuple[str, Any, list[str]]] = [
    ("token", {}, [".token at token.token: missing, though the API promises it"]),
    (
        "maybe_token",
        {"token": "t", "x y": 1},
        ['["x y"] at maybe_token["x y"]: a field the docs do not list'],
    ),
    ("tokens", [{"token": "t"}, {"token": 4}], [".token at tokens[1].token: expected a string, got 4"]),
    ("either", [{"token": "t"}, {}], [".token at either[1].token: missing, though the API promises it"]),
]


@pytest.mark.parametrize(("wire", "sent", "warnings"), NESTED)
def test_drift_inside_a_nested_model_is_logged_with_its_full_path(
    wire: str, sent: Any, warnings: list[str]
) -> None:
    with warnings_logged() as messages:
        sample = Sample.from_dict({"name": "n", wire: sent}, OP)
        value = getattr(sample, wire)
        for nested in value if isinstance(value, list) else [value]:
            assert type(nested) is ParticipantToken
            with contextlib.suppress(MissingFieldError):
                nested.token  # noqa: B018 (reading is the point)
        assert sample.to_dict() == {"name": "n", wire: sent}
    assert messages == [f"{OP}: ParticipantToken{warning}" for warning in warnings]


MISSING = "ParticipantToken.token: the body has no 'token', which the API promises"


@pytest.mark.parametrize(
    ("where", "text", "operation", "path"),
    [
        (OP, f"{MISSING} (operation {OP}, at the top of the body)", OP, ""),
        ("", MISSING, "", ""),
    ],
)
def test_a_missing_promised_field_raises_an_error_naming_the_model_field_and_place(
    where: str, text: str, operation: str, path: str
) -> None:
    token = ParticipantToken.from_dict({}, where)
    with pytest.raises(MissingFieldError) as raised:
        token.token  # noqa: B018
    error = raised.value
    assert str(error) == text
    assert (error.model, error.field) == ("ParticipantToken", "token")
    assert (error.operation, error.path) == (operation, path)
    assert isinstance(error, AttributeError)
    assert getattr(token, "token", "default") == "default"


def test_a_missing_field_of_a_nested_model_names_its_path() -> None:
    sample = Sample.from_dict({"name": "n", "tokens": [{"token": "a"}, {"other": 1}]}, OP)
    with pytest.raises(MissingFieldError) as raised:
        sample.tokens[1].token  # noqa: B018
    assert str(raised.value) == (f"{MISSING} (operation {OP}, at tokens[1])")
    assert raised.value.path == "tokens[1]"


def test_an_optional_field_the_body_lacks_reads_none_without_a_warning() -> None:
    with warnings_logged() as messages:
        sample = Sample.from_dict({"name": "n"}, OP)
        assert [getattr(sample, wire) for wire in CODECS if wire != "name"] == [None] * (len(CODECS) - 1)
    assert messages == []


def test_the_warnings_of_a_body_come_in_the_order_of_the_keys_missing_first() -> None:
    with warnings_logged() as messages:
        Pair.from_dict({"z": 1, "c": 2}, OP)
        Pair.from_dict({"z": 1, "c": 2}, OP)  # the same deviations: logged once
    assert messages == [
        f"{OP}: Pair.a at a: missing, though the API promises it",
        f"{OP}: Pair.b at b: missing, though the API promises it",
        f"{OP}: Pair.c at c: a field the docs do not list",
        f"{OP}: Pair.z at z: a field the docs do not list",
    ]


def test_a_warning_without_an_operation_says_so() -> None:
    with warnings_logged() as messages:
        Pair.from_dict({"a": "x"})
    assert messages == ["(no operation): Pair.b at b: missing, though the API promises it"]


def test_a_deviation_is_logged_once_until_the_warnings_are_reset() -> None:
    body = {"a": "x", "other": 1}
    with warnings_logged() as messages:
        Pair.from_dict(body, OP)
        Pair.from_dict(body, OP)
        Pair.from_dict({"b": "y", "other": 2}, OP)  # a new deviation of the same class
    assert messages == [
        f"{OP}: Pair.b at b: missing, though the API promises it",
        f"{OP}: Pair.other at other: a field the docs do not list",
        f"{OP}: Pair.a at a: missing, though the API promises it",
    ]
    with warnings_logged() as again:  # reset: every deviation is new again
        Pair.from_dict(body, OP)
    assert again == messages[:2]


def test_a_drifted_field_is_logged_once_per_model_field_whatever_the_body() -> None:
    with warnings_logged() as messages:
        assert Sample.from_dict({"name": "n", "count": "1"}, OP).count == "1"
        assert Sample.from_dict({"name": "n", "count": "2"}, "other").count == "2"
        assert Sample.from_dict({"name": "n", "on": 0}, "other").on == 0
    assert messages == [
        f"{OP}: Sample.count at count: expected an integer, got '1'",
        "other: Sample.on at on: expected a boolean, got 0",
    ]


@pytest.mark.parametrize(
    ("key", "step"),
    [
        ("plain_key-1", ".plain_key-1"),
        ("ключ", ".ключ"),
        ("a b", '["a b"]'),
        ("a.b", '["a.b"]'),
        ("", '[""]'),
        ('q"uote', '["q\\"uote"]'),
        ("é ü", '["é ü"]'),
        ("0", ".0"),
    ],
)
def test_a_key_that_would_not_read_as_a_path_step_is_quoted_in_the_warning(key: str, step: str) -> None:
    with warnings_logged() as messages:
        Sample.from_dict({"name": "n", "maybe_token": {"token": "t", key: 1}}, OP).maybe_token  # noqa: B018
    assert messages == [f"{OP}: ParticipantToken{step} at maybe_token{step}: a field the docs do not list"]


def test_a_key_the_top_model_does_not_list_is_quoted_at_the_top_of_the_path() -> None:
    with warnings_logged() as messages:
        Pair.from_dict({"a": "1", "b": "2", "a b": 3}, OP)
    assert messages == [f'{OP}: Pair["a b"] at ["a b"]: a field the docs do not list']


def test_the_logger_is_the_packages() -> None:
    assert rt.logger is logging.getLogger("realtimekit_client")


@pytest.mark.parametrize(
    ("make", "describe"),
    [
        (lambda: rt.STR, "a string"),
        (lambda: rt.INT, "an integer"),
        (lambda: rt.BOOL, "a boolean"),
        (lambda: rt.FLOAT, "a number"),
        (lambda: rt.DATETIME, "a date-time"),
        (lambda: rt.DATE, "a date"),
        (lambda: rt.ANY, "any value"),
        (lambda: rt.NONE, "null"),
        (lambda: rt.nullable(rt.DATE), "a date or null"),
        (lambda: rt.list_of(rt.nullable(TOKEN)), "a list of an object (ParticipantToken) or null"),
        (lambda: rt.checked(check_webhook_event, EVENTS), EVENTS),
        (lambda: rt.union(rt.STR, rt.FLOAT, rt.BOOL), "a string or a number or a boolean"),
    ],
)
def test_a_codec_describes_its_values_for_the_warnings(
    make: Callable[[], rt.Codec[Any]], describe: str
) -> None:
    assert make().describe == describe


_NESTED_LIVE: list[tuple[str, Callable[[], rt.Codec[Any]], bool]] = [
    ("scalar", lambda: rt.STR, False),
    ("nullable scalar", lambda: rt.nullable(rt.DATETIME), False),
    ("enum", lambda: rt.checked(check_webhook_event, EVENTS), False),
    ("model", lambda: TOKEN, True),
    ("nullable model", lambda: rt.nullable(TOKEN), True),
    ("list", lambda: rt.list_of(rt.INT), True),
    ("union of scalars", lambda: rt.union(rt.INT, rt.STR), False),
    ("union with a list", lambda: rt.union(rt.INT, rt.list_of(rt.INT)), True),
]


@pytest.mark.parametrize(("kind", "make", "live"), _NESTED_LIVE, ids=[case[0] for case in _NESTED_LIVE])
def test_a_codec_of_mutable_values_is_live(kind: str, make: Callable[[], rt.Codec[Any]], live: bool) -> None:
    assert bool(make().live) is live


def test_a_webhook_with_an_unknown_event_keeps_every_event_in_order() -> None:
    body = {
        "id": "w",
        "created_at": "2024-05-01T12:30:00Z",
        "enabled": True,
        "events": ["meeting.started", "meeting.paused", "meeting.ended", "meeting.resumed"],
        "name": "hook",
        "updated_at": "2024-05-01T12:30:00Z",
        "url": "https://example.com",
    }
    with warnings_logged() as messages:
        webhook = Webhook.from_dict(body, "fetch_webhooks")
        assert webhook.events == body["events"]
        assert webhook.to_dict() == body
    assert messages == [
        "fetch_webhooks: Webhook.events at events[1]: expected one of "
        "livestreaming.statusUpdate, meeting.chatSynced, meeting.ended, meeting.participantJoined, "
        "meeting.participantLeft, meeting.started, meeting.summary, meeting.transcript, "
        "recording.statusUpdate, got 'meeting.paused'"
    ]
