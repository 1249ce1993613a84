"""The contract tests' own machinery: schema samples, argument building, Prism's verdicts, the process.

These prove the helpers on inputs the current spec lacks (query parameters, enums, dates,
required body fields, ``$ref``), so that the contract tests keep building valid requests when
the spec grows.
"""

from __future__ import annotations

import datetime
import enum
import select
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import HANG_GUARD_SECONDS, ROOT, committed_spec
from contract_spec import (
    HOSTILE_PATH_VALUE,
    Expected,
    Operation,
    Parameter,
    arguments,
    code_for,
    documented,
    expected_type,
    operations,
    prism_rejection,
    undocumented_code,
)
from mock_server import MockServer, MockServerUnavailable, prism_command
from schema_values import Schema, problems, sample, to_python

SPEC = committed_spec()
NO_SPEC: Schema = {}


# --- sample: a valid JSON value for any schema --------------------------------------------------

COMPONENTS: Schema = {
    "components": {
        "schemas": {
            "Hook": {
                "type": "object",
                "required": ["url", "events"],
                "properties": {
                    "url": {"type": "string", "format": "uri"},
                    "events": {
                        "type": "array",
                        "minItems": 2,
                        "uniqueItems": True,
                        "items": {"$ref": "#/components/schemas/Event"},
                    },
                },
            },
            "Event": {"type": "string", "enum": ["meeting.started", "meeting.ended"]},
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, "sample"),
        ({"type": ["string", "null"]}, "sample"),
        ({"type": "null"}, None),
        ({"type": "string", "enum": [None, "ASC", "DESC"]}, "ASC"),
        ({"type": "string", "format": "date-time"}, "2024-05-01T12:30:00Z"),
        ({"type": "string", "minLength": 8, "maxLength": 9}, "samplexx"),
        ({"type": "integer", "minimum": 10, "maximum": 20}, 10),
        ({"type": "integer", "exclusiveMaximum": 1}, 0),
        ({"type": "number", "minimum": 0, "multipleOf": 0.5}, 2.5),
        ({"type": "boolean"}, True),
        ({"const": "fixed"}, "fixed"),
        ({"type": "array", "items": {"type": "integer"}}, [2]),
        ({"type": "object"}, {}),
        ({"type": "object", "additionalProperties": {"type": "boolean"}}, {"key": True}),
        ({"properties": {"a": {"type": ["null", "integer"]}}}, {"a": 2}),
        ({"oneOf": [{"type": "null"}, {"type": "string"}]}, "sample"),
        (
            {
                "allOf": [
                    {"properties": {"a": {"type": "string"}}},
                    {"properties": {"b": {"type": "boolean"}}},
                ]
            },
            {"a": "sample", "b": True},
        ),
        (
            {"$ref": "#/components/schemas/Hook"},
            {"url": "https://example.com/hook", "events": ["meeting.started", "meeting.ended"]},
        ),
    ],
)
def test_sample_builds_the_expected_valid_value(schema: Schema, expected: Any) -> None:
    value = sample(schema, COMPONENTS)
    assert value == expected
    assert problems(value, schema, COMPONENTS) == []


LEAVES = st.one_of(
    st.sampled_from(["string", "integer", "number", "boolean"]).map(lambda kind: {"type": kind}),
    st.sampled_from(["date-time", "date", "email", "uri", "uuid"]).map(
        lambda f: {"type": "string", "format": f}
    ),
    st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=4, unique=True).map(lambda v: {"enum": v}),
    st.tuples(st.integers(-50, 50), st.integers(0, 20)).map(
        lambda bounds: {"type": "integer", "minimum": bounds[0], "maximum": bounds[0] + bounds[1]}
    ),
    st.integers(1, 30).map(lambda n: {"type": "string", "minLength": n}),
)


def _composite(children: st.SearchStrategy[Schema]) -> st.SearchStrategy[Schema]:
    objects = st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), children, max_size=4).flatmap(
        lambda properties: st.builds(
            lambda required: {"type": "object", "properties": properties, "required": required},
            st.lists(st.sampled_from(sorted(properties)), unique=True) if properties else st.just([]),
        )
    )
    arrays = st.builds(
        lambda items, low: {"type": "array", "items": items, "minItems": low}, children, st.integers(0, 3)
    )
    nullable = children.map(
        lambda s: {**s, "type": [s["type"], "null"]} if isinstance(s.get("type"), str) else s
    )
    return st.one_of(objects, arrays, nullable)


@settings(max_examples=150, deadline=None)
@given(st.recursive(LEAVES, _composite, max_leaves=12))
def test_sample_is_valid_for_any_schema(schema: Schema) -> None:
    assert problems(sample(schema, NO_SPEC), schema, NO_SPEC) == []


