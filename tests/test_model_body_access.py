"""A model is its body: ``to_dict()``, item access, writes, equality and maps, on tiny bodies.

What a user of a parsed model can do besides reading fields, pinned case by case: ``to_dict()``
gives the body back as it came with the fields written since (in the body's key order, a new key
last; a date as its ISO text, a nested model as its object), ``model["key"]`` reads the JSON
value, ``model["key"] = value`` and ``del model["key"]`` change the body, the model compares
equal to one of the same class and body, and a map's entries (``additionalProperties``) read
as their schema says. The body passed to ``from_dict`` is never changed.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from realtimekit_client import model_base as rt
from realtimekit_client.model_base import MissingFieldError, Model
from realtimekit_client.models.event_metadata import EventMetadata
from realtimekit_client.models.layers import Layers
from realtimekit_client.models.layers_value import LayersValue
from realtimekit_client.models.participant_token import ParticipantToken

from model_reading import warnings_logged
from sample_model import OP, TOKEN, Directory, Sample, Tok, built

WHEN = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)


# field, value written, what to_dict() then has, what reading the field gives
WRITES: list[tuple[str, Any, Any, Any]] = [
    ("count", 4, 4, 4),
    ("at", WHEN, "2024-05-01T12:30:00+00:00", WHEN),
    ("day", datetime.date(2024, 5, 2), "2024-05-02", datetime.date(2024, 5, 2)),
    ("when", None, None, None),
    ("when", WHEN, "2024-05-01T12:30:00+00:00", WHEN),
    ("ratio", None, None, None),
    ("kind", "meeting.ended", "meeting.ended", "meeting.ended"),
    ("token", Tok("t"), {"token": "t"}, Tok("t")),
    ("maybe_token", None, None, None),
    ("maybe_token", Tok("t"), {"token": "t"}, Tok("t")),
    ("tags", ["a"], ["a"], ["a"]),
    ("tags", "not a list", "not a list", "not a list"),
    ("tokens", [Tok("a"), {"token": "kept"}], [{"token": "a"}, {"token": "kept"}], None),
    ("either", 3, 3, 3),
    ("either", [Tok("a")], [{"token": "a"}], [Tok("a")]),
    ("grid", [[1], []], [[1], []], [[1], []]),
    ("anything", {"k": [1]}, {"k": [1]}, {"k": [1]}),
]


@pytest.mark.parametrize(("wire", "value", "json_value", "read"), WRITES)
def test_a_written_field_goes_to_json_in_its_place_and_reads_back(
    wire: str, value: Any, json_value: Any, read: Any
) -> None:
    value, read = built(value), built(read)
    sample = Sample.from_dict({"name": "n", wire: "old", "last": 1}, OP)
    with warnings_logged() as messages:
        setattr(sample, wire, value)
        assert sample.to_dict() == {"name": "n", wire: json_value, "last": 1}
        assert list(sample.to_dict()) == ["name", wire, "last"]
        assert sample[wire] == json_value
        if read is not None:
            assert getattr(sample, wire) == read
        else:
            assert getattr(sample, wire) is value  # as written, the same list
        assert sample.to_dict() == {"name": "n", wire: json_value, "last": 1}
    assert messages == []


def test_a_new_field_written_goes_last() -> None:
    sample = Sample.from_dict({"name": "n"}, OP)
    sample.tokens = [ParticipantToken(token="a")]
    sample.at = WHEN
    assert list(sample.to_dict().items()) == [
        ("name", "n"),
        ("tokens", [{"token": "a"}]),
        ("at", "2024-05-01T12:30:00+00:00"),
    ]


def test_a_live_field_written_then_a_plain_one_over_it_reads_the_plain_value() -> None:
    sample = Sample.from_dict({"name": "n", "tokens": [{"token": "a"}]}, OP)
    sample.tokens[0].token = "b"
    sample["tokens"] = [{"token": "c"}]  # an item write replaces what was read
    assert sample.to_dict() == {"name": "n", "tokens": [{"token": "c"}]}
    assert sample.tokens == [ParticipantToken(token="c")]


def test_a_model_made_by_its_constructor_is_its_fields_as_json() -> None:
    assert ParticipantToken(token="t").to_dict() == {"token": "t"}
    empty = Sample()
    assert empty.to_dict() == {}
    assert list(empty) == []
    with pytest.raises(MissingFieldError) as raised:
        empty.name  # noqa: B018
    assert str(raised.value) == "Sample.name: the body has no 'name', which the API promises"


def test_parsing_copies_the_body_and_writes_never_reach_it() -> None:
    body: dict[str, Any] = {"name": "n", "tokens": [{"token": "a"}], "count": 1}
    sample = Sample.from_dict(body, OP)
    body["count"] = 2
    body["added"] = True
    assert sample.to_dict() == {"name": "n", "tokens": [{"token": "a"}], "count": 1}
    sample.count = 5
    sample.tokens = []
    assert body == {"name": "n", "tokens": [{"token": "a"}], "count": 2, "added": True}


def test_item_access_reads_json_and_raises_key_error_for_an_absent_key() -> None:
    sample = Sample.from_dict({"name": "n", "at": "2024-05-01T12:30:00Z", "extra": [1]}, OP)
    assert sample.at == WHEN
    assert sample["at"] == "2024-05-01T12:30:00Z"
    assert sample["extra"] == [1]
    assert "extra" in sample
    assert "count" not in sample
    assert list(sample) == ["name", "at", "extra"]
    for key in ("count", "missing"):
        with pytest.raises(KeyError):
            sample[key]


def test_item_writes_and_deletes_change_the_body() -> None:
    sample = Sample.from_dict({"name": "n", "tokens": [{"token": "a"}], "x": 1}, OP)
    assert sample.tokens == [ParticipantToken(token="a")]
    sample["x"] = 2
    sample["y"] = {"new": True}
    sample["count"] = "text"
    del sample["tokens"]
    del sample["x"]
    assert sample.to_dict() == {"name": "n", "y": {"new": True}, "count": "text"}
    assert sample.tokens is None
    assert "tokens" not in sample
    with pytest.raises(KeyError):
        del sample["tokens"]


def test_unknown_keys_are_the_additional_properties_as_json() -> None:
    sample = Sample.from_dict({"name": "n", "x": 1, "tokens": [{"token": "a"}], "y": [2]}, OP)
    assert sample.additional_properties == {"x": 1, "y": [2]}
    assert sample.additional_keys == ["x", "y"]
    sample.tokens[0].token = "b"  # a live field read: the keys come from to_dict()
    sample["z"] = None
    assert sample.additional_properties == {"x": 1, "y": [2], "z": None}
    assert sample.additional_keys == ["x", "y", "z"]


EQUALITY: list[tuple[str, Callable[[], Model], Callable[[], Any], bool]] = [
    (
        "same class and body",
        lambda: Sample.from_dict({"name": "n"}),
        lambda: Sample.from_dict({"name": "n"}, OP),
        True,
    ),
    ("other body", lambda: Sample.from_dict({"name": "n"}), lambda: Sample.from_dict({"name": "m"}), False),
    (
        "other class",
        lambda: Sample.from_dict({"token": "t"}),
        lambda: ParticipantToken.from_dict({"token": "t"}),
        False,
    ),
    ("a dict", lambda: ParticipantToken.from_dict({"token": "t"}), lambda: {"token": "t"}, False),
    (
        "made and parsed",
        lambda: ParticipantToken(token="t"),
        lambda: ParticipantToken.from_dict({"token": "t"}),
        True,
    ),
]


@pytest.mark.parametrize(("case", "one", "other", "equal"), EQUALITY, ids=[case[0] for case in EQUALITY])
def test_models_are_equal_when_of_one_class_and_one_body(
    case: str, one: Callable[[], Model], other: Callable[[], Any], equal: bool
) -> None:
    assert (one() == other()) is equal
    assert (one() != other()) is not equal


def test_a_model_is_not_hashable_and_shows_its_body() -> None:
    token = ParticipantToken.from_dict({"token": "t", "x": [1]})
    with pytest.raises(TypeError):
        hash(token)
    assert repr(token) == "ParticipantToken({'token': 't', 'x': [1]})"
    sample = Sample.from_dict({"name": "n"})
    sample.tokens = [token]
    assert repr(sample) == "Sample({'name': 'n', 'tokens': [{'token': 't', 'x': [1]}]})"


def test_a_map_of_models_reads_its_entries_as_models_and_writes_them_back() -> None:
    body = {"a": {"file_name_prefix": "p", "media_kind": "audio"}, "b": {"media_kind": "video"}}
    with warnings_logged() as messages:
        layers = Layers.from_dict(body, OP)
        entry = layers["a"]
        assert type(entry) is LayersValue
        assert entry.file_name_prefix == "p"
        assert layers["a"] is entry
        entry.file_name_prefix = "q"
        assert layers["b"].media_kind == "video"
        layers["c"] = LayersValue(file_name_prefix="r")
        assert layers["c"].file_name_prefix == "r"
        expected = {
            "a": {"file_name_prefix": "q", "media_kind": "audio"},
            "b": {"media_kind": "video"},
            "c": {"file_name_prefix": "r"},
        }
        assert layers.to_dict() == expected
        assert layers.additional_properties == expected
        assert layers.additional_keys == ["a", "b", "c"]
        del layers["a"]
        assert layers.to_dict() == {"b": {"media_kind": "video"}, "c": {"file_name_prefix": "r"}}
    assert messages == [f"{OP}: LayersValue.media_kind at b.media_kind: expected one of audio, got 'video'"]


def test_a_map_entry_that_is_not_an_object_reads_as_sent_and_is_reported() -> None:
    with warnings_logged() as messages:
        layers = Layers.from_dict({"a": "text"}, OP)
        assert layers["a"] == "text"
        layers["b"] = "other"  # not a model: kept as written
        assert layers.to_dict() == {"a": "text", "b": "other"}
    assert messages == [f"{OP}: Layers.a at a: expected an object (LayersValue), got 'text'"]


def test_a_map_of_scalars_reads_its_entries_and_reports_a_drifted_one() -> None:
    body = {"s": "x", "n": 1.5, "b": False, "none": None, "bad": [1]}
    with warnings_logged() as messages:
        meta = EventMetadata.from_dict(body, OP)
        assert [meta[key] for key in body] == ["x", 1.5, False, None, [1]]
        meta["n"] = 2
        meta["t"] = True
        assert meta.to_dict() == {**body, "n": 2, "t": True}
        assert meta.additional_keys == ["s", "n", "b", "none", "bad", "t"]
    assert messages == [
        f"{OP}: EventMetadata.bad at bad: expected a string or a number or a boolean or null, got [1]"
    ]


def test_a_map_with_a_promised_field_reports_it_missing_and_its_entries_never_unknown() -> None:
    with warnings_logged() as messages:
        directory = Directory.from_dict({"b": "x", "a": 1}, OP)
        assert (directory["a"], directory["b"]) == (1, "x")
        directory["c"] = 3
        assert directory.to_dict() == {"b": "x", "a": 1, "c": 3}
        assert directory.additional_keys == ["b", "a", "c"]
        Directory.from_dict({"owner": "o", "z": 2}, OP)
    assert messages == [
        f"{OP}: Directory.owner at owner: missing, though the API promises it",
        f"{OP}: Directory.b at b: expected an integer, got 'x'",
    ]


def test_a_model_that_is_a_map_reports_no_unknown_keys() -> None:
    with warnings_logged() as messages:
        EventMetadata.from_dict({"any key": 1, "other": "x"}, OP)
        Layers.from_dict({"k": {}}, OP)
    assert messages == []


@pytest.mark.parametrize(
    ("make", "value", "json_value"),
    [
        (lambda: rt.union(rt.DATETIME, rt.list_of(TOKEN)), WHEN, "2024-05-01T12:30:00+00:00"),
        (lambda: rt.union(rt.DATETIME, rt.list_of(TOKEN)), [Tok("a")], [{"token": "a"}]),
        (
            lambda: rt.union(rt.INT, rt.list_of(rt.list_of(rt.DATE))),
            [[datetime.date(2024, 1, 2)]],
            [["2024-01-02"]],
        ),
        (lambda: rt.union(rt.INT, TOKEN), "as sent", "as sent"),
        (lambda: rt.list_of(rt.DATETIME), [WHEN, "kept"], ["2024-05-01T12:30:00+00:00", "kept"]),
        (lambda: rt.list_of(rt.DATE), (datetime.date(2024, 1, 2),), (datetime.date(2024, 1, 2),)),
        (lambda: rt.nullable(rt.DATE), datetime.date(2024, 1, 2), "2024-01-02"),
        (lambda: rt.nullable(TOKEN), None, None),
        (lambda: TOKEN, {"kept": "as sent"}, {"kept": "as sent"}),
        (lambda: rt.DATETIME, "kept", "kept"),
    ],
)
def test_a_codec_writes_a_value_as_json(
    make: Callable[[], rt.Codec[Any]], value: Any, json_value: Any
) -> None:
    codec, value = make(), built(value)
    assert codec.dump(value) == json_value
    assert type(codec.dump(value)) is type(json_value)
