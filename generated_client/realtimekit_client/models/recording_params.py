from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_config_params import AudioConfigParams
    from ..models.interactive_config import InteractiveConfig
    from ..models.live_streaming_config_params import LiveStreamingConfigParams
    from ..models.realtimekit_bucket_config import RealtimekitBucketConfig
    from ..models.recording_config_params_video_config import RecordingConfigParamsVideoConfig
    from ..models.storage_config_params import StorageConfigParams


_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[AudioConfigParams] = _rt.model("audio_config_params", "AudioConfigParams")
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[InteractiveConfig] = _rt.model("interactive_config", "InteractiveConfig")
_c_5: _rt.Codec[int] = _rt.INT
_c_6: _rt.Codec[RealtimekitBucketConfig] = _rt.model("realtimekit_bucket_config", "RealtimekitBucketConfig")
_c_7: _rt.Codec[LiveStreamingConfigParams] = _rt.model("live_streaming_config_params", "LiveStreamingConfigParams")
_c_8: _rt.Codec[StorageConfigParams | None] = _rt.nullable(_rt.model("storage_config_params", "StorageConfigParams"))
_c_9: _rt.Codec[str] = _rt.STR
_c_10: _rt.Codec[RecordingConfigParamsVideoConfig] = _rt.model(
    "recording_config_params_video_config", "RecordingConfigParamsVideoConfig"
)