def test_problems_reports_what_breaks_the_schema() -> None:
    schema = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    assert problems({"name": 5}, schema, NO_SPEC) == ["name: 5 is not of type 'string'"]
    assert problems({}, schema, NO_SPEC) == ["(root): 'name' is a required property"]


# --- to_python: JSON to the generated client's argument types ----------------------------------


class Order(enum.Enum):
    ASC = "ASC"
    DESC = "DESC"


class Unset:
    """Stands for the generated ``Unset``."""


UNSET = Unset()


@attrs.define
class Model:
    name: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(name=data["name"])


@pytest.mark.parametrize(
    ("value", "annotation", "expected"),
    [
        ("ASC", Order | Unset, Order.ASC),
        (["DESC", "ASC"], list[Order] | Unset, [Order.DESC, Order.ASC]),
        (
            "2024-05-01T12:30:00Z",
            datetime.datetime | Unset,
            datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC),
        ),
        ("2024-05-01", datetime.date, datetime.date(2024, 5, 1)),
        (2, int | Unset, 2),
        (2, float | Unset, 2.0),
        (None, int | None | Unset, None),
        (True, bool | Unset, True),
        ({"name": "n"}, Model | Unset, Model("n")),
        ({"name": "n"}, Model | None | Unset, Model("n")),
        ([{"name": "n"}], list[Model], [Model("n")]),
        ({"free": 1}, Any, {"free": 1}),
    ],
)
def test_to_python_gives_the_annotated_type(value: Any, annotation: Any, expected: Any) -> None:
    assert to_python(value, annotation, Unset) == expected


