from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_params import AudioParams
    from ..models.screenshare import Screenshare
    from ..models.video_params import VideoParams


_c_0: _rt.Codec[Screenshare] = _rt.model("screenshare", "Screenshare")
_c_1: _rt.Codec[VideoParams] = _rt.model("video_params", "VideoParams")
_c_2: _rt.Codec[AudioParams] = _rt.model("audio_params", "AudioParams")


class MediaParams(_rt.Model):
    """Media configuration options. eg: Video quality

    Attributes:
        screenshare (Screenshare): Promised by the API. Configuration options for participant screen shares
        video (VideoParams): Promised by the API. Configuration options for participant videos
        audio (AudioParams | None): Control options for Audio quality.
    """

    __slots__ = ()
    _fields = {
        "screenshare": (_c_0, True),
        "video": (_c_1, True),
        "audio": (_c_2, False),
    }
    _required = frozenset(
        {
            "screenshare",
            "video",
        }
    )

    def __init__(
        self,
        *,
        screenshare: Screenshare,
        video: VideoParams,
        audio: AudioParams | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("screenshare", screenshare)
        self._write("video", video)
        if not isinstance(audio, Unset):
            self._write("audio", audio)

    @property
    def screenshare(self) -> Screenshare:
        """Configuration options for participant screen shares"""

        return self._req("screenshare", _c_0)

    @screenshare.setter
    def screenshare(self, value: Screenshare) -> None:
        self._write("screenshare", value)

    @property
    def video(self) -> VideoParams:
        """Configuration options for participant videos"""

        return self._req("video", _c_1)

    @video.setter
    def video(self, value: VideoParams) -> None:
        self._write("video", value)

    @property
    def audio(self) -> AudioParams | None:
        """Control options for Audio quality."""

        return self._opt("audio", _c_2)

    @audio.setter
    def audio(self, value: AudioParams) -> None:
        self._write("audio", value)