class RecordingParams(_rt.Model):
    """
    Attributes:
        meeting_id (str): Promised by the API. ID of the meeting to record.
        allow_multiple_recordings (bool | None): By default, a meeting allows only one recording to run at a time.

            Enabling the `allow_multiple_recordings` parameter to true allows you to
            initiate multiple recordings concurrently in the same meeting. This allows you
            to record separate videos of the same meeting with different configurations,
            such as portrait mode or landscape mode.
        audio_config (AudioConfigParams | None): Object containing configuration regarding the audio that is being recorded.
        file_name_prefix (str | None): Update the recording file name.
        interactive_config (InteractiveConfig | None): Allows you to add timed metadata to your recordings, which are digital markers
            inserted into a video file to provide contextual information at specific points
            in the content range. The ID3 tags containing this information are available to
            clients on the playback timeline in HLS format. The output files are generated
            in a compressed .tar format.
        max_seconds (int | None): Specifies the maximum duration for recording in seconds, ranging from a minimum
            of 60 seconds to a maximum of 24 hours.
        realtimekit_bucket_config (RealtimekitBucketConfig | None):
        rtmp_out_config (LiveStreamingConfigParams | None):
        storage_config (StorageConfigParams | None):
        url (str | None): Pass a custom url to record arbitary screen
        video_config (RecordingConfigParamsVideoConfig | None):
    """

    __slots__ = ()
    _fields = {
        "meeting_id": (_c_0, True),
        "allow_multiple_recordings": (_c_1, False),
        "audio_config": (_c_2, False),
        "file_name_prefix": (_c_3, False),
        "interactive_config": (_c_4, False),
        "max_seconds": (_c_5, False),
        "realtimekit_bucket_config": (_c_6, False),
        "rtmp_out_config": (_c_7, False),
        "storage_config": (_c_8, False),
        "url": (_c_9, False),
        "video_config": (_c_10, False),
    }
    _required = frozenset(
        {
            "meeting_id",
        }
    )

    def __init__(
        self,
        *,
        meeting_id: str,
        allow_multiple_recordings: bool | Unset = UNSET,
        audio_config: AudioConfigParams | Unset = UNSET,
        file_name_prefix: str | Unset = UNSET,
        interactive_config: InteractiveConfig | Unset = UNSET,
        max_seconds: int | Unset = UNSET,
        realtimekit_bucket_config: RealtimekitBucketConfig | Unset = UNSET,
        rtmp_out_config: LiveStreamingConfigParams | Unset = UNSET,
        storage_config: StorageConfigParams | None | Unset = UNSET,
        url: str | Unset = UNSET,
        video_config: RecordingConfigParamsVideoConfig | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("meeting_id", meeting_id)
        if not isinstance(allow_multiple_recordings, Unset):
            self._write("allow_multiple_recordings", allow_multiple_recordings)
        if not isinstance(audio_config, Unset):
            self._write("audio_config", audio_config)
        if not isinstance(file_name_prefix, Unset):
            self._write("file_name_prefix", file_name_prefix)
        if not isinstance(interactive_config, Unset):
            self._write("interactive_config", interactive_config)
        if not isinstance(max_seconds, Unset):
            self._write("max_seconds", max_seconds)
        if not isinstance(realtimekit_bucket_config, Unset):
            self._write("realtimekit_bucket_config", realtimekit_bucket_config)
        if not isinstance(rtmp_out_config, Unset):
            self._write("rtmp_out_config", rtmp_out_config)
        if not isinstance(storage_config, Unset):
            self._write("storage_config", storage_config)
        if not isinstance(url, Unset):
            self._write("url", url)
        if not isinstance(video_config, Unset):
            self._write("video_config", video_config)

    @property
    def meeting_id(self) -> str:
        """ID of the meeting to record."""

        return self._req("meeting_id", _c_0)

    @meeting_id.setter
    def meeting_id(self, value: str) -> None:
        self._write("meeting_id", value)

    @property
    def allow_multiple_recordings(self) -> bool | None:
        """By default, a meeting allows only one recording to run at a time.

        Enabling the `allow_multiple_recordings` parameter to true allows you to
        initiate multiple recordings concurrently in the same meeting. This allows you
        to record separate videos of the same meeting with different configurations,
        such as portrait mode or landscape mode."""

        return self._opt("allow_multiple_recordings", _c_1)

    @allow_multiple_recordings.setter
    def allow_multiple_recordings(self, value: bool) -> None:
        self._write("allow_multiple_recordings", value)

    @property
    def audio_config(self) -> AudioConfigParams | None:
        """Object containing configuration regarding the audio that is being recorded."""

        return self._opt("audio_config", _c_2)

    @audio_config.setter
    def audio_config(self, value: AudioConfigParams) -> None:
        self._write("audio_config", value)

    @property
    def file_name_prefix(self) -> str | None:
        """Update the recording file name."""

        return self._opt("file_name_prefix", _c_3)

    @file_name_prefix.setter
    def file_name_prefix(self, value: str) -> None:
        self._write("file_name_prefix", value)

    @property
    def interactive_config(self) -> InteractiveConfig | None:
        """Allows you to add timed metadata to your recordings, which are digital markers
        inserted into a video file to provide contextual information at specific points
        in the content range. The ID3 tags containing this information are available to
        clients on the playback timeline in HLS format. The output files are generated
        in a compressed .tar format."""

        return self._opt("interactive_config", _c_4)

    @interactive_config.setter
    def interactive_config(self, value: InteractiveConfig) -> None:
        self._write("interactive_config", value)

    @property
    def max_seconds(self) -> int | None:
        """Specifies the maximum duration for recording in seconds, ranging from a minimum
        of 60 seconds to a maximum of 24 hours."""

        return self._opt("max_seconds", _c_5)

    @max_seconds.setter
    def max_seconds(self, value: int) -> None:
        self._write("max_seconds", value)

    @property
    def realtimekit_bucket_config(self) -> RealtimekitBucketConfig | None:

        return self._opt("realtimekit_bucket_config", _c_6)

    @realtimekit_bucket_config.setter
    def realtimekit_bucket_config(self, value: RealtimekitBucketConfig) -> None:
        self._write("realtimekit_bucket_config", value)

    @property
    def rtmp_out_config(self) -> LiveStreamingConfigParams | None:

        return self._opt("rtmp_out_config", _c_7)

    @rtmp_out_config.setter
    def rtmp_out_config(self, value: LiveStreamingConfigParams) -> None:
        self._write("rtmp_out_config", value)

    @property
    def storage_config(self) -> StorageConfigParams | None:

        return self._opt("storage_config", _c_8)

    @storage_config.setter
    def storage_config(self, value: StorageConfigParams | None) -> None:
        self._write("storage_config", value)

    @property
    def url(self) -> str | None:
        """Pass a custom url to record arbitary screen"""

        return self._opt("url", _c_9)

    @url.setter
    def url(self, value: str) -> None:
        self._write("url", value)

    @property
    def video_config(self) -> RecordingConfigParamsVideoConfig | None:

        return self._opt("video_config", _c_10)

    @video_config.setter
    def video_config(self, value: RecordingConfigParamsVideoConfig) -> None:
        self._write("video_config", value)
