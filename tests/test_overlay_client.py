"""What the declared bodies and query parameters put on the wire (in-process, with respx)."""

from __future__ import annotations

import datetime
import json
import re

import httpx
import pytest
import respx
from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.recordings import fetch_all_recordings_for_an_app

from conftest import ROOT

BASE = "https://api.cloudflare.com/client/v4/accounts/ACCOUNT/realtime/kit/APP"


def readme_example() -> str:
    """The python block of docs/using-the-client.md that adds a participant."""
    guide = (ROOT / "docs" / "using-the-client.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, re.S)
    (block,) = [b for b in blocks if "ParticipantParams(" in b]
    return str(block)


def test_the_guide_example_sends_the_typed_bodies_and_query(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "YOUR_API_TOKEN")  # the example's client reads both
    monkeypatch.delenv("CLOUDFLARE_BASE_URL", raising=False)
    with respx.mock(assert_all_called=True) as mock:
        meetings = mock.post(f"{BASE}/meetings").respond(201, json={"success": True, "data": {"id": "m1"}})
        participants = mock.post(f"{BASE}/meetings/m1/participants").respond(
            201, json={"success": True, "data": {"id": "p1"}}
        )
        listing = mock.get(f"{BASE}/meetings").respond(200, json={"success": True, "data": []})
        exec(compile(readme_example(), "docs/using-the-client.md", "exec"), {"print": lambda *_: None})
    assert json.loads(meetings.calls.last.request.content) == {
        "title": "Weekly sync",
        "record_on_start": False,
    }
    assert json.loads(participants.calls.last.request.content) == {
        "custom_participant_id": "user-42",
        "preset_name": "group_call_host",
        "name": "Ada",
    }
    request: httpx.Request = listing.calls.last.request
    assert sorted(request.url.params.multi_items()) == [("per_page", "20"), ("status", "ACTIVE")]
    assert request.headers["Authorization"] == "Bearer YOUR_API_TOKEN"


def test_query_arrays_go_as_repeated_keys_and_date_times_as_iso_8601() -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.get(f"{BASE}/recordings").respond(200, json={"success": True, "data": []})
        client = AuthenticatedClient(base_url="https://api.cloudflare.com/client/v4", token="t")
        fetch_all_recordings_for_an_app.sync(
            account_id="ACCOUNT",
            app_id="APP",
            client=client,
            status=["UPLOADED", "ERRORED"],
            start_time=datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC),
            expired=False,
        )
    assert route.calls.last.request.url.params.multi_items() == [
        ("expired", "false"),
        ("start_time", "2024-05-01T12:30:00+00:00"),
        ("status", "UPLOADED"),
        ("status", "ERRORED"),
    ]
