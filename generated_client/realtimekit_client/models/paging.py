from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class Paging(_rt.Model):
    """
    Attributes:
        end_offset (float | None):
        start_offset (float | None):
        total_count (float | None):
    """

    __slots__ = ()
    _fields = {
        "end_offset": (_c_0, False),
        "start_offset": (_c_1, False),
        "total_count": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        end_offset: float | None | Unset = UNSET,
        start_offset: float | None | Unset = UNSET,
        total_count: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(end_offset, Unset):
            self._write("end_offset", end_offset)
        if not isinstance(start_offset, Unset):
            self._write("start_offset", start_offset)
        if not isinstance(total_count, Unset):
            self._write("total_count", total_count)

    @property
    def end_offset(self) -> float | None:

        return self._opt("end_offset", _c_0)

    @end_offset.setter
    def end_offset(self, value: float | None) -> None:
        self._write("end_offset", value)

    @property
    def start_offset(self) -> float | None:

        return self._opt("start_offset", _c_1)

    @start_offset.setter
    def start_offset(self, value: float | None) -> None:
        self._write("start_offset", value)

    @property
    def total_count(self) -> float | None:

        return self._opt("total_count", _c_2)

    @total_count.setter
    def total_count(self, value: float | None) -> None:
        self._write("total_count", value)
