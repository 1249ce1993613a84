"""What every generated model is made of: bodies kept as sent, read lazily, checked where read.

A model parsed from a body (``Meeting.from_dict(body)``) keeps the body and converts a field
only when it is read (a date-time string becomes a ``datetime``, a nested object its model), so
a list of twenty meetings costs twenty small objects until their fields are used. Bodies drift
from what the API promises; none of that breaks a call or loses data:

- a field the API promises but the body lacks: parsing works; reading it raises
  ``MissingFieldError`` naming the model and the field;
- ``null``, a value of another type, an enum value or date-time the client does not know:
  reading the field returns the value as sent;
- fields the client does not know: kept in ``additional_properties``;
- ``to_dict()`` gives the body back as it came, with the fields set since then;
  ``model["key"]`` reads any key of the body as JSON, as code that took the parsed JSON did.

Drift inside a list is drift of its field: an item that is not what the field promises is kept
as sent, beside the items that are (the list reads with every item, in order).

Each deviation is logged once per model field (the first time it is seen), as a warning on the
``realtimekit_client`` logger naming the operation and the path in the body of the value that
deviates (``fetch_webhooks: Webhook.events at data[0].events[1]: expected one of ...``), so
maintainers learn where the docs are wrong.
"""

from __future__ import annotations

import datetime
import importlib
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, Generic, TypeVar

__all__ = ["Codec", "MissingFieldError", "Model", "logger"]

logger = logging.getLogger(__package__ or "realtimekit_client")

T = TypeVar("T")
M = TypeVar("M", bound="Model")
# Where a value is, for warnings and errors, built cheaply and spelt out only when needed:
# (operation, where its parent is, its key or index in the parent); the body: (operation, None, None).
Where = tuple[str, Any, "str | int | None"]
_NOWHERE: Where = ("", None, None)


_PLAIN_KEY = re.compile(r"[\w-]+")


def _step(key: str | int | None) -> str:
    """One step of a path: ``[3]`` for an index, ``.name`` for a key, ``["a b"]`` for a key that
    would not read as one (empty, or holding a dot, bracket, quote or space)."""
    if key.__class__ is int:
        return f"[{key}]"
    text = str(key)
    return f".{text}" if _PLAIN_KEY.fullmatch(text) else f"[{json.dumps(text, ensure_ascii=False)}]"


def _path(where: Where) -> str:
    """``data[3].created_at``: the path of the value at ``where`` in its body ("" for the body)."""
    steps: list[str] = []
    while where[1] is not None:
        steps.append(_step(where[2]))
        where = where[1]
    return "".join(reversed(steps)).removeprefix(".")


_warned: set[tuple[str, str]] = set()
_hushed: set[type[Model]] = set()  # classes whose reported deviations no longer slow parsing


def reset_warnings() -> None:
    """Report every deviation again (each is reported once per process otherwise)."""
    _warned.clear()
    for cls in _hushed:
        cls._expect_required, cls._expect_known = cls._required, cls._known
    _hushed.clear()


class MissingFieldError(AttributeError):
    """A field that the API promises was not in the body it sent."""

    def __init__(self, model: str, field: str, where: Where) -> None:
        operation, path = where[0], _path(where)
        self.model, self.field, self.operation, self.path = model, field, operation, path
        at = f" (operation {operation}, at {path or 'the top of the body'})" if operation else ""
        super().__init__(f"{model}.{field}: the body has no {field!r}, which the API promises{at}")


_AS_SENT: Any = object()  # _Drift.kept when the value reads as it was sent


