from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class ScreenshareVideoProducerCumulativeIssues(_rt.Model):
    """
    Attributes:
        bandwidth_quality_limitation_fraction (float | None):
        cpu_quality_limitation_fraction (float | None):
        no_video_fraction (float | None):
        poor_resolution_fraction (float | None):
        quality_limitation_fraction (float | None):
    """

    __slots__ = ()
    _fields = {
        "bandwidth_quality_limitation_fraction": (_c_0, False),
        "cpu_quality_limitation_fraction": (_c_1, False),
        "no_video_fraction": (_c_2, False),
        "poor_resolution_fraction": (_c_3, False),
        "quality_limitation_fraction": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        bandwidth_quality_limitation_fraction: float | None | Unset = UNSET,
        cpu_quality_limitation_fraction: float | None | Unset = UNSET,
        no_video_fraction: float | None | Unset = UNSET,
        poor_resolution_fraction: float | None | Unset = UNSET,
        quality_limitation_fraction: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(bandwidth_quality_limitation_fraction, Unset):
            self._write("bandwidth_quality_limitation_fraction", bandwidth_quality_limitation_fraction)
        if not isinstance(cpu_quality_limitation_fraction, Unset):
            self._write("cpu_quality_limitation_fraction", cpu_quality_limitation_fraction)
        if not isinstance(no_video_fraction, Unset):
            self._write("no_video_fraction", no_video_fraction)
        if not isinstance(poor_resolution_fraction, Unset):
            self._write("poor_resolution_fraction", poor_resolution_fraction)
        if not isinstance(quality_limitation_fraction, Unset):
            self._write("quality_limitation_fraction", quality_limitation_fraction)

    @property
    def bandwidth_quality_limitation_fraction(self) -> float | None:

        return self._opt("bandwidth_quality_limitation_fraction", _c_0)

    @bandwidth_quality_limitation_fraction.setter
    def bandwidth_quality_limitation_fraction(self, value: float | None) -> None:
        self._write("bandwidth_quality_limitation_fraction", value)

    @property
    def cpu_quality_limitation_fraction(self) -> float | None:

        return self._opt("cpu_quality_limitation_fraction", _c_1)

    @cpu_quality_limitation_fraction.setter
    def cpu_quality_limitation_fraction(self, value: float | None) -> None:
        self._write("cpu_quality_limitation_fraction", value)

    @property
    def no_video_fraction(self) -> float | None:

        return self._opt("no_video_fraction", _c_2)

    @no_video_fraction.setter
    def no_video_fraction(self, value: float | None) -> None:
        self._write("no_video_fraction", value)

    @property
    def poor_resolution_fraction(self) -> float | None:

        return self._opt("poor_resolution_fraction", _c_3)

    @poor_resolution_fraction.setter
    def poor_resolution_fraction(self, value: float | None) -> None:
        self._write("poor_resolution_fraction", value)

    @property
    def quality_limitation_fraction(self) -> float | None:

        return self._opt("quality_limitation_fraction", _c_4)

    @quality_limitation_fraction.setter
    def quality_limitation_fraction(self, value: float | None) -> None:
        self._write("quality_limitation_fraction", value)
