"""The issue's Done-when program, written with the facade (tests/test_facade_program.py runs it
against the mock server and checks it with mypy --strict --disallow-any-expr)."""

from __future__ import annotations

from dataclasses import dataclass

from realtimekit_client import RealtimeKit


@dataclass
class Outcome:
    meeting_id: str
    participant_ids: list[str]
    listed: int
    meetings: int
    session_id: str
    transcript_url: str
    deleted: str


def run(base_url: str, token: str) -> Outcome:
    with RealtimeKit(account_id="acc-1", app_id="app-1", token=token, base_url=base_url) as rtk:
        meeting = rtk.meetings.create(title="Weekly sync", record_on_start=False)
        host = rtk.meetings.participants.create(
            meeting.id, custom_participant_id="user-1", preset_name="group_call_host", name="Ada"
        )
        guest = rtk.meetings.participants.create(
            meeting.id, custom_participant_id="user-2", preset_name="group_call_participant", name="Grace"
        )
        listed = list(rtk.meetings.participants.list(meeting.id, per_page=10))
        meetings = sum(1 for _ in rtk.meetings.list(per_page=20))
        session = rtk.sessions.get("session-1")
        transcript = rtk.sessions.transcript.get(session.id)
        deleted = rtk.meetings.participants.delete(meeting.id, guest.id)
        return Outcome(
            meeting_id=meeting.id,
            participant_ids=[host.id, guest.id],
            listed=len(listed),
            meetings=meetings,
            session_id=session.id,
            transcript_url=transcript.transcript_download_url,
            deleted=deleted.custom_participant_id,
        )
