"""Every model of the client survives bodies that drift from what the API promises, at any depth.

For every object schema of the committed spec (so every model a response reaches, and a new
model without editing this file), hypothesis builds a body that fits the schema, nested models,
lists and maps included, and drifts it the ways real bodies do, at every depth: a promised field
left out, ``null`` where no null is allowed, a value of another type, an enum value the client
does not know, a date-time that is not one, ``true`` where a number is promised and a number
where a boolean is, keys the docs do not list; inside lists, any item can drift the same ways.
What deviates is worked out from the schema alone (:class:`Drifted`), not from the runtime. For
each body:

- parsing returns the model and leaves the body passed in as it was;
- ``to_dict()`` gives the body back, byte for byte as JSON (key order, ``true`` vs ``1``, ``1`` vs
  ``1.0``), before and after every field is read: no drifted value or unknown key is dropped;
- every field of every nested model reads as the schema says (a date-time as a ``datetime``, an
  object as its model, a list as a list of the same length) where the body keeps the promise,
  and as sent where it does not (a drifted list item in its place); a promised field the body
  lacks raises ``MissingFieldError`` naming the model, the field and its path; map entries and
  unknown keys read as sent;
- exactly one warning per deviation (a model's field, or a key it does not declare), naming the
  operation and the clean path of a place it deviates (``data[0].events[1]``); parsing the same
  body again logs nothing new.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from realtimekit_client import model_base
from realtimekit_client.model_base import MissingFieldError, Model

from conftest import committed_spec
from model_reading import warnings_logged

SPEC = committed_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MODELS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")
OPERATION = "an_operation"
EXAMPLES = 20  # per model: 228 models, 4,560 drifted bodies per run

DRIFT = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same bodies on every run and machine: a failure is never luck
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Values of every JSON kind; a drift of kind "wrong" is one that the schema's kinds do not take.
_WRONG = ["text", 12345, 1.5, True, None, [], {}, ["text"], {"key": 1}]
_UNKNOWN_ENUM = "A VALUE THE CLIENT DOES NOT KNOW"
_DATE_TIMES = ["2024-05-01T12:30:00Z", "2024-05-01T12:30:00.123+02:00", "2024-05-01T12:30:00"]
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")
_KEYS = st.one_of(
    st.sampled_from(["a_field_the_docs_do_not_list", "x-extra", "with space", "a.b", "", "ключ", "0"]),
    st.text(max_size=4),
)


def _module(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def model_class(name: str) -> type[Model]:
    module = importlib.import_module(f"realtimekit_client.models.{_module(name)}")
    cls: type[Model] = getattr(module, name)
    return cls


def python_names(cls: type[Model]) -> dict[str, str]:
    """Wire name -> Python name of ``cls``'s fields (``__init__`` takes them in ``_fields`` order)."""
    parameters = list(inspect.signature(cls.__init__).parameters)[1:]
    return dict(zip(cls._fields, parameters, strict=True))


def _ref(schema: dict[str, Any]) -> str | None:
    reference = schema.get("$ref")
    return str(reference).rsplit("/", 1)[-1] if reference else None


def _target(schema: dict[str, Any]) -> dict[str, Any]:
    name = _ref(schema)
    return SCHEMAS[name] if name else schema


def _alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schemas a value of ``schema`` may fit (the branches of an ``anyOf``, else itself)."""
    return list(schema["anyOf"]) if "anyOf" in schema else [schema]


def _kinds(schema: dict[str, Any]) -> list[str]:
    """The JSON types of one (non-anyOf) schema; [] when it takes any value."""
    target = _target(schema)
    if "enum" in target:
        return ["enum"]
    kind = target.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def fits(schema: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is what ``schema`` promises at its own level (its kind, enum, format);
    what is inside an object or a list is judged there, field by field and item by item."""
    return any(_fits_one(alternative, value) for alternative in _alternatives(schema))


def _fits_one(schema: dict[str, Any], value: Any) -> bool:
    target, kinds = _target(schema), _kinds(schema)
    if not kinds:
        return True
    if "enum" in kinds:
        return value.__class__ is str and value in target["enum"]
    return any(_is_kind(kind, target, value) for kind in kinds)


