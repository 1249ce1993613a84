from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.replace_a_meeting_body_ai_config import ReplaceAMeetingBodyAiConfig
    from ..models.replace_a_meeting_body_recording_config import ReplaceAMeetingBodyRecordingConfig


T = TypeVar("T", bound="ReplaceAMeetingBody")


@_attrs_define
class ReplaceAMeetingBody:
    """
    Attributes:
        ai_config (ReplaceAMeetingBodyAiConfig | Unset):
        live_stream_on_start (bool | None | Unset):
        persist_chat (bool | Unset):
        record_on_start (bool | None | Unset):
        recording_config (ReplaceAMeetingBodyRecordingConfig | Unset):
        session_keep_alive_time_in_secs (float | Unset):
        summarize_on_end (bool | Unset):
        title (None | str | Unset):
        transcribe_on_end (bool | Unset):
    """

    ai_config: ReplaceAMeetingBodyAiConfig | Unset = UNSET
    live_stream_on_start: bool | None | Unset = UNSET
    persist_chat: bool | Unset = UNSET
    record_on_start: bool | None | Unset = UNSET
    recording_config: ReplaceAMeetingBodyRecordingConfig | Unset = UNSET
    session_keep_alive_time_in_secs: float | Unset = UNSET
    summarize_on_end: bool | Unset = UNSET
    title: None | str | Unset = UNSET
    transcribe_on_end: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        ai_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_config, Unset):
            ai_config = self.ai_config.to_dict()
        if ai_config is not UNSET:
            _field_dict["ai_config"] = ai_config

        live_stream_on_start: bool | None | Unset
        if isinstance(self.live_stream_on_start, Unset):
            live_stream_on_start = UNSET
        else:
            live_stream_on_start = self.live_stream_on_start
        if live_stream_on_start is not UNSET:
            _field_dict["live_stream_on_start"] = live_stream_on_start

        persist_chat = self.persist_chat
        if persist_chat is not UNSET:
            _field_dict["persist_chat"] = persist_chat

        record_on_start: bool | None | Unset
        if isinstance(self.record_on_start, Unset):
            record_on_start = UNSET
        else:
            record_on_start = self.record_on_start
        if record_on_start is not UNSET:
            _field_dict["record_on_start"] = record_on_start

        recording_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording_config, Unset):
            recording_config = self.recording_config.to_dict()
        if recording_config is not UNSET:
            _field_dict["recording_config"] = recording_config

        session_keep_alive_time_in_secs = self.session_keep_alive_time_in_secs
        if session_keep_alive_time_in_secs is not UNSET:
            _field_dict["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs

        summarize_on_end = self.summarize_on_end
        if summarize_on_end is not UNSET:
            _field_dict["summarize_on_end"] = summarize_on_end

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title
        if title is not UNSET:
            _field_dict["title"] = title

        transcribe_on_end = self.transcribe_on_end
        if transcribe_on_end is not UNSET:
            _field_dict["transcribe_on_end"] = transcribe_on_end

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.replace_a_meeting_body_ai_config import ReplaceAMeetingBodyAiConfig  # noqa: PLC0415
        from ..models.replace_a_meeting_body_recording_config import ReplaceAMeetingBodyRecordingConfig  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        _ai_config = _d.pop("ai_config", UNSET)
        ai_config: ReplaceAMeetingBodyAiConfig | Unset
        if isinstance(_ai_config, Unset):
            ai_config = UNSET
        else:
            ai_config = ReplaceAMeetingBodyAiConfig.from_dict(_ai_config)

        _values["ai_config"] = ai_config

        live_stream_on_start: bool | None | Unset = _d.pop("live_stream_on_start", UNSET)

        _values["live_stream_on_start"] = live_stream_on_start

        persist_chat = _d.pop("persist_chat", UNSET)
        _values["persist_chat"] = persist_chat

        record_on_start: bool | None | Unset = _d.pop("record_on_start", UNSET)

        _values["record_on_start"] = record_on_start

        _recording_config = _d.pop("recording_config", UNSET)
        recording_config: ReplaceAMeetingBodyRecordingConfig | Unset
        if isinstance(_recording_config, Unset):
            recording_config = UNSET
        else:
            recording_config = ReplaceAMeetingBodyRecordingConfig.from_dict(_recording_config)

        _values["recording_config"] = recording_config

        session_keep_alive_time_in_secs = _d.pop("session_keep_alive_time_in_secs", UNSET)
        _values["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs

        summarize_on_end = _d.pop("summarize_on_end", UNSET)
        _values["summarize_on_end"] = summarize_on_end

        title: None | str | Unset = _d.pop("title", UNSET)

        _values["title"] = title

        transcribe_on_end = _d.pop("transcribe_on_end", UNSET)
        _values["transcribe_on_end"] = transcribe_on_end

        _obj = _cls(**_values)

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