class _Drift(Exception):
    """A value that is not what its field promises (raised by a codec, caught by the model).

    ``at`` is where in the value the deviation is (``[1]``: its item 1; "" for the value itself),
    ``kept`` what reading it gives when that is not the value as sent (a list whose good items
    are converted and whose drifted items are kept as sent).
    """

    expected: str | None = None  # the kind the value is not, when the problem is the value's kind

    def __init__(self, problem: str, at: str = "", kept: Any = _AS_SENT) -> None:
        super().__init__(problem)
        self.at, self.kept = at, kept

    @classmethod
    def kind(cls, expected: str, raw: Any) -> _Drift:
        """The value ``raw`` is not ``expected`` ("a string", "a list", ...)."""
        drift = cls(f"expected {expected}, got {raw!r}")
        drift.expected = expected
        return drift


def _report(model: str, field: str, where: Where, problem: str, at: str = "") -> None:
    """Log ``problem`` of ``model.field`` once per process, naming the operation and the path of
    the value that deviates (``where`` is the model's; ``at`` the place inside the field's value)."""
    if (model, field) in _warned:
        return
    _warned.add((model, field))
    path = _path((where[0], where, field)) + at
    logger.warning("%s: %s%s at %s: %s", where[0] or "(no operation)", model, _step(field), path, problem)


class Codec(Generic[T]):
    """How one field's wire value becomes its Python value, and back."""

    __slots__ = ("describe", "dump", "live", "load")

    def __init__(
        self,
        describe: str,
        load: Callable[[Any, Where], T],
        dump: Callable[[T], Any],
        *,
        live: bool = False,
    ) -> None:
        self.describe = describe
        self.load = load  # raises _Drift when the wire value is not what the field promises
        self.dump = dump
        self.live = live  # a mutable value (model, list, map): written back by to_dict()


def _same(value: Any) -> Any:
    return value


def _scalar(kind: type[Any], describe: str) -> Codec[Any]:
    def load(raw: Any, where: Where) -> Any:
        if raw.__class__ is kind:
            return raw
        raise _Drift.kind(describe, raw)

    return Codec(describe, load, _same)


def _float(raw: Any, where: Where) -> float:
    if raw.__class__ is float or raw.__class__ is int:
        return raw
    raise _Drift.kind("a number", raw)


def _datetime(raw: Any, where: Where) -> datetime.datetime:
    try:
        return datetime.datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        raise _Drift.kind("an ISO 8601 date-time", raw) from None


def _date(raw: Any, where: Where) -> datetime.date:
    try:
        return datetime.date.fromisoformat(raw)
    except (TypeError, ValueError):
        raise _Drift.kind("an ISO 8601 date", raw) from None


