from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.meeting_info_status import MeetingInfoStatus, check_meeting_info_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_config import AiConfig
    from ..models.recording_config import RecordingConfig


_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[datetime.datetime] = _rt.DATETIME
_c_2: _rt.Codec[datetime.datetime] = _rt.DATETIME
_c_3: _rt.Codec[AiConfig | None] = _rt.nullable(_rt.model("ai_config", "AiConfig"))
_c_4: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_5: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_6: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_7: _rt.Codec[RecordingConfig | None] = _rt.nullable(_rt.model("recording_config", "RecordingConfig"))
_c_8: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_9: _rt.Codec[MeetingInfoStatus | None] = _rt.nullable(_rt.checked(check_meeting_info_status, "ACTIVE, INACTIVE"))
_c_10: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_11: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_12: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class Meeting(_rt.Model):
    """Data returned by the operation

    Attributes:
        id (str): Promised by the API. ID of the meeting.
        created_at (datetime.datetime): Promised by the API. Timestamp the object was created at. The time is returned in ISO format.
        updated_at (datetime.datetime): Promised by the API. Timestamp the object was updated at. The time is returned in ISO format.
        ai_config (AiConfig | None): The AI Config allows you to customize the behavior of meeting transcriptions and
            summaries
        live_stream_on_start (bool | None): Specifies if the meeting should start getting livestreamed on start.
        persist_chat (bool | None): Specifies if Chat within a meeting should persist for a week.
        record_on_start (bool | None): Specifies if the meeting should start getting recorded as soon as someone joins
            the meeting.
        recording_config (RecordingConfig | None): Recording Configurations to be used for this meeting.

            This level of configs takes higher preference over App level configs on the
            RealtimeKit developer portal.
        session_keep_alive_time_in_secs (float | None): Time in seconds, for which a session remains active, after the last participant
            has left the meeting.
        status (MeetingInfoStatus | None): Whether the meeting is `ACTIVE` or `INACTIVE`.

            Users will not be able to join an `INACTIVE` meeting.
        summarize_on_end (bool | None): Automatically generate summary of meetings using transcripts.

            Requires Transcriptions to be enabled, and can be retrieved via Webhooks or
            summary API.
        title (str | None): Title of the meeting.
        transcribe_on_end (bool | None): Automatically generate transcripts when the meeting ends.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "created_at": (_c_1, True),
        "updated_at": (_c_2, True),
        "ai_config": (_c_3, False),
        "live_stream_on_start": (_c_4, False),
        "persist_chat": (_c_5, False),
        "record_on_start": (_c_6, False),
        "recording_config": (_c_7, False),
        "session_keep_alive_time_in_secs": (_c_8, False),
        "status": (_c_9, False),
        "summarize_on_end": (_c_10, False),
        "title": (_c_11, False),
        "transcribe_on_end": (_c_12, False),
    }
    _required = frozenset(
        {
            "id",
            "created_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        ai_config: AiConfig | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | None | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        recording_config: RecordingConfig | None | Unset = UNSET,
        session_keep_alive_time_in_secs: float | None | Unset = UNSET,
        status: MeetingInfoStatus | None | Unset = UNSET,
        summarize_on_end: bool | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        transcribe_on_end: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("created_at", created_at)
        self._write("updated_at", updated_at)
        if not isinstance(ai_config, Unset):
            self._write("ai_config", ai_config)
        if not isinstance(live_stream_on_start, Unset):
            self._write("live_stream_on_start", live_stream_on_start)
        if not isinstance(persist_chat, Unset):
            self._write("persist_chat", persist_chat)
        if not isinstance(record_on_start, Unset):
            self._write("record_on_start", record_on_start)
        if not isinstance(recording_config, Unset):
            self._write("recording_config", recording_config)
        if not isinstance(session_keep_alive_time_in_secs, Unset):
            self._write("session_keep_alive_time_in_secs", session_keep_alive_time_in_secs)
        if not isinstance(status, Unset):
            self._write("status", status)
        if not isinstance(summarize_on_end, Unset):
            self._write("summarize_on_end", summarize_on_end)
        if not isinstance(title, Unset):
            self._write("title", title)
        if not isinstance(transcribe_on_end, Unset):
            self._write("transcribe_on_end", transcribe_on_end)

    @property
    def id(self) -> str:
        """ID of the meeting."""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> datetime.datetime:
        """Timestamp the object was created at. The time is returned in ISO format."""

        return self._req("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: datetime.datetime) -> None:
        self._write("created_at", value)

    @property
    def updated_at(self) -> datetime.datetime:
        """Timestamp the object was updated at. The time is returned in ISO format."""

        return self._req("updated_at", _c_2)

    @updated_at.setter
    def updated_at(self, value: datetime.datetime) -> None:
        self._write("updated_at", value)

    @property
    def ai_config(self) -> AiConfig | None:
        """The AI Config allows you to customize the behavior of meeting transcriptions and
        summaries"""

        return self._opt("ai_config", _c_3)

    @ai_config.setter
    def ai_config(self, value: AiConfig | None) -> None:
        self._write("ai_config", value)

    @property
    def live_stream_on_start(self) -> bool | None:
        """Specifies if the meeting should start getting livestreamed on start."""

        return self._opt("live_stream_on_start", _c_4)

    @live_stream_on_start.setter
    def live_stream_on_start(self, value: bool | None) -> None:
        self._write("live_stream_on_start", value)

    @property
    def persist_chat(self) -> bool | None:
        """Specifies if Chat within a meeting should persist for a week."""

        return self._opt("persist_chat", _c_5)

    @persist_chat.setter
    def persist_chat(self, value: bool | None) -> None:
        self._write("persist_chat", value)

    @property
    def record_on_start(self) -> bool | None:
        """Specifies if the meeting should start getting recorded as soon as someone joins
        the meeting."""

        return self._opt("record_on_start", _c_6)

    @record_on_start.setter
    def record_on_start(self, value: bool | None) -> None:
        self._write("record_on_start", value)

    @property
    def recording_config(self) -> RecordingConfig | None:
        """Recording Configurations to be used for this meeting.

        This level of configs takes higher preference over App level configs on the
        RealtimeKit developer portal."""

        return self._opt("recording_config", _c_7)

    @recording_config.setter
    def recording_config(self, value: RecordingConfig | None) -> None:
        self._write("recording_config", value)

    @property
    def session_keep_alive_time_in_secs(self) -> float | None:
        """Time in seconds, for which a session remains active, after the last participant
        has left the meeting."""

        return self._opt("session_keep_alive_time_in_secs", _c_8)

    @session_keep_alive_time_in_secs.setter
    def session_keep_alive_time_in_secs(self, value: float | None) -> None:
        self._write("session_keep_alive_time_in_secs", value)

    @property
    def status(self) -> MeetingInfoStatus | None:
        """Whether the meeting is `ACTIVE` or `INACTIVE`.

        Users will not be able to join an `INACTIVE` meeting."""

        return self._opt("status", _c_9)

    @status.setter
    def status(self, value: MeetingInfoStatus | None) -> None:
        self._write("status", value)

    @property
    def summarize_on_end(self) -> bool | None:
        """Automatically generate summary of meetings using transcripts.

        Requires Transcriptions to be enabled, and can be retrieved via Webhooks or
        summary API."""

        return self._opt("summarize_on_end", _c_10)

    @summarize_on_end.setter
    def summarize_on_end(self, value: bool | None) -> None:
        self._write("summarize_on_end", value)

    @property
    def title(self) -> str | None:
        """Title of the meeting."""

        return self._opt("title", _c_11)

    @title.setter
    def title(self, value: str | None) -> None:
        self._write("title", value)

    @property
    def transcribe_on_end(self) -> bool | None:
        """Automatically generate transcripts when the meeting ends."""

        return self._opt("transcribe_on_end", _c_12)

    @transcribe_on_end.setter
    def transcribe_on_end(self, value: bool | None) -> None:
        self._write("transcribe_on_end", value)
