from __future__ import annotations

from .. import model_base as _rt
from ..models.screenshare_quality import ScreenshareQuality, check_screenshare_quality
from ..types import UNSET, Unset

_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[ScreenshareQuality] = _rt.checked(check_screenshare_quality, "fhd, hd, qvga, uhd, vga")


class ScreenshareParams(_rt.Model):
    """Configuration options for participant screen shares

    Attributes:
        frame_rate (float | None): Frame rate of screen share
        quality (ScreenshareQuality | None): Quality of screen share
    """

    __slots__ = ()
    _fields = {
        "frame_rate": (_c_0, False),
        "quality": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        frame_rate: float | Unset = UNSET,
        quality: ScreenshareQuality | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(frame_rate, Unset):
            self._write("frame_rate", frame_rate)
        if not isinstance(quality, Unset):
            self._write("quality", quality)

    @property
    def frame_rate(self) -> float | None:
        """Frame rate of screen share"""

        return self._opt("frame_rate", _c_0)

    @frame_rate.setter
    def frame_rate(self, value: float) -> None:
        self._write("frame_rate", value)

    @property
    def quality(self) -> ScreenshareQuality | None:
        """Quality of screen share"""

        return self._opt("quality", _c_1)

    @quality.setter
    def quality(self, value: ScreenshareQuality) -> None:
        self._write("quality", value)
