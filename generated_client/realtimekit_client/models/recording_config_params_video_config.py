from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.video_config_codec import VideoConfigCodec, check_video_config_codec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watermark_params import WatermarkParams


_c_0: _rt.Codec[VideoConfigCodec] = _rt.checked(check_video_config_codec, "H264, VP8, VP9")
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[int] = _rt.INT
_c_3: _rt.Codec[WatermarkParams] = _rt.model("watermark_params", "WatermarkParams")
_c_4: _rt.Codec[int] = _rt.INT


class RecordingConfigParamsVideoConfig(_rt.Model):
    """
    Attributes:
        codec (VideoConfigCodec | None): Codec using which the recording will be encoded.
        export_file (bool | None): Controls whether to export video file seperately
        height (int | None): Height of the recording video in pixels
        watermark (WatermarkParams | None): Watermark to be added to the recording
        width (int | None): Width of the recording video in pixels
    """

    __slots__ = ()
    _fields = {
        "codec": (_c_0, False),
        "export_file": (_c_1, False),
        "height": (_c_2, False),
        "watermark": (_c_3, False),
        "width": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        codec: VideoConfigCodec | Unset = UNSET,
        export_file: bool | Unset = UNSET,
        height: int | Unset = UNSET,
        watermark: WatermarkParams | Unset = UNSET,
        width: int | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(codec, Unset):
            self._write("codec", codec)
        if not isinstance(export_file, Unset):
            self._write("export_file", export_file)
        if not isinstance(height, Unset):
            self._write("height", height)
        if not isinstance(watermark, Unset):
            self._write("watermark", watermark)
        if not isinstance(width, Unset):
            self._write("width", width)

    @property
    def codec(self) -> VideoConfigCodec | None:
        """Codec using which the recording will be encoded."""

        return self._opt("codec", _c_0)

    @codec.setter
    def codec(self, value: VideoConfigCodec) -> None:
        self._write("codec", value)

    @property
    def export_file(self) -> bool | None:
        """Controls whether to export video file seperately"""

        return self._opt("export_file", _c_1)

    @export_file.setter
    def export_file(self, value: bool) -> None:
        self._write("export_file", value)

    @property
    def height(self) -> int | None:
        """Height of the recording video in pixels"""

        return self._opt("height", _c_2)

    @height.setter
    def height(self, value: int) -> None:
        self._write("height", value)

    @property
    def watermark(self) -> WatermarkParams | None:
        """Watermark to be added to the recording"""

        return self._opt("watermark", _c_3)

    @watermark.setter
    def watermark(self, value: WatermarkParams) -> None:
        self._write("watermark", value)

    @property
    def width(self) -> int | None:
        """Width of the recording video in pixels"""

        return self._opt("width", _c_4)

    @width.setter
    def width(self, value: int) -> None:
        self._write("width", value)
