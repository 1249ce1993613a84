from typing import Literal

WebhookEvent = Literal[
    "livestreaming.statusUpdate",
    "meeting.chatSynced",
    "meeting.ended",
    "meeting.participantJoined",
    "meeting.participantLeft",
    "meeting.started",
    "meeting.summary",
    "meeting.transcript",
    "recording.statusUpdate",
]

WEBHOOK_EVENT_VALUES: set[WebhookEvent] = {
    "livestreaming.statusUpdate",
    "meeting.chatSynced",
    "meeting.ended",
    "meeting.participantJoined",
    "meeting.participantLeft",
    "meeting.started",
    "meeting.summary",
    "meeting.transcript",
    "recording.statusUpdate",
}


def check_webhook_event(value: str) -> WebhookEvent:
    if value in WEBHOOK_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_VALUES!r}")
