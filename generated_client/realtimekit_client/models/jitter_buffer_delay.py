from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class JitterBufferDelay(_rt.Model):
    """Cumulative latency distribution (milliseconds-based thresholds).

    Attributes:
        field_100ms_or_greater_event_fraction (float | None):
        field_250ms_or_greater_event_fraction (float | None):
        field_500ms_or_greater_event_fraction (float | None):
        avg (float | None):
    """

    __slots__ = ()
    _fields = {
        "100ms_or_greater_event_fraction": (_c_0, False),
        "250ms_or_greater_event_fraction": (_c_1, False),
        "500ms_or_greater_event_fraction": (_c_2, False),
        "avg": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        field_100ms_or_greater_event_fraction: float | None | Unset = UNSET,
        field_250ms_or_greater_event_fraction: float | None | Unset = UNSET,
        field_500ms_or_greater_event_fraction: float | None | Unset = UNSET,
        avg: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(field_100ms_or_greater_event_fraction, Unset):
            self._write("100ms_or_greater_event_fraction", field_100ms_or_greater_event_fraction)
        if not isinstance(field_250ms_or_greater_event_fraction, Unset):
            self._write("250ms_or_greater_event_fraction", field_250ms_or_greater_event_fraction)
        if not isinstance(field_500ms_or_greater_event_fraction, Unset):
            self._write("500ms_or_greater_event_fraction", field_500ms_or_greater_event_fraction)
        if not isinstance(avg, Unset):
            self._write("avg", avg)

    @property
    def field_100ms_or_greater_event_fraction(self) -> float | None:

        return self._opt("100ms_or_greater_event_fraction", _c_0)

    @field_100ms_or_greater_event_fraction.setter
    def field_100ms_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("100ms_or_greater_event_fraction", value)

    @property
    def field_250ms_or_greater_event_fraction(self) -> float | None:

        return self._opt("250ms_or_greater_event_fraction", _c_1)

    @field_250ms_or_greater_event_fraction.setter
    def field_250ms_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("250ms_or_greater_event_fraction", value)

    @property
    def field_500ms_or_greater_event_fraction(self) -> float | None:

        return self._opt("500ms_or_greater_event_fraction", _c_2)

    @field_500ms_or_greater_event_fraction.setter
    def field_500ms_or_greater_event_fraction(self, value: float | None) -> None:
        self._write("500ms_or_greater_event_fraction", value)

    @property
    def avg(self) -> float | None:

        return self._opt("avg", _c_3)

    @avg.setter
    def avg(self, value: float | None) -> None:
        self._write("avg", value)
