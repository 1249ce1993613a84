from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_recording_a_meeting_body_audio_config import StartRecordingAMeetingBodyAudioConfig
    from ..models.start_recording_a_meeting_body_interactive_config import StartRecordingAMeetingBodyInteractiveConfig
    from ..models.start_recording_a_meeting_body_realtimekit_bucket_config import (
        StartRecordingAMeetingBodyRealtimekitBucketConfig,
    )
    from ..models.start_recording_a_meeting_body_rtmp_out_config import StartRecordingAMeetingBodyRtmpOutConfig
    from ..models.start_recording_a_meeting_body_storage_config_type_0 import (
        StartRecordingAMeetingBodyStorageConfigType0,
    )
    from ..models.start_recording_a_meeting_body_video_config import StartRecordingAMeetingBodyVideoConfig


T = TypeVar("T", bound="StartRecordingAMeetingBody")


@_attrs_define
class StartRecordingAMeetingBody:
    """
    Attributes:
        meeting_id (str):
        allow_multiple_recordings (bool | Unset):
        audio_config (StartRecordingAMeetingBodyAudioConfig | Unset):
        file_name_prefix (str | Unset):
        interactive_config (StartRecordingAMeetingBodyInteractiveConfig | Unset):
        max_seconds (int | Unset):
        realtimekit_bucket_config (StartRecordingAMeetingBodyRealtimekitBucketConfig | Unset):
        rtmp_out_config (StartRecordingAMeetingBodyRtmpOutConfig | Unset):
        storage_config (None | StartRecordingAMeetingBodyStorageConfigType0 | Unset):
        url (str | Unset):
        video_config (StartRecordingAMeetingBodyVideoConfig | Unset):
    """

    meeting_id: str
    allow_multiple_recordings: bool | Unset = UNSET
    audio_config: StartRecordingAMeetingBodyAudioConfig | Unset = UNSET
    file_name_prefix: str | Unset = UNSET
    interactive_config: StartRecordingAMeetingBodyInteractiveConfig | Unset = UNSET
    max_seconds: int | Unset = UNSET
    realtimekit_bucket_config: StartRecordingAMeetingBodyRealtimekitBucketConfig | Unset = UNSET
    rtmp_out_config: StartRecordingAMeetingBodyRtmpOutConfig | Unset = UNSET
    storage_config: None | StartRecordingAMeetingBodyStorageConfigType0 | Unset = UNSET
    url: str | Unset = UNSET
    video_config: StartRecordingAMeetingBodyVideoConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.start_recording_a_meeting_body_storage_config_type_0 import (
            StartRecordingAMeetingBodyStorageConfigType0,  # noqa: PLC0415
        )

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        meeting_id = self.meeting_id
        _field_dict["meeting_id"] = meeting_id

        allow_multiple_recordings = self.allow_multiple_recordings
        if allow_multiple_recordings is not UNSET:
            _field_dict["allow_multiple_recordings"] = allow_multiple_recordings

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()
        if audio_config is not UNSET:
            _field_dict["audio_config"] = audio_config

        file_name_prefix = self.file_name_prefix
        if file_name_prefix is not UNSET:
            _field_dict["file_name_prefix"] = file_name_prefix

        interactive_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive_config, Unset):
            interactive_config = self.interactive_config.to_dict()
        if interactive_config is not UNSET:
            _field_dict["interactive_config"] = interactive_config

        max_seconds = self.max_seconds
        if max_seconds is not UNSET:
            _field_dict["max_seconds"] = max_seconds

        realtimekit_bucket_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = self.realtimekit_bucket_config.to_dict()
        if realtimekit_bucket_config is not UNSET:
            _field_dict["realtimekit_bucket_config"] = realtimekit_bucket_config

        rtmp_out_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp_out_config, Unset):
            rtmp_out_config = self.rtmp_out_config.to_dict()
        if rtmp_out_config is not UNSET:
            _field_dict["rtmp_out_config"] = rtmp_out_config

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StartRecordingAMeetingBodyStorageConfigType0):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config
        if storage_config is not UNSET:
            _field_dict["storage_config"] = storage_config

        url = self.url
        if url is not UNSET:
            _field_dict["url"] = url

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()
        if video_config is not UNSET:
            _field_dict["video_config"] = video_config

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_recording_a_meeting_body_audio_config import StartRecordingAMeetingBodyAudioConfig  # noqa: PLC0415
        from ..models.start_recording_a_meeting_body_interactive_config import (
            StartRecordingAMeetingBodyInteractiveConfig,  # noqa: PLC0415
        )
        from ..models.start_recording_a_meeting_body_realtimekit_bucket_config import (
            StartRecordingAMeetingBodyRealtimekitBucketConfig,  # noqa: PLC0415
        )
        from ..models.start_recording_a_meeting_body_rtmp_out_config import StartRecordingAMeetingBodyRtmpOutConfig  # noqa: PLC0415
        from ..models.start_recording_a_meeting_body_storage_config_type_0 import (
            StartRecordingAMeetingBodyStorageConfigType0,  # noqa: PLC0415
        )
        from ..models.start_recording_a_meeting_body_video_config import StartRecordingAMeetingBodyVideoConfig  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        meeting_id = _d.pop("meeting_id")
        _values["meeting_id"] = meeting_id

        allow_multiple_recordings = _d.pop("allow_multiple_recordings", UNSET)
        _values["allow_multiple_recordings"] = allow_multiple_recordings

        _audio_config = _d.pop("audio_config", UNSET)
        audio_config: StartRecordingAMeetingBodyAudioConfig | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = StartRecordingAMeetingBodyAudioConfig.from_dict(_audio_config)

        _values["audio_config"] = audio_config

        file_name_prefix = _d.pop("file_name_prefix", UNSET)
        _values["file_name_prefix"] = file_name_prefix

        _interactive_config = _d.pop("interactive_config", UNSET)
        interactive_config: StartRecordingAMeetingBodyInteractiveConfig | Unset
        if isinstance(_interactive_config, Unset):
            interactive_config = UNSET
        else:
            interactive_config = StartRecordingAMeetingBodyInteractiveConfig.from_dict(_interactive_config)

        _values["interactive_config"] = interactive_config

        max_seconds = _d.pop("max_seconds", UNSET)
        _values["max_seconds"] = max_seconds

        _realtimekit_bucket_config = _d.pop("realtimekit_bucket_config", UNSET)
        realtimekit_bucket_config: StartRecordingAMeetingBodyRealtimekitBucketConfig | Unset
        if isinstance(_realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = UNSET
        else:
            realtimekit_bucket_config = StartRecordingAMeetingBodyRealtimekitBucketConfig.from_dict(
                _realtimekit_bucket_config
            )

        _values["realtimekit_bucket_config"] = realtimekit_bucket_config

        _rtmp_out_config = _d.pop("rtmp_out_config", UNSET)
        rtmp_out_config: StartRecordingAMeetingBodyRtmpOutConfig | Unset
        if isinstance(_rtmp_out_config, Unset):
            rtmp_out_config = UNSET
        else:
            rtmp_out_config = StartRecordingAMeetingBodyRtmpOutConfig.from_dict(_rtmp_out_config)

        _values["rtmp_out_config"] = rtmp_out_config

        def _parse_storage_config(data: object) -> None | StartRecordingAMeetingBodyStorageConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_0 = StartRecordingAMeetingBodyStorageConfigType0.from_dict(data)

                return storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StartRecordingAMeetingBodyStorageConfigType0 | Unset, data)

        storage_config = _parse_storage_config(_d.pop("storage_config", UNSET))

        _values["storage_config"] = storage_config

        url = _d.pop("url", UNSET)
        _values["url"] = url

        _video_config = _d.pop("video_config", UNSET)
        video_config: StartRecordingAMeetingBodyVideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = StartRecordingAMeetingBodyVideoConfig.from_dict(_video_config)

        _values["video_config"] = video_config

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
