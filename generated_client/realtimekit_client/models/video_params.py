from __future__ import annotations

from .. import model_base as _rt
from ..models.screenshare_quality import ScreenshareQuality, check_screenshare_quality
from ..types import UNSET, Unset

_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[ScreenshareQuality] = _rt.checked(check_screenshare_quality, "fhd, hd, qvga, uhd, vga")
_c_2: _rt.Codec[bool] = _rt.BOOL


class VideoParams(_rt.Model):
    """Configuration options for participant videos

    Attributes:
        frame_rate (float): Promised by the API. Frame rate of participants' video
        quality (ScreenshareQuality): Promised by the API. Quality of screen share
        simulcast (bool | None): Enable simulcast for participant videos.
    """

    __slots__ = ()
    _fields = {
        "frame_rate": (_c_0, True),
        "quality": (_c_1, True),
        "simulcast": (_c_2, False),
    }
    _required = frozenset(
        {
            "frame_rate",
            "quality",
        }
    )

    def __init__(
        self,
        *,
        frame_rate: float,
        quality: ScreenshareQuality,
        simulcast: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("frame_rate", frame_rate)
        self._write("quality", quality)
        if not isinstance(simulcast, Unset):
            self._write("simulcast", simulcast)

    @property
    def frame_rate(self) -> float:
        """Frame rate of participants' video"""

        return self._req("frame_rate", _c_0)

    @frame_rate.setter
    def frame_rate(self, value: float) -> None:
        self._write("frame_rate", value)

    @property
    def quality(self) -> ScreenshareQuality:
        """Quality of screen share"""

        return self._req("quality", _c_1)

    @quality.setter
    def quality(self, value: ScreenshareQuality) -> None:
        self._write("quality", value)

    @property
    def simulcast(self) -> bool | None:
        """Enable simulcast for participant videos."""

        return self._opt("simulcast", _c_2)

    @simulcast.setter
    def simulcast(self, value: bool) -> None:
        self._write("simulcast", value)
