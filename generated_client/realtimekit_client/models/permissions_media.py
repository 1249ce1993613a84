from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.permissions_media_audio import PermissionsMediaAudio


_c_0: _rt.Codec[PermissionsMediaAudio] = _rt.model("permissions_media_audio", "PermissionsMediaAudio")
_c_1: _rt.Codec[PermissionsMediaAudio] = _rt.model("permissions_media_audio", "PermissionsMediaAudio")
_c_2: _rt.Codec[PermissionsMediaAudio] = _rt.model("permissions_media_audio", "PermissionsMediaAudio")


class PermissionsMedia(_rt.Model):
    """Media permissions

    Attributes:
        audio (PermissionsMediaAudio): Promised by the API. Audio permissions
        screenshare (PermissionsMediaAudio): Promised by the API. Audio permissions
        video (PermissionsMediaAudio): Promised by the API. Audio permissions
    """

    __slots__ = ()
    _fields = {
        "audio": (_c_0, True),
        "screenshare": (_c_1, True),
        "video": (_c_2, True),
    }
    _required = frozenset(
        {
            "audio",
            "screenshare",
            "video",
        }
    )

    def __init__(
        self,
        *,
        audio: PermissionsMediaAudio,
        screenshare: PermissionsMediaAudio,
        video: PermissionsMediaAudio,
    ) -> None:
        super().__init__()
        self._write("audio", audio)
        self._write("screenshare", screenshare)
        self._write("video", video)

    @property
    def audio(self) -> PermissionsMediaAudio:
        """Audio permissions"""

        return self._req("audio", _c_0)

    @audio.setter
    def audio(self, value: PermissionsMediaAudio) -> None:
        self._write("audio", value)

    @property
    def screenshare(self) -> PermissionsMediaAudio:
        """Audio permissions"""

        return self._req("screenshare", _c_1)

    @screenshare.setter
    def screenshare(self, value: PermissionsMediaAudio) -> None:
        self._write("screenshare", value)

    @property
    def video(self) -> PermissionsMediaAudio:
        """Audio permissions"""

        return self._req("video", _c_2)

    @video.setter
    def video(self, value: PermissionsMediaAudio) -> None:
        self._write("video", value)
