from enum import StrEnum


class EditAWebhookBodyEventsItem(StrEnum):
    LIVESTREAMING_STATUSUPDATE = "livestreaming.statusUpdate"
    MEETING_CHATSYNCED = "meeting.chatSynced"
    MEETING_ENDED = "meeting.ended"
    MEETING_PARTICIPANTJOINED = "meeting.participantJoined"
    MEETING_PARTICIPANTLEFT = "meeting.participantLeft"
    MEETING_STARTED = "meeting.started"
    MEETING_SUMMARY = "meeting.summary"
    MEETING_TRANSCRIPT = "meeting.transcript"
    RECORDING_STATUSUPDATE = "recording.statusUpdate"

    def __str__(self) -> str:
        return str(self.value)
