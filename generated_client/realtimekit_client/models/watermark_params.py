from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.watermark_position import WatermarkPosition, check_watermark_position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_config_params import VideoConfigParams


_c_0: _rt.Codec[WatermarkPosition] = _rt.checked(
    check_watermark_position, "left bottom, left top, right bottom, right top"
)
_c_1: _rt.Codec[VideoConfigParams] = _rt.model("video_config_params", "VideoConfigParams")
_c_2: _rt.Codec[str] = _rt.STR


class WatermarkParams(_rt.Model):
    """Watermark to be added to the recording

    Attributes:
        position (WatermarkPosition | None): Position of the watermark
        size (VideoConfigParams | None):
        url (str | None): URL of the watermark image
    """

    __slots__ = ()
    _fields = {
        "position": (_c_0, False),
        "size": (_c_1, False),
        "url": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        position: WatermarkPosition | Unset = UNSET,
        size: VideoConfigParams | Unset = UNSET,
        url: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(position, Unset):
            self._write("position", position)
        if not isinstance(size, Unset):
            self._write("size", size)
        if not isinstance(url, Unset):
            self._write("url", url)

    @property
    def position(self) -> WatermarkPosition | None:
        """Position of the watermark"""

        return self._opt("position", _c_0)

    @position.setter
    def position(self, value: WatermarkPosition) -> None:
        self._write("position", value)

    @property
    def size(self) -> VideoConfigParams | None:

        return self._opt("size", _c_1)

    @size.setter
    def size(self, value: VideoConfigParams) -> None:
        self._write("size", value)

    @property
    def url(self) -> str | None:
        """URL of the watermark image"""

        return self._opt("url", _c_2)

    @url.setter
    def url(self, value: str) -> None:
        self._write("url", value)
