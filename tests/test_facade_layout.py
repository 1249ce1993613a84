"""The facade's layout: ``facade.py`` holds the clients, ``resources/<resource>.py`` one module
per top-level resource with its public classes, imported on first use, so importing the facade
costs the same whatever the number of operations."""

from __future__ import annotations

import json
import subprocess
import sys

from realtimekit_client import RealtimeKit
from realtimekit_client.facade import OPERATIONS

from conftest import ROOT

PACKAGE = ROOT / "generated_client" / "realtimekit_client"


def _loaded_after(code: str) -> list[str]:
    """The package's modules (facade, resources, operations, OPERATIONS) a fresh process holds
    after ``code``."""
    program = (
        f"{code}\nimport json, sys\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('realtimekit_client.') and "
        "m.split('.')[1] in ('facade', 'facade_operations', 'resources', 'api'))))"
    )
    run = subprocess.run(
        [sys.executable, "-c", program],
        env={"PYTHONPATH": str(ROOT / "generated_client"), "CLOUDFLARE_API_TOKEN": "t"},
        capture_output=True,
        text=True,
        check=True,
    )
    loaded: list[str] = json.loads(run.stdout)
    return loaded


def test_importing_the_facade_imports_no_resource_no_operation_and_no_table() -> None:
    assert _loaded_after("from realtimekit_client import RealtimeKit, AsyncRealtimeKit") == [
        "realtimekit_client.facade"
    ]


def test_a_resource_imports_its_own_module_only() -> None:
    code = "from realtimekit_client import RealtimeKit\nRealtimeKit(account_id='a', app_id='b').webhooks"
    assert _loaded_after(code) == [
        "realtimekit_client.facade",
        "realtimekit_client.resources",
        "realtimekit_client.resources.webhooks",
    ]
    code = "from realtimekit_client.facade import OPERATIONS"
    assert _loaded_after(code) == ["realtimekit_client.facade", "realtimekit_client.facade_operations"]


def test_facade_py_names_no_operation() -> None:
    """What grows with the API (methods, their models, the table) is outside ``facade.py``."""
    source = (PACKAGE / "facade.py").read_text(encoding="utf-8")
    assert "def create(" not in source and "def list(" not in source
    assert not [op_id for op_id in OPERATIONS.values() if op_id in source]
    assert "from .models" not in source


def test_one_module_per_top_level_resource_with_its_public_classes() -> None:
    tops = sorted({dotted.split(".")[0] for dotted in OPERATIONS if dotted.count(".") >= 1})
    modules = sorted(p.stem for p in (PACKAGE / "resources").glob("*.py") if p.stem != "__init__")
    assert modules == tops
    from realtimekit_client.resources.meetings import (
        AsyncMeetingParticipantsResource,
        AsyncMeetingsResourceWithRawResponse,
        MeetingActiveSessionResource,
        MeetingParticipantsResource,
        MeetingsResource,
        MeetingsResourceWithRawResponse,
    )
    from realtimekit_client.resources.sessions import SessionParticipantsResource

    rtk = RealtimeKit(account_id="acc", app_id="app", token="t")
    assert isinstance(rtk.meetings, MeetingsResource)
    assert rtk.meetings is rtk.meetings  # made once per client
    assert isinstance(rtk.meetings.participants, MeetingParticipantsResource)
    assert isinstance(rtk.meetings.active_session, MeetingActiveSessionResource)
    assert isinstance(rtk.sessions.participants, SessionParticipantsResource)
    assert isinstance(rtk.with_raw_response.meetings, MeetingsResourceWithRawResponse)
    assert AsyncMeetingParticipantsResource.__module__ == "realtimekit_client.resources.meetings"
    assert AsyncMeetingsResourceWithRawResponse.__name__ == "AsyncMeetingsResourceWithRawResponse"
