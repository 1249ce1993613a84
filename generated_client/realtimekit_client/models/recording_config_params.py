from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_config_params import AudioConfigParams
    from ..models.live_streaming_config_params import LiveStreamingConfigParams
    from ..models.realtimekit_bucket_config import RealtimekitBucketConfig
    from ..models.recording_config_params_video_config import RecordingConfigParamsVideoConfig
    from ..models.storage_config_params import StorageConfigParams


_c_0: _rt.Codec[AudioConfigParams] = _rt.model("audio_config_params", "AudioConfigParams")
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[LiveStreamingConfigParams] = _rt.model("live_streaming_config_params", "LiveStreamingConfigParams")
_c_3: _rt.Codec[float] = _rt.FLOAT
_c_4: _rt.Codec[RealtimekitBucketConfig] = _rt.model("realtimekit_bucket_config", "RealtimekitBucketConfig")
_c_5: _rt.Codec[StorageConfigParams | None] = _rt.nullable(_rt.model("storage_config_params", "StorageConfigParams"))
_c_6: _rt.Codec[RecordingConfigParamsVideoConfig] = _rt.model(
    "recording_config_params_video_config", "RecordingConfigParamsVideoConfig"
)


class RecordingConfigParams(_rt.Model):
    """Recording Configurations to be used for this meeting.

    This level of configs takes higher preference over App level configs on the
    RealtimeKit developer portal.

        Attributes:
            audio_config (AudioConfigParams | None): Object containing configuration regarding the audio that is being recorded.
            file_name_prefix (str | None): Adds a prefix to the beginning of the file name of the recording.
            live_streaming_config (LiveStreamingConfigParams | None):
            max_seconds (float | None): Specifies the maximum duration for recording in seconds, ranging from a minimum
                of 60 seconds to a maximum of 24 hours.
            realtimekit_bucket_config (RealtimekitBucketConfig | None):
            storage_config (StorageConfigParams | None):
            video_config (RecordingConfigParamsVideoConfig | None):
    """

    __slots__ = ()
    _fields = {
        "audio_config": (_c_0, False),
        "file_name_prefix": (_c_1, False),
        "live_streaming_config": (_c_2, False),
        "max_seconds": (_c_3, False),
        "realtimekit_bucket_config": (_c_4, False),
        "storage_config": (_c_5, False),
        "video_config": (_c_6, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        audio_config: AudioConfigParams | Unset = UNSET,
        file_name_prefix: str | Unset = UNSET,
        live_streaming_config: LiveStreamingConfigParams | Unset = UNSET,
        max_seconds: float | Unset = UNSET,
        realtimekit_bucket_config: RealtimekitBucketConfig | Unset = UNSET,
        storage_config: StorageConfigParams | None | Unset = UNSET,
        video_config: RecordingConfigParamsVideoConfig | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(audio_config, Unset):
            self._write("audio_config", audio_config)
        if not isinstance(file_name_prefix, Unset):
            self._write("file_name_prefix", file_name_prefix)
        if not isinstance(live_streaming_config, Unset):
            self._write("live_streaming_config", live_streaming_config)
        if not isinstance(max_seconds, Unset):
            self._write("max_seconds", max_seconds)
        if not isinstance(realtimekit_bucket_config, Unset):
            self._write("realtimekit_bucket_config", realtimekit_bucket_config)
        if not isinstance(storage_config, Unset):
            self._write("storage_config", storage_config)
        if not isinstance(video_config, Unset):
            self._write("video_config", video_config)

    @property
    def audio_config(self) -> AudioConfigParams | None:
        """Object containing configuration regarding the audio that is being recorded."""

        return self._opt("audio_config", _c_0)

    @audio_config.setter
    def audio_config(self, value: AudioConfigParams) -> None:
        self._write("audio_config", value)

    @property
    def file_name_prefix(self) -> str | None:
        """Adds a prefix to the beginning of the file name of the recording."""

        return self._opt("file_name_prefix", _c_1)

    @file_name_prefix.setter
    def file_name_prefix(self, value: str) -> None:
        self._write("file_name_prefix", value)

    @property
    def live_streaming_config(self) -> LiveStreamingConfigParams | None:

        return self._opt("live_streaming_config", _c_2)

    @live_streaming_config.setter
    def live_streaming_config(self, value: LiveStreamingConfigParams) -> None:
        self._write("live_streaming_config", value)

    @property
    def max_seconds(self) -> float | None:
        """Specifies the maximum duration for recording in seconds, ranging from a minimum
        of 60 seconds to a maximum of 24 hours."""

        return self._opt("max_seconds", _c_3)

    @max_seconds.setter
    def max_seconds(self, value: float) -> None:
        self._write("max_seconds", value)

    @property
    def realtimekit_bucket_config(self) -> RealtimekitBucketConfig | None:

        return self._opt("realtimekit_bucket_config", _c_4)

    @realtimekit_bucket_config.setter
    def realtimekit_bucket_config(self, value: RealtimekitBucketConfig) -> None:
        self._write("realtimekit_bucket_config", value)

    @property
    def storage_config(self) -> StorageConfigParams | None:

        return self._opt("storage_config", _c_5)

    @storage_config.setter
    def storage_config(self, value: StorageConfigParams | None) -> None:
        self._write("storage_config", value)

    @property
    def video_config(self) -> RecordingConfigParamsVideoConfig | None:

        return self._opt("video_config", _c_6)

    @video_config.setter
    def video_config(self, value: RecordingConfigParamsVideoConfig) -> None:
        self._write("video_config", value)