def _is_kind(kind: str, schema: dict[str, Any], value: Any) -> bool:
    """JSON Schema's types, with booleans kept apart from numbers as JSON keeps them."""
    if kind == "string" and value.__class__ is str:
        return schema.get("format") != "date-time" or _is_date_time(value)
    return {
        "null": value is None,
        "boolean": value.__class__ is bool,
        "integer": value.__class__ is int,
        "number": value.__class__ in (int, float),
        "array": value.__class__ is list,
        "object": value.__class__ is dict,
    }.get(kind, False)


def _is_date_time(text: str) -> bool:
    """RFC 3339's form (the offset optional, as Python reads it) and a real date and time."""
    try:
        datetime.datetime.fromisoformat(text)
    except ValueError:
        return False
    return bool(_RFC3339.fullmatch(text))


def _step(key: str | int) -> str:
    """A path step as the warnings spell it: ``[1]``, ``.name``, ``["a b"]``."""
    if isinstance(key, int):
        return f"[{key}]"
    return f".{key}" if re.fullmatch(r"[\w-]+", key) else f"[{json.dumps(key, ensure_ascii=False)}]"


def _depth(path: str) -> int:
    """How far below the top of the body ``path`` is: ``events[1]`` 1, ``data[0].events[1]`` 3."""
    return len(re.findall(r"\.|\[", path.removeprefix("[")))


def _join(path: str, key: str | int) -> str:
    return (path + _step(key)).removeprefix(".")


@dataclass
class Drifted:
    """A drifted body and what the schema says about it: the deviations, each a model's field
    (or key) with the paths where it deviates; and the drifts applied, for the statistics."""

    body: dict[str, Any] = field(default_factory=dict)
    deviations: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    applied: list[str] = field(default_factory=list)

    def deviate(self, owner: tuple[str, str], path: str) -> None:
        self.deviations.setdefault(owner, set()).add(path)


