from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_update_params_permissions_media_audio import PresetUpdateParamsPermissionsMediaAudio


_c_0: _rt.Codec[PresetUpdateParamsPermissionsMediaAudio] = _rt.model(
    "preset_update_params_permissions_media_audio", "PresetUpdateParamsPermissionsMediaAudio"
)
_c_1: _rt.Codec[PresetUpdateParamsPermissionsMediaAudio] = _rt.model(
    "preset_update_params_permissions_media_audio", "PresetUpdateParamsPermissionsMediaAudio"
)
_c_2: _rt.Codec[PresetUpdateParamsPermissionsMediaAudio] = _rt.model(
    "preset_update_params_permissions_media_audio", "PresetUpdateParamsPermissionsMediaAudio"
)


class PresetUpdateParamsPermissionsMedia(_rt.Model):
    """Media permissions

    Attributes:
        audio (PresetUpdateParamsPermissionsMediaAudio | None): Audio permissions
        screenshare (PresetUpdateParamsPermissionsMediaAudio | None): Audio permissions
        video (PresetUpdateParamsPermissionsMediaAudio | None): Audio permissions
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
        audio: PresetUpdateParamsPermissionsMediaAudio | Unset = UNSET,
        screenshare: PresetUpdateParamsPermissionsMediaAudio | Unset = UNSET,
        video: PresetUpdateParamsPermissionsMediaAudio | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(audio, Unset):
            self._write("audio", audio)
        if not isinstance(screenshare, Unset):
            self._write("screenshare", screenshare)
        if not isinstance(video, Unset):
            self._write("video", video)

    @property
    def audio(self) -> PresetUpdateParamsPermissionsMediaAudio | None:
        """Audio permissions"""

        return self._opt("audio", _c_0)

    @audio.setter
    def audio(self, value: PresetUpdateParamsPermissionsMediaAudio) -> None:
        self._write("audio", value)

    @property
    def screenshare(self) -> PresetUpdateParamsPermissionsMediaAudio | None:
        """Audio permissions"""

        return self._opt("screenshare", _c_1)

    @screenshare.setter
    def screenshare(self, value: PresetUpdateParamsPermissionsMediaAudio) -> None:
        self._write("screenshare", value)

    @property
    def video(self) -> PresetUpdateParamsPermissionsMediaAudio | None:
        """Audio permissions"""

        return self._opt("video", _c_2)

    @video.setter
    def video(self, value: PresetUpdateParamsPermissionsMediaAudio) -> None:
        self._write("video", value)