@pytest.mark.parametrize(
    ("value", "annotation"),
    [(True, int), ("2", int), (2.5, int), ("UP", Order), (1, str), ("x", Model), (None, int | Unset)],
)
def test_to_python_refuses_a_value_of_another_type(value: Any, annotation: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        to_python(value, annotation, Unset)


# --- arguments: the spec's parameters mapped onto a generated signature -------------------------


def generated_like(
    meeting_id: str,
    *,
    client: Any,
    body: Model | Unset = UNSET,
    page_no: int | Unset = UNSET,
    sort_order: Order | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: list[Order] | Unset = UNSET,
    from_: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> None:
    """Shaped like a generated function once query parameters and a body are declared."""


def test_arguments_cover_query_header_path_and_body_with_typed_values() -> None:
    string: Schema = {"type": "string"}
    operation = Operation(
        operation_id="list_things",
        method="post",
        path="/m/{meeting-id}",
        tag="Things",
        parameters=(
            Parameter("meeting-id", "path", True, string),
            Parameter("page_no", "query", False, {"type": "integer", "minimum": 1}),
            Parameter("sort_order", "query", False, {"type": "string", "enum": ["DESC", "ASC"]}),
            Parameter("start_time", "query", False, {"type": "string", "format": "date-time"}),
            Parameter("status", "query", False, {"type": "array", "items": {"enum": ["ASC"]}}),
            Parameter("from", "query", True, string),
            Parameter("X-Trace-Id", "header", False, string),
        ),
        body_schema={"type": "object", "required": ["name"], "properties": {"name": string}},
        body_required=True,
        responses={},
    )
    assert arguments(operation, NO_SPEC, generated_like) == {
        "meeting_id": HOSTILE_PATH_VALUE,
        "page_no": 2,
        "sort_order": Order.DESC,
        "start_time": datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC),
        "status": [Order.ASC],
        "from_": "sample",
        "x_trace_id": "sample",
        "body": Model("sample"),
    }


def test_arguments_fail_clearly_when_the_function_lacks_a_parameter() -> None:
    operation = Operation("op", "get", "/", "T", (Parameter("absent", "query", False, {}),), None, False, {})
    with pytest.raises(AssertionError, match="no argument for query parameter 'absent'"):
        arguments(operation, NO_SPEC, generated_like)


# --- statuses and generated types ---------------------------------------------------------------


def operation_with(*statuses: str) -> Operation:
    return Operation("op", "get", "/", "T", (), None, False, {status: {} for status in statuses})


@pytest.mark.parametrize(
    ("statuses", "code", "expected"),
    [
        (("200", "4XX"), 200, "200"),
        (("200", "4XX"), 404, "4XX"),
        (("200", "404", "4XX"), 404, "404"),
        (("200", "default"), 522, "default"),
        (("200",), 201, None),
    ],
)
def test_documented_picks_exact_then_range_then_default(
    statuses: tuple[str, ...], code: int, expected: str | None
) -> None:
    assert documented(operation_with(*statuses), code) == expected


def test_codes_for_patterns_and_undocumented_codes() -> None:
    assert (code_for("404"), code_for("2XX"), code_for("5XX")) == (404, 202, 502)
    assert undocumented_code(operation_with("200", "4XX")) == 503
    assert undocumented_code(operation_with("200", "default")) is None


def test_expected_types_follow_the_generator_names() -> None:
    from realtimekit_client import models

    by_id = {op.operation_id: op for op in operations(SPEC)}
    add = by_id["add_a_webhook"]
    assert expected_type(add, "201", add.responses["201"] or {}, SPEC).model is models.WebhookResponse
    assert expected_type(add, "400", add.responses["400"] or {}, SPEC).model is models.ErrorResponse
    assert expected_type(add, "401", add.responses["401"] or {}, SPEC).model is models.UnauthorizedResponse
    update = by_id["update_a_meeting"]  # its 500 is documented with no shape: the JSON itself
    assert expected_type(update, "500", update.responses["500"] or {}, SPEC) == Expected()
    summary = by_id["generate_summary_of_transcripts_for_the_session"]
    schema = summary.responses["2XX"] or {}
    assert expected_type(summary, "2XX", schema, SPEC).model is models.SummaryJobResponse


# --- prism_rejection: Prism refusing a request, told apart from a documented answer -------------

PROBLEM = b'{"type":"https://stoplight.io/prism/errors#UNAUTHORIZED","title":"Invalid security scheme used"}'


@pytest.mark.parametrize(
    ("status", "headers", "content", "refused"),
    [
        (401, {"content-type": "application/problem+json"}, PROBLEM, True),
        (400, {"sl-violations": '[{"message":"Request body must be object"}]'}, b"null", True),
        (401, {"content-type": "application/json"}, b'{"message":"Unauthorized"}', False),
        (404, {"content-type": "application/problem+json"}, b'{"type":"about:blank"}', False),
        (500, {"content-type": "application/problem+json"}, b"<html>", False),
        (200, {}, b"{}", False),
    ],
)
def test_prism_rejection(status: int, headers: dict[str, str], content: bytes, refused: bool) -> None:
    assert (prism_rejection(status, headers, content) is not None) is refused


# --- the mock-server process ----------------------------------------------------------------------


def test_a_missing_node_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(MockServerUnavailable, match=r"Node\.js .*npm"):
        prism_command(ROOT, ROOT / "openapi.yaml", 4010, which=lambda name: None)


def test_a_missing_npm_install_says_to_run_npm_ci(tmp_path: Path) -> None:
    with pytest.raises(MockServerUnavailable, match="npm ci"):
        prism_command(tmp_path, ROOT / "openapi.yaml", 4010, which=lambda name: f"/usr/bin/{name}")


def test_the_command_runs_prism_from_node_modules_on_loopback() -> None:
    command = prism_command(ROOT, ROOT / "openapi.yaml", 4321, which=lambda name: f"/usr/bin/{name}")
    assert command[:3] == ["/usr/bin/node", str(ROOT / "node_modules/.bin/prism"), "mock"]
    assert command[command.index("--host") + 1 : command.index("--host") + 4] == [
        "127.0.0.1",
        "--port",
        "4321",
    ]


def test_a_spec_prism_cannot_serve_gives_a_clear_error_with_its_log(tmp_path: Path) -> None:
    spec = tmp_path / "empty.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    server = MockServer(ROOT, spec, log=tmp_path / "prism.log")
    with pytest.raises(MockServerUnavailable, match=r"(?s)exited.*No operations found"):
        server.start()
    assert server.process is None


def living_members(group: int) -> list[int]:
    """Process ids of the live (not zombie) processes of process group ``group``, from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_stop_ends_the_whole_process_group(tmp_path: Path) -> None:
    """No clock decides: the shell says when its background member exists, and the end of its
    stdout (which every member holds) says when all of them have exited."""
    server = MockServer(ROOT, ROOT / "openapi.yaml", log=tmp_path / "log")
    script = "sleep 100000 & echo started; exec sleep 100000"
    process = subprocess.Popen(["sh", "-c", script], start_new_session=True, stdout=subprocess.PIPE)
    server.process = process
    group = process.pid
    assert process.stdout is not None
    assert process.stdout.readline() == b"started\n"  # the background sleep is forked by now
    assert len(living_members(group)) >= 2
    server.stop(grace=5)
    server.stop()  # idempotent
    # A hang guard only (the members would otherwise live for a day), not a race: a member that
    # survived stop() keeps the pipe open; one that is exiting has closed it.
    readable, _, _ = select.select([process.stdout], [], [], HANG_GUARD_SECONDS)
    assert readable and process.stdout.read() == b"", "a member of the group survived stop()"
    assert process.returncode == -signal.SIGTERM
    while living_members(group):  # members past their pipe's close are exiting: this ends
        time.sleep(0.01)


def test_the_session_mock_answers_on_loopback(mock_server: MockServer) -> None:
    assert mock_server.base_url.startswith("http://127.0.0.1:")
    assert mock_server.process is not None and mock_server.process.poll() is None
