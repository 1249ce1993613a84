from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class QualityLimitationDurations(_rt.Model):
    """
    Attributes:
        bandwidth (float | None):
        cpu (float | None):
        none (float | None):
        other (float | None):
    """

    __slots__ = ()
    _fields = {
        "bandwidth": (_c_0, False),
        "cpu": (_c_1, False),
        "none": (_c_2, False),
        "other": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        bandwidth: float | None | Unset = UNSET,
        cpu: float | None | Unset = UNSET,
        none: float | None | Unset = UNSET,
        other: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(bandwidth, Unset):
            self._write("bandwidth", bandwidth)
        if not isinstance(cpu, Unset):
            self._write("cpu", cpu)
        if not isinstance(none, Unset):
            self._write("none", none)
        if not isinstance(other, Unset):
            self._write("other", other)

    @property
    def bandwidth(self) -> float | None:

        return self._opt("bandwidth", _c_0)

    @bandwidth.setter
    def bandwidth(self, value: float | None) -> None:
        self._write("bandwidth", value)

    @property
    def cpu(self) -> float | None:

        return self._opt("cpu", _c_1)

    @cpu.setter
    def cpu(self, value: float | None) -> None:
        self._write("cpu", value)

    @property
    def none(self) -> float | None:

        return self._opt("none", _c_2)

    @none.setter
    def none(self, value: float | None) -> None:
        self._write("none", value)

    @property
    def other(self) -> float | None:

        return self._opt("other", _c_3)

    @other.setter
    def other(self, value: float | None) -> None:
        self._write("other", value)
