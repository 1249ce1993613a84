"""The facade's layout: ``facade.py`` holds the clients, ``resources/<resource>.py`` one module
per top-level resource with its public classes, imported on first use, so importing the facade
costs the same whatever the number of operations."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from realtimekit_client import RealtimeKit
from realtimekit_client.facade import OPERATIONS

from conftest import ROOT, committed_spec
from rtkgen.facade import facade_source, rendering

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


def test_an_operation_named_at_the_root_is_a_method_of_the_clients() -> None:
    """``x-facade-name: ping`` (no resource) puts the method on the clients, in ``facade.py``."""
    document = committed_spec()
    changed = copy.deepcopy(document)
    for item in changed["paths"].values():
        if item.get("get", {}).get("operationId") == "fetch_all_webhooks_details":
            item["get"]["x-facade-name"] = "ping"
    files, _ = facade_source(changed, PACKAGE)
    compile(files["facade.py"], "facade.py", "exec")  # valid Python
    assert files["facade.py"].count("def ping(") == 4  # the clients and their raw twins
    assert files["facade.py"].count("async def ping(") == 2  # AsyncRealtimeKit and its raw twin
    assert '"ping": "fetch_all_webhooks_details"' in files["facade_operations.py"]
    assert "def list(" not in files["resources/webhooks.py"].split("class AsyncWebhooksResource")[0]


def test_a_resource_class_named_like_a_model_it_uses_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a resource's class name be a model its methods return (``Webhook``), the module
    would mean two things by one name: the generation stops and says so."""
    document = committed_spec()
    from rtkgen.facade.naming import flavoured as original

    def clashing(stem: str) -> tuple[str, str, str, str]:
        names = original(stem)
        return ("Webhook", *names[1:]) if stem == "Webhooks" else names

    monkeypatch.setattr(rendering, "flavoured", clashing)
    with pytest.raises(ValueError, match=r"resources/webhooks\.py: Webhook is a class and a type it uses"):
        facade_source(document, PACKAGE)


def test_the_facade_templates_do_not_decide_the_shards(tmp_path: Path) -> None:
    """Editing a facade template regenerates the facade, not every shard of a large client (the
    facade is written after the shards are merged); a runtime module is part of every shard."""
    from rtkgen.generator.sharded_generation import fingerprint

    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("__pycache__"))
    config = ROOT / "generator-config.yaml"
    before = fingerprint(config, templates, "0.29.1")
    (templates / "facade" / "macros.py.jinja").write_text("{# edited #}\n", encoding="utf-8")
    assert fingerprint(config, templates, "0.29.1") == before
    (templates / "runtime" / "types.py").write_text("# edited\n", encoding="utf-8")
    assert fingerprint(config, templates, "0.29.1") != before


ANNOTATED = """from realtimekit_client import AsyncRealtimeKit, RealtimeKit
from realtimekit_client.models.meeting import Meeting
from realtimekit_client.resources.meetings import (
    AsyncMeetingsResource,
    MeetingParticipantsResource,
    MeetingsResource,
    MeetingsResourceWithRawResponse,
)
from realtimekit_client.resources.sessions import SessionParticipantsResource


def participants(meetings: MeetingsResource) -> MeetingParticipantsResource:
    return meetings.participants


def create(meetings: MeetingsResource) -> Meeting:
    return meetings.create(title="x")


rtk = RealtimeKit(account_id="a", app_id="b")
ok: MeetingParticipantsResource = participants(rtk.meetings)
raw: MeetingsResourceWithRawResponse = rtk.with_raw_response.meetings
async_meetings: AsyncMeetingsResource = AsyncRealtimeKit(account_id="a", app_id="b").meetings
wrong: SessionParticipantsResource = rtk.meetings.participants  # error
"""


def test_the_resource_classes_type_check_as_annotations(tmp_path: Path) -> None:
    from typecheck import run_mypy

    (tmp_path / "annotated.py").write_text(ANNOTATED, encoding="utf-8")
    run = run_mypy([tmp_path / "annotated.py"], "[mypy]\nstrict = True\n", tmp_path, "--no-error-summary")
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    lines = ANNOTATED.splitlines()
    assert [lines[int(line.split(":")[1]) - 1] for line in errors] == [lines[-1]], run.stdout