class _Builder:
    """Draws a body of a schema, drifting a field, map entry or list item now and then."""

    def __init__(self, draw: st.DrawFn, drifted: Drifted) -> None:
        self.draw, self.drifted = draw, drifted

    def model(self, name: str, path: str) -> dict[str, Any]:
        schema = SCHEMAS[name]
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        body: dict[str, Any] = {}
        for key, child in properties.items():
            holds = bool({"object", "array"} & self._kinds_of(child))  # more often there: drift goes deep
            if key in required or self.draw(st.integers(0, 3)) < (3 if holds else 2):
                self._slot(body, key, child, (name, key), _join(path, key), droppable=True)
        extra = schema.get("additionalProperties")
        for key in self.draw(st.lists(_KEYS.filter(lambda k: k not in properties), max_size=2, unique=True)):
            key_path = _join(path, key)
            if isinstance(extra, dict) and extra:  # a map: its entries are values of ``extra``
                self._slot(body, key, extra, (name, key), key_path, droppable=False)
            else:
                body[key] = copy.deepcopy(self.draw(st.sampled_from(_WRONG)))
                if extra is None or extra is False:
                    self.drifted.applied.append(f"unknown key at depth {_depth(key_path)}")
                    self.drifted.deviate((name, key), key_path)
        order = self.draw(st.permutations(list(body)))  # bodies come in any key order
        return {key: body[key] for key in order}

    def _slot(
        self,
        into: dict[str, Any] | list[Any],
        key: str | int,
        schema: dict[str, Any],
        owner: tuple[str, str],
        path: str,
        droppable: bool,
    ) -> None:
        """Put a value of ``schema`` at ``into[key]``, or a drifted one (or none: a field left out)."""
        drifts = self._drifts(schema, droppable)
        # A value holding others (a model, a list) is kept more often, so that drift reaches deep.
        keep = 4 * len(drifts) if {"object", "array"} & self._kinds_of(schema) else len(drifts) + 1
        action = self.draw(st.sampled_from(["keep"] * keep + drifts))
        if action == "keep":
            value = self.value(schema, owner, path)
        else:
            place = (
                "a list item"
                if isinstance(into, list)
                else "a map entry"
                if droppable is False
                else "a field"
            )
            self.drifted.applied.append(f"{action}, {place}, at depth {_depth(path)}")
            if action == "missing":
                if key in SCHEMAS[owner[0]].get("required", []):
                    self.drifted.deviate(owner, path)
                return
            value = copy.deepcopy(self.draw(st.sampled_from(self._drifted_values(schema, action))))
            if not fits(schema, value):
                self.drifted.deviate(owner, path)
        if isinstance(into, list):
            into.append(value)
        else:
            into[str(key)] = value

    @staticmethod
    def _kinds_of(schema: dict[str, Any]) -> set[str]:
        return {kind for alternative in _alternatives(schema) for kind in _kinds(alternative)}

    def _drifts(self, schema: dict[str, Any], droppable: bool) -> list[str]:
        kinds = self._kinds_of(schema)
        formats = {_target(alternative).get("format") for alternative in _alternatives(schema)}
        drifts = ["missing"] if droppable else []
        drifts += ["null"] + (["wrong"] if self._drifted_values(schema, "wrong") else [])
        drifts += ["unknown enum"] if "enum" in kinds else []
        drifts += ["true for a number"] if kinds & {"integer", "number"} else []
        drifts += ["number for a boolean"] if "boolean" in kinds else []
        drifts += ["bad date-time"] if "date-time" in formats else []
        return drifts

    @staticmethod
    def _drifted_values(schema: dict[str, Any], action: str) -> list[Any]:
        values: dict[str, list[Any]] = {
            "null": [None],
            "wrong": [value for value in _WRONG if not fits(schema, value)],
            "unknown enum": [_UNKNOWN_ENUM],
            "true for a number": [True, False],
            "number for a boolean": [0, 1, 1.0],
            "bad date-time": ["not a date-time", "2024-13-45T99:99:99Z"],
        }
        return values[action]

    def value(self, schema: dict[str, Any], owner: tuple[str, str], path: str) -> Any:
        """A value that fits ``schema`` at its own level (deeper down it may drift)."""
        alternative = self.draw(st.sampled_from(_alternatives(schema)))
        name, target = _ref(alternative), _target(alternative)
        kinds = _kinds(alternative)
        if not kinds:
            return self.draw(st.sampled_from([None, "any", 3, [1, "two"], {"any": "value"}]))
        if "enum" in kinds:
            return self.draw(st.sampled_from(target["enum"]))
        kind = self.draw(st.sampled_from(kinds))
        if kind == "object":
            if name is None:
                raise AssertionError(f"{path}: an inline object schema; the shapes stage names every object")
            return self.model(name, path)
        if kind == "array":
            items: list[Any] = []
            for index in range(self.draw(st.integers(0, 3))):
                self._slot(items, index, target.get("items", {}), owner, f"{path}[{index}]", droppable=False)
            return items
        return self.draw(self._scalar(kind, target))

    @staticmethod
    def _scalar(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if kind == "string":
            return (
                st.sampled_from(_DATE_TIMES) if schema.get("format") == "date-time" else st.text(max_size=4)
            )
        return {
            "integer": st.integers(-3, 3),
            "number": st.one_of(st.integers(-3, 3), st.sampled_from([0.5, -2.25, 1.0])),
            "boolean": st.booleans(),
            "null": st.none(),
        }[kind]


@st.composite
def drifted(draw: st.DrawFn, name: str) -> Drifted:
    """A body of model ``name``, drifted at any depth, with what the schema says deviates."""
    result = Drifted()
    result.body = _Builder(draw, result).model(name, "")
    return result


def same_json(one: Any, other: Any) -> bool:
    """Equal as JSON text: ``true`` is not ``1``, ``1`` is not ``1.0``, key order counts."""
    return json.dumps(one, ensure_ascii=False) == json.dumps(other, ensure_ascii=False)


class _Reader:
    """Reads a parsed model as a user would, checking each value against the body and schema."""

    def __init__(self) -> None:
        self.reads = 0

    def model(self, obj: Any, name: str, raw: dict[str, Any], path: str) -> None:
        schema, cls = SCHEMAS[name], model_class(name)
        assert type(obj) is cls, (path, obj)
        names = python_names(cls)
        properties: dict[str, Any] = schema.get("properties", {})
        for key, child in properties.items():
            self.reads += 1
            if key in raw:
                self.value(getattr(obj, names[key]), child, raw[key], _join(path, key))
            elif key in schema.get("required", []):
                with pytest.raises(MissingFieldError) as raised:
                    getattr(obj, names[key])
                error = raised.value
                assert (error.model, error.field, error.path, error.operation) == (name, key, path, OPERATION)
            else:
                assert getattr(obj, names[key]) is None, _join(path, key)
        others = {key: value for key, value in raw.items() if key not in properties}
        assert same_json(obj.additional_properties, others), path
        extra = schema.get("additionalProperties")
        for key, value in raw.items():
            if key not in properties and isinstance(extra, dict) and extra:
                self.value(obj[key], extra, value, _join(path, key))  # a map's entry
            else:
                assert same_json(obj[key], value), _join(path, key)  # any key reads as JSON

    def value(self, read: Any, schema: dict[str, Any], raw: Any, path: str) -> None:
        if not fits(schema, raw):
            assert same_json(read, raw), (path, read, raw)  # drifted: as sent
            return
        alternative = next(a for a in _alternatives(schema) if _fits_one(a, raw))
        name, target, kinds = _ref(alternative), _target(alternative), _kinds(alternative)
        if raw is None:
            assert read is None, path
        elif raw.__class__ is dict and name is not None and "object" in kinds:
            self.model(read, name, raw, path)
        elif raw.__class__ is list and "array" in kinds:
            assert read.__class__ is list and len(read) == len(raw), (path, read, raw)
            for index, (item, sent) in enumerate(zip(read, raw, strict=True)):
                self.value(item, target.get("items", {}), sent, f"{path}[{index}]")
        elif raw.__class__ is str and target.get("format") == "date-time":
            assert read == datetime.datetime.fromisoformat(raw), (path, read, raw)
        else:
            assert same_json(read, raw), (path, read, raw)


def _reported(messages: list[str], deviations: dict[tuple[str, str], set[str]]) -> Iterator[str]:
    """What is wrong with the warnings: each deviation once, at one of its paths, nothing else."""
    unexplained = list(messages)
    for (model, key), paths in sorted(deviations.items()):
        prefix = f"{OPERATION}: {model}{_step(key)} at "
        found = [message for message in messages if message.startswith(prefix)]
        if len(found) != 1:
            yield f"{model}{_step(key)} (at {sorted(paths)}): {len(found)} warnings {found}"
            continue
        unexplained.remove(found[0])
        if not any(found[0].startswith(f"{prefix}{path}: ") for path in paths):
            yield f"{found[0]!r} names none of the paths {sorted(paths)}"
    yield from (f"a warning for no deviation: {message!r}" for message in unexplained)


def test_every_model_a_response_reaches_is_drifted() -> None:
    """The models drifted are every object schema, so every model a response reaches."""
    reached: set[str] = set()
    pending = re.findall(r"#/components/schemas/(\w+)", json.dumps(SPEC["paths"]))
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending += re.findall(r"#/components/schemas/(\w+)", json.dumps(SCHEMAS[name]))
    reached_models = {name for name in reached if SCHEMAS[name].get("type") == "object"}
    assert len(reached_models) >= 100
    assert reached_models <= set(MODELS)
    for name in MODELS:
        assert issubclass(model_class(name), Model), name


@pytest.mark.parametrize("name", MODELS)
@DRIFT
@given(data=st.data())
def test_a_drifted_body_parses_round_trips_reads_and_is_reported_once(name: str, data: st.DataObject) -> None:
    drift = data.draw(drifted(name), label="drifted")
    for applied in drift.applied:
        event(applied)
    body = drift.body
    original = copy.deepcopy(body)
    with warnings_logged() as messages:
        model = model_class(name).from_dict(body, OPERATION)
        assert same_json(body, original), "parsing changed the body passed in"
        assert same_json(model.to_dict(), original)
        _Reader().model(model, name, body, "")
        assert same_json(model.to_dict(), original), "reading changed what to_dict() gives"
        assert same_json(body, original)
        first = list(messages)
        _Reader().model(model_class(name).from_dict(body, OPERATION), name, body, "")
    assert messages == first, "a deviation was reported twice"
    assert list(_reported(first, drift.deviations)) == []


def _webhook(**fields: Any) -> dict[str, Any]:
    stamp = "2024-05-01T12:30:00Z"
    body = {"id": "w1", "created_at": stamp, "enabled": True, "events": ["meeting.started"]}
    return body | {"name": "hook", "updated_at": stamp, "url": "https://example.com/hook"} | fields


def test_an_unknown_enum_item_is_kept_in_its_place_and_reported_at_its_index() -> None:
    from realtimekit_client.models.webhook import Webhook
    from realtimekit_client.models.webhook_list_response import WebhookListResponse

    hook = _webhook(events=["meeting.started", "meeting.paused", "meeting.ended", "meeting.resumed"])
    with warnings_logged() as messages:
        webhook = Webhook.from_dict(hook, OPERATION)
        assert webhook.events == ["meeting.started", "meeting.paused", "meeting.ended", "meeting.resumed"]
        assert webhook.to_dict() == hook
        listed = WebhookListResponse.from_dict({"data": [hook, hook], "success": True}, OPERATION)
        assert [item.events for item in listed.data] == [hook["events"]] * 2
    assert messages == [
        f"{OPERATION}: Webhook.events at events[1]: expected one of livestreaming.statusUpdate, "
        "meeting.chatSynced, meeting.ended, meeting.participantJoined, meeting.participantLeft, "
        "meeting.started, meeting.summary, meeting.transcript, recording.statusUpdate, got 'meeting.paused'"
    ]


def test_a_list_with_a_drifted_item_stays_one_list_that_to_dict_writes_back() -> None:
    from realtimekit_client.models.webhook import Webhook

    with warnings_logged():
        webhook = Webhook.from_dict(_webhook(events=["meeting.started", 7]), OPERATION)
        assert webhook.events is webhook.events
        webhook.events.append("meeting.ended")
    assert webhook.to_dict()["events"] == ["meeting.started", 7, "meeting.ended"]


def test_a_nested_list_item_is_reported_at_its_full_path() -> None:
    from realtimekit_client.models.poll_result_response import PollResultResponse

    option = {"count": 1, "text": "yes", "votes": []}
    poll = {"id": "p1", "question": "?", "options": [option, option, option | {"count": True}]}
    body = {"data": {"poll": poll}, "success": True}
    with warnings_logged() as messages:
        result = PollResultResponse.from_dict(body, OPERATION)
        assert result.data is not None and result.data.poll is not None
        assert [option.count for option in result.data.poll.options] == [1, 1, True]
        assert result.data.poll.options[2].count is True
        assert result.to_dict() == body
    assert messages == [
        f"{OPERATION}: PollOption.count at data.poll.options[2].count: expected a number, got True"
    ]


@pytest.mark.parametrize(
    ("sent", "problem"),
    [
        (True, "expected an integer or null, got True"),
        (2.5, "expected an integer or null, got 2.5"),
        ("3", "expected an integer or null, got '3'"),
    ],
)
def test_an_integer_field_takes_no_boolean_nor_other_number(sent: Any, problem: str) -> None:
    from realtimekit_client.models.livestream_page_response import LivestreamPageResponse

    body = {"data": {"paging": {"total_count": sent, "start_offset": 0}}, "success": True}
    with warnings_logged() as messages:
        page = LivestreamPageResponse.from_dict(body, OPERATION)
        assert page.data is not None and page.data.paging is not None
        total = page.data.paging.total_count
        assert total.__class__ is sent.__class__ and total == sent
        assert page.data.paging.start_offset == 0
        assert same_json(page.to_dict(), body)
    assert messages == [
        f"{OPERATION}: LivestreamPagePaging.total_count at data.paging.total_count: {problem}"
    ]


def test_a_boolean_field_takes_no_number() -> None:
    from realtimekit_client.models.webhook import Webhook

    with warnings_logged() as messages:
        webhook = Webhook.from_dict(_webhook(enabled=1), OPERATION)
        assert webhook.enabled.__class__ is int
        assert same_json(webhook.to_dict(), _webhook(enabled=1))
    assert messages == [f"{OPERATION}: Webhook.enabled at enabled: expected a boolean, got 1"]


def test_keys_that_would_not_read_as_a_path_step_are_quoted() -> None:
    from realtimekit_client.models.webhook import Webhook

    with warnings_logged() as messages:
        Webhook.from_dict(_webhook(**{"a b": 1, "x-y": 2, "": 3}), OPERATION)
    assert sorted(messages) == sorted(
        [
            f'{OPERATION}: Webhook[""] at [""]: a field the docs do not list',
            f'{OPERATION}: Webhook["a b"] at ["a b"]: a field the docs do not list',
            f"{OPERATION}: Webhook.x-y at x-y: a field the docs do not list",
        ]
    )


def test_keys_a_schema_allows_in_so_many_words_are_no_drift() -> None:
    """``additionalProperties: {}``: the docs expect other keys (PluginsConfigValue)."""
    from realtimekit_client.models.plugins_config_value import PluginsConfigValue

    assert SCHEMAS["PluginsConfigValue"]["additionalProperties"] == {}
    with warnings_logged() as messages:
        value = PluginsConfigValue.from_dict({"handles_view_only": True, "custom": [1]}, OPERATION)
        assert value["custom"] == [1] and value.additional_properties == {"custom": [1]}
    assert messages == []


class _Grid(Model):  # type: ignore[misc]  # Model is Any to mypy: the client is not on its path
    """A model of shapes the spec has none of yet: a list of lists, a union holding a list."""

    __slots__ = ()
    _rows = model_base.list_of(model_base.list_of(model_base.INT))
    _cells = model_base.union(model_base.list_of(model_base.model("webhook", "Webhook")), model_base.STR)
    _fields: ClassVar[dict[str, tuple[model_base.Codec[Any], bool]]] = {
        "rows": (_rows, True),
        "cells": (_cells, False),
    }
    _required = frozenset({"rows"})

    @property
    def rows(self) -> Any:
        return self._req("rows", self._rows)

    @property
    def cells(self) -> Any:
        return self._opt("cells", self._cells)


def test_a_list_of_lists_keeps_drifted_items_at_any_depth() -> None:
    body = {"rows": [[1, 2], "ab", [3, True, "x"]]}
    with warnings_logged() as messages:
        grid = _Grid.from_dict(body, OPERATION)
        assert grid.rows == [[1, 2], "ab", [3, True, "x"]]
        assert same_json(grid.to_dict(), body)
        grid.rows[0].append(4)
        assert grid.to_dict()["rows"] == [[1, 2, 4], "ab", [3, True, "x"]]
    assert messages == [f"{OPERATION}: _Grid.rows at rows[1]: expected a list, got 'ab'"]
    with warnings_logged() as messages:
        assert _Grid.from_dict({"rows": [[1], [2, False]]}, OPERATION).rows == [[1], [2, False]]
    assert messages == [f"{OPERATION}: _Grid.rows at rows[1][1]: expected an integer, got False"]


def test_a_union_holding_a_list_of_models_goes_back_to_json() -> None:
    body = {"rows": [], "cells": [_webhook()]}
    with warnings_logged() as messages:
        grid = _Grid.from_dict(body, OPERATION)
        assert [cell.name for cell in grid.cells] == ["hook"]
        grid.cells[0].name = "renamed"
        assert grid.to_dict() == {"rows": [], "cells": [_webhook(name="renamed")]}
    assert messages == []
    with warnings_logged() as messages:
        grid = _Grid.from_dict({"rows": [], "cells": [_webhook(), 5]}, OPERATION)
        assert isinstance(grid.cells[0], model_base.Model) and grid.cells[1] == 5
        grid.cells[0].name = "renamed"
        assert grid.to_dict() == {"rows": [], "cells": [_webhook(name="renamed"), 5]}
        assert _Grid.from_dict({"rows": [], "cells": 5}, OPERATION).cells == 5
    assert messages == [f"{OPERATION}: _Grid.cells at cells[1]: expected an object (Webhook), got 5"]


def test_a_map_entry_set_since_reads_as_json_among_the_other_keys() -> None:
    from realtimekit_client.models.layers import Layers
    from realtimekit_client.models.layers_value import LayersValue

    with warnings_logged() as messages:
        layers = Layers.from_dict({"mic": {"file_name_prefix": "a"}}, OPERATION)
        layers["screen"] = LayersValue.from_dict({"file_name_prefix": "b"})
        assert layers.additional_properties == {
            "mic": {"file_name_prefix": "a"},
            "screen": {"file_name_prefix": "b"},
        }
        assert isinstance(layers["mic"], LayersValue)
    assert messages == []
