from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[float] = _rt.FLOAT
_c_2: _rt.Codec[float] = _rt.FLOAT


class MeetingInfoListResponsePaging(_rt.Model):
    """
    Attributes:
        end_offset (float): Promised by the API.
        start_offset (float): Promised by the API.
        total_count (float): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "end_offset": (_c_0, True),
        "start_offset": (_c_1, True),
        "total_count": (_c_2, True),
    }
    _required = frozenset(
        {
            "end_offset",
            "start_offset",
            "total_count",
        }
    )

    def __init__(
        self,
        *,
        end_offset: float,
        start_offset: float,
        total_count: float,
    ) -> None:
        super().__init__()
        self._write("end_offset", end_offset)
        self._write("start_offset", start_offset)
        self._write("total_count", total_count)

    @property
    def end_offset(self) -> float:

        return self._req("end_offset", _c_0)

    @end_offset.setter
    def end_offset(self, value: float) -> None:
        self._write("end_offset", value)

    @property
    def start_offset(self) -> float:

        return self._req("start_offset", _c_1)

    @start_offset.setter
    def start_offset(self, value: float) -> None:
        self._write("start_offset", value)

    @property
    def total_count(self) -> float:

        return self._req("total_count", _c_2)

    @total_count.setter
    def total_count(self, value: float) -> None:
        self._write("total_count", value)
