"""A model of every kind of field, declared as the generator declares its models.

Used by the tests of ``model_base`` (``test_model_field_reading.py``, ``test_model_body_access.py``)
to read, drift and write each codec's values through a model's properties.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from realtimekit_client import model_base as rt
from realtimekit_client.model_base import Model
from realtimekit_client.models.participant_token import ParticipantToken
from realtimekit_client.models.webhook_event import check_webhook_event

OP = "an_operation"
TOKEN = rt.model("participant_token", "ParticipantToken")
EVENTS = "meeting.started, meeting.ended"


def _field(wire: str, codec: rt.Codec[Any], required: bool = False) -> property:
    """A field as the generator writes one: a property reading with ``_req``/``_opt``, set by ``_write``."""

    def read(self: Model) -> Any:
        return self._req(wire, codec) if required else self._opt(wire, codec)

    def write(self: Model, value: Any) -> None:
        self._write(wire, value)

    return property(read, write)


CODECS: dict[str, tuple[rt.Codec[Any], bool]] = {
    "name": (rt.STR, True),
    "count": (rt.INT, False),
    "ratio": (rt.nullable(rt.FLOAT), False),
    "on": (rt.BOOL, False),
    "at": (rt.DATETIME, False),
    "day": (rt.DATE, False),
    "when": (rt.nullable(rt.DATETIME), False),
    "tags": (rt.list_of(rt.STR), False),
    "maybe_tags": (rt.nullable(rt.list_of(rt.STR)), False),
    "token": (TOKEN, False),
    "maybe_token": (rt.nullable(TOKEN), False),
    "kind": (rt.checked(check_webhook_event, EVENTS), False),
    "either": (rt.union(rt.INT, rt.list_of(TOKEN)), False),
    "nothing": (rt.NONE, False),
    "anything": (rt.ANY, False),
    "grid": (rt.list_of(rt.list_of(rt.INT)), False),
    "tokens": (rt.list_of(TOKEN), False),
    "moments": (rt.list_of(rt.list_of(rt.DATETIME)), False),
}


class Sample(Model):  # type: ignore[misc]  # Model is Any to mypy: the client is not on its path
    """A model of every kind of field; ``name`` is promised."""

    __slots__ = ()
    _fields = CODECS
    _required = frozenset({"name"})
    name = _field("name", rt.STR, required=True)
    count = _field("count", rt.INT)
    ratio = _field("ratio", CODECS["ratio"][0])
    on = _field("on", rt.BOOL)
    at = _field("at", rt.DATETIME)
    day = _field("day", rt.DATE)
    when = _field("when", CODECS["when"][0])
    tags = _field("tags", CODECS["tags"][0])
    maybe_tags = _field("maybe_tags", CODECS["maybe_tags"][0])
    token = _field("token", TOKEN)
    maybe_token = _field("maybe_token", CODECS["maybe_token"][0])
    kind = _field("kind", CODECS["kind"][0])
    either = _field("either", CODECS["either"][0])
    nothing = _field("nothing", rt.NONE)
    anything = _field("anything", rt.ANY)
    grid = _field("grid", CODECS["grid"][0])
    tokens = _field("tokens", CODECS["tokens"][0])
    moments = _field("moments", CODECS["moments"][0])


class Pair(Model):  # type: ignore[misc]
    """Two promised fields, to see the order of their warnings."""

    __slots__ = ()
    _fields: ClassVar[dict[str, tuple[rt.Codec[Any], bool]]] = {"b": (rt.STR, True), "a": (rt.STR, True)}
    _required = frozenset({"a", "b"})
    a = _field("a", rt.STR, required=True)
    b = _field("b", rt.STR, required=True)


class Directory(Model):  # type: ignore[misc]
    """A map of integers with a promised field: the keys it does not declare are its entries."""

    __slots__ = ()
    _fields: ClassVar[dict[str, tuple[rt.Codec[Any], bool]]] = {"owner": (rt.STR, True)}
    _required = frozenset({"owner"})
    _extra = rt.INT
    owner = _field("owner", rt.STR, required=True)


@dataclass(frozen=True)
class Tok:
    """A ``ParticipantToken`` with this ``token`` in a table, made by :func:`built` when the test
    runs (never while the tables are collected, so that a broken model fails a test, not the file)."""

    token: str


def built(value: Any) -> Any:
    """``value`` with each :class:`Tok` (also inside lists) made a ``ParticipantToken``."""
    if isinstance(value, Tok):
        return ParticipantToken(token=value.token)
    if type(value) is list:
        return [built(item) for item in value]
    return value
