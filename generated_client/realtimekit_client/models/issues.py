from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class Issues(_rt.Model):
    """
    Attributes:
        lag_fraction (float | None):
        no_video_fraction (float | None):
        poor_resolution_fraction (float | None):
    """

    __slots__ = ()
    _fields = {
        "lag_fraction": (_c_0, False),
        "no_video_fraction": (_c_1, False),
        "poor_resolution_fraction": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        lag_fraction: float | None | Unset = UNSET,
        no_video_fraction: float | None | Unset = UNSET,
        poor_resolution_fraction: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(lag_fraction, Unset):
            self._write("lag_fraction", lag_fraction)
        if not isinstance(no_video_fraction, Unset):
            self._write("no_video_fraction", no_video_fraction)
        if not isinstance(poor_resolution_fraction, Unset):
            self._write("poor_resolution_fraction", poor_resolution_fraction)

    @property
    def lag_fraction(self) -> float | None:

        return self._opt("lag_fraction", _c_0)

    @lag_fraction.setter
    def lag_fraction(self, value: float | None) -> None:
        self._write("lag_fraction", value)

    @property
    def no_video_fraction(self) -> float | None:

        return self._opt("no_video_fraction", _c_1)

    @no_video_fraction.setter
    def no_video_fraction(self, value: float | None) -> None:
        self._write("no_video_fraction", value)

    @property
    def poor_resolution_fraction(self) -> float | None:

        return self._opt("poor_resolution_fraction", _c_2)

    @poor_resolution_fraction.setter
    def poor_resolution_fraction(self, value: float | None) -> None:
        self._write("poor_resolution_fraction", value)
