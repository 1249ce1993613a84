"""What the corrected reference (shapes/realtimekit-reference.json, 2026-12-06) gives users, end
to end: a meeting's ``title``, a preset's colour scales under their wire names, and the two
operations the docs lack (added by the overlay), each through the facade against the mock server
(Prism serving openapi.yaml, which refuses a request the spec forbids) and under mypy.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, RealtimeKit
from realtimekit_client.models import (
    Background,
    BackgroundParams,
    Brand,
    BrandParams,
    Colors,
    LivestreamDayAnalytics,
    Preset,
    PresetParams,
)

from conftest import committed_spec
from mock_server import MockServer
from schema_values import sample
from typecheck import run_mypy

SPEC: dict[str, Any] = committed_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PRESETS = "/accounts/{account_id}/realtime/kit/{app_id}/presets"
BRAND = {"300": "#EDF3FF", "400": "#B7CFFF", "500": "#2160FD", "600": "#1A4DCA", "700": "#143A97"}
BACKGROUND = {"600": "#222222", "700": "#1F1F1F", "800": "#1B1B1B", "900": "#181818", "1000": "#141414"}


@pytest.fixture
def sent() -> list[httpx.Request]:
    """The requests the facade sent (seen by an httpx event hook)."""
    return []


@pytest.fixture
def rtk(mock_server: MockServer, sent: list[httpx.Request]) -> Iterator[RealtimeKit]:
    client = AuthenticatedClient(
        base_url=mock_server.base_url,
        token="t",
        max_retries=0,
        httpx_args={"event_hooks": {"request": [sent.append]}},
    )
    with RealtimeKit(account_id="acc", app_id="app", client=client) as facade:
        yield facade


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


# --- a meeting's title -------------------------------------------------------------------------


@pytest.mark.parametrize("model", ["Meeting", "MeetingInfo"])
def test_a_meeting_has_a_nullable_string_title(model: str) -> None:
    assert SCHEMAS[model]["properties"]["title"]["type"] == ["string", "null"]


def test_a_meeting_title_is_sent_and_read_back_through_the_mock(
    rtk: RealtimeKit, sent: list[httpx.Request]
) -> None:
    """The title goes out in the body; the mock's answer (a Meeting of the spec) has one, read as a str."""
    meeting = rtk.meetings.create(title="Weekly sync")
    assert body_of(sent[-1]) == {"title": "Weekly sync"}
    assert isinstance(meeting.title, str) and meeting.title == meeting.to_dict()["title"]
    assert rtk.meetings.get(meeting.id).title == meeting.title
    assert all(isinstance(info.title, str) for info in rtk.meetings.list().page(1))


def test_the_title_the_api_returns_is_the_title_read() -> None:
    """A body holding the title sent (the mock answers a fixed one): ``create(title=...).title``."""

    def echo(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        data = {"id": "m-1", "created_at": "2026-12-06T09:00:00Z", "updated_at": "2026-12-06T09:00:00Z"}
        return httpx.Response(201, json={"success": True, "data": {**data, "title": sent["title"]}})

    client = AuthenticatedClient(
        base_url="https://api.test", token="t", httpx_args={"transport": httpx.MockTransport(echo)}
    )
    with RealtimeKit(account_id="acc", app_id="app", client=client) as facade:
        assert facade.meetings.create(title="x").title == "x"


TITLE_PROGRAM = """
from typing import assert_type
from realtimekit_client import RealtimeKit
rtk = RealtimeKit(account_id="a", app_id="b")
assert_type(rtk.meetings.create(title="x").title, str | None)
assert_type(rtk.meetings.get("m").title, str | None)
assert_type([m.title for m in rtk.meetings.list()], list[str | None])
title: str = rtk.meetings.create(title="x").title  # NOT-STR
"""


def test_mypy_types_the_title_str_or_none(tmp_path: Path) -> None:
    (tmp_path / "title_program.py").write_text(TITLE_PROGRAM)
    run = run_mypy([tmp_path / "title_program.py"], "[mypy]\nstrict = True\n", tmp_path)
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, run.stdout + run.stderr  # only the line that forgets the None
    assert ":8: error: Incompatible types in assignment" in errors[0]
    assert '"str | None"' in errors[0]


# --- a preset's colour scales ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "keys"),
    [
        ("Brand", set(BRAND)),
        ("BrandParams", set(BRAND)),
        ("Background", set(BACKGROUND)),
        ("BackgroundParams", set(BACKGROUND)),
    ],
)
def test_the_spec_names_the_colour_scales_as_the_api_does(model: str, keys: set[str]) -> None:
    assert set(SCHEMAS[model]["properties"]) == keys


