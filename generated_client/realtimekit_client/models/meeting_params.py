from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_config_params import AiConfigParams
    from ..models.recording_config_params import RecordingConfigParams


_c_0: _rt.Codec[AiConfigParams] = _rt.model("ai_config_params", "AiConfigParams")
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_4: _rt.Codec[RecordingConfigParams] = _rt.model("recording_config_params", "RecordingConfigParams")
_c_5: _rt.Codec[float] = _rt.FLOAT
_c_6: _rt.Codec[bool] = _rt.BOOL
_c_7: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_8: _rt.Codec[bool] = _rt.BOOL


class MeetingParams(_rt.Model):
    """
    Attributes:
        ai_config (AiConfigParams | None): The AI Config allows you to customize the behavior of meeting transcriptions and
            summaries
        live_stream_on_start (bool | None): Specifies if the meeting should start getting livestreamed on start.
        persist_chat (bool | None): If a meeting is set to persist_chat, meeting chat would remain for a week within
            the meeting space.
        record_on_start (bool | None): Specifies if the meeting should start getting recorded as soon as someone joins
            the meeting.
        recording_config (RecordingConfigParams | None): Recording Configurations to be used for this meeting.

            This level of configs takes higher preference over App level configs on the
            RealtimeKit developer portal.
        session_keep_alive_time_in_secs (float | None): Time in seconds, for which a session remains active, after the last participant
            has left the meeting.
        summarize_on_end (bool | None): Automatically generate summary of meetings using transcripts.

            Requires Transcriptions to be enabled, and can be retrieved via Webhooks or
            summary API.
        title (str | None): Title of the meeting
        transcribe_on_end (bool | None): Automatically generate transcripts when the meeting ends.
    """

    __slots__ = ()
    _fields = {
        "ai_config": (_c_0, False),
        "live_stream_on_start": (_c_1, False),
        "persist_chat": (_c_2, False),
        "record_on_start": (_c_3, False),
        "recording_config": (_c_4, False),
        "session_keep_alive_time_in_secs": (_c_5, False),
        "summarize_on_end": (_c_6, False),
        "title": (_c_7, False),
        "transcribe_on_end": (_c_8, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        ai_config: AiConfigParams | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        recording_config: RecordingConfigParams | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        title: str | None | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
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
        if not isinstance(summarize_on_end, Unset):
            self._write("summarize_on_end", summarize_on_end)
        if not isinstance(title, Unset):
            self._write("title", title)
        if not isinstance(transcribe_on_end, Unset):
            self._write("transcribe_on_end", transcribe_on_end)

    @property
    def ai_config(self) -> AiConfigParams | None:
        """The AI Config allows you to customize the behavior of meeting transcriptions and
        summaries"""

        return self._opt("ai_config", _c_0)

    @ai_config.setter
    def ai_config(self, value: AiConfigParams) -> None:
        self._write("ai_config", value)

    @property
    def live_stream_on_start(self) -> bool | None:
        """Specifies if the meeting should start getting livestreamed on start."""

        return self._opt("live_stream_on_start", _c_1)

    @live_stream_on_start.setter
    def live_stream_on_start(self, value: bool | None) -> None:
        self._write("live_stream_on_start", value)

    @property
    def persist_chat(self) -> bool | None:
        """If a meeting is set to persist_chat, meeting chat would remain for a week within
        the meeting space."""

        return self._opt("persist_chat", _c_2)

    @persist_chat.setter
    def persist_chat(self, value: bool) -> None:
        self._write("persist_chat", value)

    @property
    def record_on_start(self) -> bool | None:
        """Specifies if the meeting should start getting recorded as soon as someone joins
        the meeting."""

        return self._opt("record_on_start", _c_3)

    @record_on_start.setter
    def record_on_start(self, value: bool | None) -> None:
        self._write("record_on_start", value)

    @property
    def recording_config(self) -> RecordingConfigParams | None:
        """Recording Configurations to be used for this meeting.

        This level of configs takes higher preference over App level configs on the
        RealtimeKit developer portal."""

        return self._opt("recording_config", _c_4)

    @recording_config.setter
    def recording_config(self, value: RecordingConfigParams) -> None:
        self._write("recording_config", value)

    @property
    def session_keep_alive_time_in_secs(self) -> float | None:
        """Time in seconds, for which a session remains active, after the last participant
        has left the meeting."""

        return self._opt("session_keep_alive_time_in_secs", _c_5)

    @session_keep_alive_time_in_secs.setter
    def session_keep_alive_time_in_secs(self, value: float) -> None:
        self._write("session_keep_alive_time_in_secs", value)

    @property
    def summarize_on_end(self) -> bool | None:
        """Automatically generate summary of meetings using transcripts.

        Requires Transcriptions to be enabled, and can be retrieved via Webhooks or
        summary API."""

        return self._opt("summarize_on_end", _c_6)

    @summarize_on_end.setter
    def summarize_on_end(self, value: bool) -> None:
        self._write("summarize_on_end", value)

    @property
    def title(self) -> str | None:
        """Title of the meeting"""

        return self._opt("title", _c_7)

    @title.setter
    def title(self, value: str | None) -> None:
        self._write("title", value)

    @property
    def transcribe_on_end(self) -> bool | None:
        """Automatically generate transcripts when the meeting ends."""

        return self._opt("transcribe_on_end", _c_8)

    @transcribe_on_end.setter
    def transcribe_on_end(self, value: bool) -> None:
        self._write("transcribe_on_end", value)