def _isoformat(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


STR: Codec[str] = _scalar(str, "a string")
INT: Codec[int] = _scalar(int, "an integer")
BOOL: Codec[bool] = _scalar(bool, "a boolean")
FLOAT: Codec[float] = Codec("a number", _float, _same)
DATETIME: Codec[datetime.datetime] = Codec("a date-time", _datetime, _isoformat)
DATE: Codec[datetime.date] = Codec("a date", _date, _isoformat)
ANY: Codec[Any] = Codec("any value", lambda raw, where: raw, _same)
NONE: Codec[None] = _scalar(type(None), "null")


def nullable(codec: Codec[T]) -> Codec[T | None]:
    """``codec`` that also takes null."""
    inner = codec.load

    def load(raw: Any, where: Where) -> T | None:
        if raw is None:
            return None
        try:
            return inner(raw, where)
        except _Drift as drift:
            if drift.expected is None:  # a deviation inside the value (a list's item), not its kind
                raise
            raise _Drift.kind(f"{drift.expected} or null", raw) from None

    return Codec(
        f"{codec.describe} or null",
        load,
        lambda value: None if value is None else codec.dump(value),
        live=codec.live,
    )


def checked(check: Callable[[str], T], describe: str) -> Codec[T]:
    """An enum: the generator's ``check_*`` function says which strings belong to it."""

    def load(raw: Any, where: Where) -> T:
        try:
            return check(raw)
        except (TypeError, ValueError):
            raise _Drift.kind(f"one of {describe}", raw) from None

    return Codec(describe, load, _same)


def union(*codecs: Codec[Any]) -> Codec[Any]:
    """A value of any of ``codecs``' kinds (the first that takes it; else the first that takes
    it but for drift inside, such as a list with a drifted item, whose drift is the union's)."""
    describe = " or ".join(codec.describe for codec in codecs)

    def load(raw: Any, where: Where) -> Any:
        inside: _Drift | None = None
        for codec in codecs:
            try:
                return codec.load(raw, where)
            except _Drift as drift:
                if inside is None and drift.kept is not _AS_SENT:
                    inside = drift
        raise inside or _Drift.kind(describe, raw)

    return Codec(describe, load, _to_json, live=any(codec.live for codec in codecs))


def _to_json(value: Any) -> Any:
    """``value`` as JSON, whichever codec made it (a union's value: a model, a list, a date...)."""
    if isinstance(value, Model):
        return value.to_dict()
    if value.__class__ is list:
        return [_to_json(item) for item in value]
    return _isoformat(value)


def list_of(item: Codec[T]) -> Codec[list[T]]:
    """A list of ``item`` values. An item that is not one is kept as sent, in its place, and the
    list is reported as drift of its field, at the first such item (``events[1]``)."""
    load_item, dump_item = item.load, item.dump

    def load(raw: Any, where: Where) -> list[T]:
        if raw.__class__ is not list:
            raise _Drift.kind("a list", raw)
        operation = where[0]
        out: list[T] = []
        first: _Drift | None = None
        for index, value in enumerate(raw):
            try:
                out.append(load_item(value, (operation, where, index)))
            except _Drift as drift:
                out.append(value if drift.kept is _AS_SENT else drift.kept)
                if first is None:
                    first = _Drift(str(drift), f"[{index}]{drift.at}")
        if first is not None:
            first.kept = out
            raise first
        return out

    def dump(values: Any) -> Any:
        # A value that is not a list is one that drifted and was kept as sent: it goes out as is.
        return [dump_item(value) for value in values] if values.__class__ is list else values

    return Codec(f"a list of {item.describe}", load, dump, live=True)


def model(module: str, name: str) -> Codec[Any]:
    """A nested model, imported on first use (``models/{module}.py``, class ``name``)."""
    found: list[type[Model]] = []

    def load(raw: Any, where: Where) -> Model:
        if raw.__class__ is not dict:
            raise _Drift.kind(f"an object ({name})", raw)
        if not found:
            found.append(getattr(importlib.import_module(f"{__package__}.models.{module}"), name))
        return found[0].from_dict(raw, where)

    def dump(value: Any) -> Any:
        return value.to_dict() if isinstance(value, Model) else value

    return Codec(f"an object ({name})", load, dump, live=True)


class Model:
    """A JSON object of the API: declared fields as typed properties, every other key kept.

    Subclasses are generated: ``_fields`` maps each wire name to its codec and whether the API
    promises it; each field is a property that calls ``_req`` or ``_opt``, and ``_write``.
    """

    __slots__ = ("_data", "_live", "_where")
    _fields: ClassVar[dict[str, tuple[Codec[Any], bool]]] = {}
    _required: ClassVar[frozenset[str]] = frozenset()
    _extra: ClassVar[Codec[Any] | None] = None  # how other keys read, when the schema says (a map)
    _known: ClassVar[frozenset[str]] = frozenset()  # set from _fields for each subclass

    # What parsing checks a body's keys against: the promised and declared fields, less (more)
    # the ones already reported missing (unknown), so a reported deviation costs nothing again.
    _expect_required: ClassVar[frozenset[str]] = frozenset()
    _expect_known: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._known = cls._expect_known = frozenset(cls._fields)
        cls._expect_required = cls._required

    _data: dict[str, Any]
    _live: dict[str, Any]
    _where: Where

    def __init__(self) -> None:
        """An empty body; a generated ``__init__`` then writes each field given to it."""
        self._data, self._live, self._where = {}, {}, _NOWHERE

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any], where: Where | str = _NOWHERE) -> M:
        """The model of the JSON object ``src_dict`` (never fails: see the module's docstring).

        ``where`` names the operation (and the path in its body) in warnings about drift.
        """
        obj = cls.__new__(cls)
        obj._data = data = dict(src_dict)
        obj._live = {}
        obj._where = (where, None, None) if where.__class__ is str else where  # type: ignore[assignment]
        keys = data.keys()
        if not (keys >= cls._expect_required and (keys <= cls._expect_known or cls._extra is not None)):
            obj._deviations()
        return obj

    def _deviations(self) -> None:
        """Report the promised fields the body lacks and the fields the docs do not list."""
        cls, keys = type(self), self._data.keys()
        missing = cls._required - keys
        for wire in sorted(missing):
            _report(cls.__name__, wire, self._where, "missing, though the API promises it")
        unknown = keys - cls._known if cls._extra is None else set()
        for wire in sorted(unknown):
            _report(cls.__name__, wire, self._where, "a field the docs do not list")
        cls._expect_required = cls._expect_required - missing
        cls._expect_known = cls._expect_known | unknown
        _hushed.add(cls)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the body as it came, with the fields set since then."""
        out = dict(self._data)
        for wire, value in self._live.items():
            out[wire] = self._fields[wire][0].dump(value) if wire in self._fields else self._extra_dump(value)
        return out

    def _req(self, wire: str, codec: Codec[T]) -> T:
        """The value of promised field ``wire``: raises MissingFieldError when the body lacked it."""
        if wire in self._live:
            return self._live[wire]  # type: ignore[no-any-return]
        if wire not in self._data:
            raise MissingFieldError(type(self).__name__, wire, self._where)
        return self._load(wire, codec)  # type: ignore[no-any-return]

    def _opt(self, wire: str, codec: Codec[T]) -> T | None:
        """The value of optional field ``wire``; None when the body lacked it."""
        if wire in self._live:
            return self._live[wire]  # type: ignore[no-any-return]
        if wire not in self._data:
            return None
        return self._load(wire, codec)  # type: ignore[no-any-return]

    def _load(self, wire: str, codec: Codec[Any]) -> Any:
        """The value of key ``wire`` of the body read with ``codec`` (kept as read when mutable);
        a value that drifts is reported and reads as sent (a list: its drifted items as sent)."""
        raw = self._data[wire]
        try:
            value = codec.load(raw, (self._where[0], self._where, wire))
        except _Drift as drift:
            _report(type(self).__name__, wire, self._where, str(drift), drift.at)
            if drift.kept is _AS_SENT:
                return raw
            value = drift.kept
        if codec.live:
            self._live[wire] = value
        return value

    def _write(self, wire: str, value: Any) -> None:
        codec = self._fields[wire][0]
        if codec.live:
            self._live[wire] = value
            self._data[wire] = None  # keeps the key's place; to_dict() writes the value
        else:
            self._live.pop(wire, None)
            self._data[wire] = codec.dump(value)

    def _extra_dump(self, value: Any) -> Any:
        return self._extra.dump(value) if self._extra is not None else value

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the body that are not declared fields, as JSON (as sent, or as set since)."""
        fields = self._fields
        if not self._live:
            return {key: value for key, value in self._data.items() if key not in fields}
        return {key: value for key, value in self.to_dict().items() if key not in fields}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        """The value of ``key`` as JSON, as the body has it (``meeting["created_at"]`` is the
        string sent); a key the model does not declare is converted as its map's values are."""
        if key in self._fields:
            return self.to_dict()[key]
        if self._extra is None:
            return self._data[key]
        if key in self._live:
            return self._live[key]
        return self._load(key, self._extra)

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self._fields or self._extra is None:
            self._live.pop(key, None)
            self._data[key] = value
        elif self._extra.live:
            self._live[key] = value
            self._data[key] = None
        else:
            self._data[key] = self._extra.dump(value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        self._live.pop(key, None)

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Model) and type(other) is type(self) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"