@pytest.mark.parametrize(
    ("model", "wire"),
    [(Brand, BRAND), (BrandParams, BRAND), (Background, BACKGROUND), (BackgroundParams, BACKGROUND)],
)
def test_the_models_send_the_colour_scales_under_their_wire_names(model: Any, wire: dict[str, str]) -> None:
    """Python names ``field_300`` .. (a name cannot start with a digit), wire names ``"300"`` .."""
    built = model(**{f"field_{key}": value for key, value in wire.items()})
    assert built.to_dict() == wire
    read = model.from_dict(wire)
    assert {key: getattr(read, f"field_{key}") for key in wire} == wire


def preset_body() -> dict[str, Any]:
    """A create-preset body valid against the spec, colour scales as the vendor's SDK sends them."""
    body: dict[str, Any] = sample({"$ref": "#/components/schemas/PresetParams"}, SPEC)
    colors = body["ui"]["design_tokens"]["colors"]
    colors["brand"], colors["background"] = dict(BRAND), dict(BACKGROUND)
    return body


def test_the_mock_takes_a_create_preset_request_as_real_clients_send_it(mock_server: MockServer) -> None:
    """The request the vendor's SDK sends (``"300"``..) is accepted; the old file's names are refused."""
    url = mock_server.base_url + PRESETS.format(account_id="acc", app_id="app")
    headers = {"Authorization": "Bearer t"}
    accepted = httpx.post(url, json=preset_body(), headers=headers)
    assert accepted.status_code == 200, accepted.text
    old = copy.deepcopy(preset_body())
    colors = old["ui"]["design_tokens"]["colors"]
    for scale in ("brand", "background"):
        colors[scale] = {f"_{key}": value for key, value in colors[scale].items()}
    refused = httpx.post(url, json=old, headers=headers)
    assert refused.status_code == 422, refused.text
    assert "design_tokens" in refused.text


def test_the_facade_creates_a_preset_with_colour_scales(rtk: RealtimeKit, sent: list[httpx.Request]) -> None:
    params = PresetParams.from_dict(preset_body())
    params.ui.design_tokens.colors = Colors.from_dict(
        {**params.ui.design_tokens.colors.to_dict(), "brand": BRAND, "background": BACKGROUND}
    )
    preset = rtk.presets.create(
        name=params.name, config=params.config, permissions=params.permissions, ui=params.ui
    )
    assert isinstance(preset, Preset) and preset.id
    colors = body_of(sent[-1])["ui"]["design_tokens"]["colors"]
    assert (colors["brand"], colors["background"]) == (BRAND, BACKGROUND)


# --- the operations the docs lack ----------------------------------------------------------------


def test_presets_replace_puts_a_whole_preset(rtk: RealtimeKit, sent: list[httpx.Request]) -> None:
    params = PresetParams.from_dict(preset_body())
    preset = rtk.presets.replace(
        "preset-1", name=params.name, config=params.config, permissions=params.permissions, ui=params.ui
    )
    assert isinstance(preset, Preset) and preset.id
    request = sent[-1]
    assert (request.method, request.url.path) == ("PUT", "/accounts/acc/realtime/kit/app/presets/preset-1")
    assert body_of(request) == preset_body()


def test_analytics_livestreams_daywise_lists_the_days(rtk: RealtimeKit, sent: list[httpx.Request]) -> None:
    days = rtk.analytics.livestreams.daywise.list(start_time=1764979200, end_time=1765065600)
    assert days and all(isinstance(day, LivestreamDayAnalytics) for day in days)
    assert all(isinstance(day.count, int) and isinstance(day.date_, str) for day in days)
    request = sent[-1]
    assert (request.method, request.url.path) == (
        "GET",
        "/accounts/acc/realtime/kit/app/analytics/livestreams/daywise",
    )
    assert dict(request.url.params) == {"start_time": "1764979200", "end_time": "1765065600"}
