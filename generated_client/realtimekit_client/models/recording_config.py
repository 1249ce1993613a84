from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_config import AudioConfig
    from ..models.live_streaming_config import LiveStreamingConfig
    from ..models.realtimekit_bucket_config import RealtimekitBucketConfig
    from ..models.storage_config import StorageConfig
    from ..models.video_config import VideoConfig


_c_0: _rt.Codec[AudioConfig | None] = _rt.nullable(_rt.model("audio_config", "AudioConfig"))
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[LiveStreamingConfig | None] = _rt.nullable(_rt.model("live_streaming_config", "LiveStreamingConfig"))
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[RealtimekitBucketConfig | None] = _rt.nullable(
    _rt.model("realtimekit_bucket_config", "RealtimekitBucketConfig")
)
_c_5: _rt.Codec[StorageConfig | None] = _rt.nullable(_rt.model("storage_config", "StorageConfig"))
_c_6: _rt.Codec[VideoConfig | None] = _rt.nullable(_rt.model("video_config", "VideoConfig"))


class RecordingConfig(_rt.Model):
    """Recording Configurations to be used for this meeting.

    This level of configs takes higher preference over App level configs on the
    RealtimeKit developer portal.

        Attributes:
            audio_config (AudioConfig | None): Object containing configuration regarding the audio that is being recorded.
            file_name_prefix (str | None): Adds a prefix to the beginning of the file name of the recording.
            live_streaming_config (LiveStreamingConfig | None):
            max_seconds (float | None): Specifies the maximum duration for recording in seconds, ranging from a minimum
                of 60 seconds to a maximum of 24 hours.
            realtimekit_bucket_config (RealtimekitBucketConfig | None):
            storage_config (StorageConfig | None):
            video_config (VideoConfig | None):
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
        audio_config: AudioConfig | None | Unset = UNSET,
        file_name_prefix: str | None | Unset = UNSET,
        live_streaming_config: LiveStreamingConfig | None | Unset = UNSET,
        max_seconds: float | None | Unset = UNSET,
        realtimekit_bucket_config: RealtimekitBucketConfig | None | Unset = UNSET,
        storage_config: StorageConfig | None | Unset = UNSET,
        video_config: VideoConfig | None | Unset = UNSET,
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
    def audio_config(self) -> AudioConfig | None:
        """Object containing configuration regarding the audio that is being recorded."""

        return self._opt("audio_config", _c_0)

    @audio_config.setter
    def audio_config(self, value: AudioConfig | None) -> None:
        self._write("audio_config", value)

    @property
    def file_name_prefix(self) -> str | None:
        """Adds a prefix to the beginning of the file name of the recording."""

        return self._opt("file_name_prefix", _c_1)

    @file_name_prefix.setter
    def file_name_prefix(self, value: str | None) -> None:
        self._write("file_name_prefix", value)

    @property
    def live_streaming_config(self) -> LiveStreamingConfig | None:

        return self._opt("live_streaming_config", _c_2)

    @live_streaming_config.setter
    def live_streaming_config(self, value: LiveStreamingConfig | None) -> None:
        self._write("live_streaming_config", value)

    @property
    def max_seconds(self) -> float | None:
        """Specifies the maximum duration for recording in seconds, ranging from a minimum
        of 60 seconds to a maximum of 24 hours."""

        return self._opt("max_seconds", _c_3)

    @max_seconds.setter
    def max_seconds(self, value: float | None) -> None:
        self._write("max_seconds", value)

    @property
    def realtimekit_bucket_config(self) -> RealtimekitBucketConfig | None:

        return self._opt("realtimekit_bucket_config", _c_4)

    @realtimekit_bucket_config.setter
    def realtimekit_bucket_config(self, value: RealtimekitBucketConfig | None) -> None:
        self._write("realtimekit_bucket_config", value)

    @property
    def storage_config(self) -> StorageConfig | None:

        return self._opt("storage_config", _c_5)

    @storage_config.setter
    def storage_config(self, value: StorageConfig | None) -> None:
        self._write("storage_config", value)

    @property
    def video_config(self) -> VideoConfig | None:

        return self._opt("video_config", _c_6)

    @video_config.setter
    def video_config(self, value: VideoConfig | None) -> None:
        self._write("video_config", value)
