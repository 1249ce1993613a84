from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_config_params import VideoConfigParams


_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[VideoConfigParams] = _rt.model("video_config_params", "VideoConfigParams")


class StartLivestreamParams(_rt.Model):
    """
    Attributes:
        name (str | None):
        video_config (VideoConfigParams | None):
    """

    __slots__ = ()
    _fields = {
        "name": (_c_0, False),
        "video_config": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        video_config: VideoConfigParams | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(video_config, Unset):
            self._write("video_config", video_config)

    @property
    def name(self) -> str | None:

        return self._opt("name", _c_0)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def video_config(self) -> VideoConfigParams | None:

        return self._opt("video_config", _c_1)

    @video_config.setter
    def video_config(self, value: VideoConfigParams) -> None:
        self._write("video_config", value)
