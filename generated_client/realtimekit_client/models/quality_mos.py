from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class QualityMos(_rt.Model):
    """Distribution summary with average and percentiles.

    Attributes:
        avg (float | None):
        p50 (float | None):
        p75 (float | None):
        p90 (float | None):
    """

    __slots__ = ()
    _fields = {
        "avg": (_c_0, False),
        "p50": (_c_1, False),
        "p75": (_c_2, False),
        "p90": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        avg: float | None | Unset = UNSET,
        p50: float | None | Unset = UNSET,
        p75: float | None | Unset = UNSET,
        p90: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(avg, Unset):
            self._write("avg", avg)
        if not isinstance(p50, Unset):
            self._write("p50", p50)
        if not isinstance(p75, Unset):
            self._write("p75", p75)
        if not isinstance(p90, Unset):
            self._write("p90", p90)

    @property
    def avg(self) -> float | None:

        return self._opt("avg", _c_0)

    @avg.setter
    def avg(self, value: float | None) -> None:
        self._write("avg", value)

    @property
    def p50(self) -> float | None:

        return self._opt("p50", _c_1)

    @p50.setter
    def p50(self, value: float | None) -> None:
        self._write("p50", value)

    @property
    def p75(self) -> float | None:

        return self._opt("p75", _c_2)

    @p75.setter
    def p75(self, value: float | None) -> None:
        self._write("p75", value)

    @property
    def p90(self) -> float | None:

        return self._opt("p90", _c_3)

    @p90.setter
    def p90(self, value: float | None) -> None:
        self._write("p90", value)
