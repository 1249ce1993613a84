from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class PacketLoss(_rt.Model):
    """Cumulative packet loss distribution.

    Attributes:
        field_10_or_greater_event_fraction (float | None):
        field_25_or_greater_event_fraction (float | None):
        field_5_or_greater_event_fraction (float | None):
        field_50_or_greater_event_fraction (float | None):
        avg (float | None):
    """

    __slots__ = ()
    _fields = {
        "10_or_greater_event_fraction": (_c_0, False),
        "25_or_greater_event_fraction": (_c_1, False),
        "5_or_greater_event_fraction": (_c_2, False),
        "50_or_greater_event_fraction": (_c_3, False),
        "avg": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        field_10_or_greater_event_fraction: float | None | Unset = UNSET,
        field_25_or_greater_event_fraction: float | None | Unset = UNSET,
        field_5_or_greater_event_fraction: float | None | Unset = UNSET,
        field_50_or_greater_event_fraction: float | None | Unset = UNSET,
        avg: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(field_10_or_greater_event_fraction, Unset):
            self._write("10_or_greater_event_fraction", field_10_or_greater_event_fraction)
        if not isinstance(field_25_or_greater_event_fraction, Unset):
            self._write("25_or_greater_event_fraction", field_25_or_greater_event_fraction)
        if not isinstance(field_5_or_greater_event_fraction, Unset):
            self._write("5_or_greater_event_fraction", field_5_or_greater_event_fraction)
        if not isinstance(field_50_or_greater_event_fraction, Unset):
            self._write("50_or_greater_event_fraction", field_50_or_greater_event_fraction)
        if not isinstance(avg, Unset):
            self._write("avg", avg)

    @property
    def field_10_or_greater_event_fraction(self) -> float | None:

        return self._opt("10_or_greater_event_fraction", _c_0)

    @field_10_or_greater_event_fraction.setter
    def field_10_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("10_or_greater_event_fraction", value)

    @property
    def field_25_or_greater_event_fraction(self) -> float | None:

        return self._opt("25_or_greater_event_fraction", _c_1)

    @field_25_or_greater_event_fraction.setter
    def field_25_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("25_or_greater_event_fraction", value)

    @property
    def field_5_or_greater_event_fraction(self) -> float | None:

        return self._opt("5_or_greater_event_fraction", _c_2)

    @field_5_or_greater_event_fraction.setter
    def field_5_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("5_or_greater_event_fraction", value)

    @property
    def field_50_or_greater_event_fraction(self) -> float | None:

        return self._opt("50_or_greater_event_fraction", _c_3)

    @field_50_or_greater_event_fraction.setter
    def field_50_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("50_or_greater_event_fraction", value)

    @property
    def avg(self) -> float | None:

        return self._opt("avg", _c_4)

    @avg.setter
    def avg(self, value: float | None) -> None:
        self._write("avg", value)
