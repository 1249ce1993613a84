from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_params import AudioParams
    from ..models.preset_update_params_config_media_video import PresetUpdateParamsConfigMediaVideo
    from ..models.screenshare_params import ScreenshareParams


_c_0: _rt.Codec[AudioParams] = _rt.model("audio_params", "AudioParams")
_c_1: _rt.Codec[ScreenshareParams] = _rt.model("screenshare_params", "ScreenshareParams")
_c_2: _rt.Codec[PresetUpdateParamsConfigMediaVideo] = _rt.model(
    "preset_update_params_config_media_video", "PresetUpdateParamsConfigMediaVideo"
)


class PresetUpdateParamsConfigMedia(_rt.Model):
    """Media configuration options. eg: Video quality

    Attributes:
        audio (AudioParams | None): Control options for Audio quality.
        screenshare (ScreenshareParams | None): Configuration options for participant screen shares
        video (PresetUpdateParamsConfigMediaVideo | None): Configuration options for participant videos
    """

    __slots__ = ()
    _fields = {
        "audio": (_c_0, False),
        "screenshare": (_c_1, False),
        "video": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        audio: AudioParams | Unset = UNSET,
        screenshare: ScreenshareParams | Unset = UNSET,
        video: PresetUpdateParamsConfigMediaVideo | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(audio, Unset):
            self._write("audio", audio)
        if not isinstance(screenshare, Unset):
            self._write("screenshare", screenshare)
        if not isinstance(video, Unset):
            self._write("video", video)

    @property
    def audio(self) -> AudioParams | None:
        """Control options for Audio quality."""

        return self._opt("audio", _c_0)

    @audio.setter
    def audio(self, value: AudioParams) -> None:
        self._write("audio", value)

    @property
    def screenshare(self) -> ScreenshareParams | None:
        """Configuration options for participant screen shares"""

        return self._opt("screenshare", _c_1)

    @screenshare.setter
    def screenshare(self, value: ScreenshareParams) -> None:
        self._write("screenshare", value)

    @property
    def video(self) -> PresetUpdateParamsConfigMediaVideo | None:
        """Configuration options for participant videos"""

        return self._opt("video", _c_2)

    @video.setter
    def video(self, value: PresetUpdateParamsConfigMediaVideo) -> None:
        self._write("video", value)
