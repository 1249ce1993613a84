"""The declared bodies and query parameters are types mypy checks in code that uses the client.

Small programs are written at test time and checked by one ``mypy --strict`` run with the
committed ``generated_client`` on MYPYPATH: the wrong ones must fail with the expected message,
the right ones must pass. (mypy's cache is the test process's: conftest.shared_cache.)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, shared_cache

PRELUDE = """\
import datetime

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.meetings import add_a_participant, create_a_meeting, fetch_all_meetings_for_an_app
from realtimekit_client.api.recordings import fetch_all_recordings_for_an_app
from realtimekit_client.models import (
    AiConfigParams,
    MeetingParams,
    ParticipantParams,
    TranscriptionParams,
)

client = AuthenticatedClient(base_url="http://127.0.0.1:1", token="t")
"""

WRONG = {
    "participant_without_preset_name": (
        'add_a_participant.sync("a", "b", "m", client=client,\n'
        '    body=ParticipantParams(custom_participant_id="x"))',
        'Missing named argument "preset_name" for "ParticipantParams"',
    ),
    "participant_without_body": (
        'add_a_participant.sync("a", "b", "m", client=client)',
        'Missing named argument "body"',
    ),
    "status_with_a_typo": (
        'fetch_all_meetings_for_an_app.sync("a", "b", client=client, status="ACTIV")',
        'Argument "status" to "sync" has incompatible type "Literal[\'ACTIV\']"',
    ),
    "nested_enum_with_a_typo": (
        'create_a_meeting.sync("a", "b", client=client, body=MeetingParams(\n'
        '    ai_config=AiConfigParams(transcription=TranscriptionParams(language="en-UK"))))',
        'Argument "language" to "TranscriptionParams" has incompatible type "Literal[\'en-UK\']"',
    ),
    "nested_field_unknown": (
        'create_a_meeting.sync("a", "b", client=client, body=MeetingParams(\n'
        "    ai_config=AiConfigParams(transcripton=TranscriptionParams())))",
        'Unexpected keyword argument "transcripton" for "AiConfigParams"',
    ),
    "start_time_as_a_string": (
        'fetch_all_meetings_for_an_app.sync("a", "b", client=client, start_time="2024-01-01")',
        'Argument "start_time" to "sync" has incompatible type "str"',
    ),
    "unknown_body_field": (
        'create_a_meeting.sync("a", "b", client=client, body=MeetingParams(titel="x"))',
        'Unexpected keyword argument "titel" for "MeetingParams"',
    ),
    "title_of_the_wrong_type": (
        'create_a_meeting.sync("a", "b", client=client, body=MeetingParams(title=3))',
        'Argument "title" to "MeetingParams" has incompatible type "int"',
    ),
}

RIGHT = {
    "participant_with_preset_name": (
        "add_a_participant.sync(\n"
        '    "a", "b", "m", client=client,\n'
        '    body=ParticipantParams(custom_participant_id="x", preset_name="host", name=None),\n'
        ")"
    ),
    "meeting_with_nullable_title_and_query": (
        "create_a_meeting.sync(\n"
        '    "a", "b", client=client, body=MeetingParams(title=None, record_on_start=True,\n'
        '    ai_config=AiConfigParams(transcription=TranscriptionParams(language="en-IN")))\n'
        ")\n"
        "fetch_all_meetings_for_an_app.sync(\n"
        '    "a", "b", client=client, status="ACTIVE", page_no=2,\n'
        "    start_time=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),\n"
        ")\n"
        "fetch_all_recordings_for_an_app.sync(\n"
        '    "a", "b", client=client, status=["UPLOADED", "ERRORED"],\n'
        ")"
    ),
}


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Program name -> the error lines mypy printed for it."""
    folder = tmp_path_factory.mktemp("typing")
    programs = {name: code for name, (code, _) in WRONG.items()} | RIGHT
    for name, code in programs.items():
        (folder / f"{name}.py").write_text(PRELUDE + code + "\n")
    env = dict(os.environ, MYPYPATH=str(ROOT / "generated_client"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(shared_cache("mypy-generated-client-typing")),
            *sorted(f"{name}.py" for name in programs),
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors: dict[str, list[str]] = {name: [] for name in programs}
    for line in result.stdout.splitlines():
        match = re.match(r"(\w+)\.py:\d+: (error|note): (.*)", line)
        assert match, f"unexpected mypy output: {line}"
        if match[2] == "error":
            errors[match[1]].append(match[3])
    return errors


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_call_is_a_mypy_error(mypy_errors: dict[str, list[str]], name: str) -> None:
    expected = WRONG[name][1]
    assert any(expected in error for error in mypy_errors[name]), mypy_errors[name]


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_right_call_passes_mypy_strict(mypy_errors: dict[str, list[str]], name: str) -> None:
    assert mypy_errors[name] == []
