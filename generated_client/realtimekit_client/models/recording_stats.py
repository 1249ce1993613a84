from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_stat import DayStat


_c_0: _rt.Codec[list[DayStat] | None] = _rt.nullable(_rt.list_of(_rt.model("day_stat", "DayStat")))
_c_1: _rt.Codec[int | None] = _rt.nullable(_rt.INT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class RecordingStats(_rt.Model):
    """Recording statistics of an App during the range specified

    Attributes:
        day_stats (list[DayStat] | None): Day wise recording stats
        recording_count (int | None): Total number of recordings during the range specified
        recording_minutes_consumed (float | None): Total recording minutes during the range specified
    """

    __slots__ = ()
    _fields = {
        "day_stats": (_c_0, False),
        "recording_count": (_c_1, False),
        "recording_minutes_consumed": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        day_stats: list[DayStat] | None | Unset = UNSET,
        recording_count: int | None | Unset = UNSET,
        recording_minutes_consumed: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(day_stats, Unset):
            self._write("day_stats", day_stats)
        if not isinstance(recording_count, Unset):
            self._write("recording_count", recording_count)
        if not isinstance(recording_minutes_consumed, Unset):
            self._write("recording_minutes_consumed", recording_minutes_consumed)

    @property
    def day_stats(self) -> list[DayStat] | None:
        """Day wise recording stats"""

        return self._opt("day_stats", _c_0)

    @day_stats.setter
    def day_stats(self, value: list[DayStat] | None) -> None:
        self._write("day_stats", value)

    @property
    def recording_count(self) -> int | None:
        """Total number of recordings during the range specified"""

        return self._opt("recording_count", _c_1)

    @recording_count.setter
    def recording_count(self, value: int | None) -> None:
        self._write("recording_count", value)

    @property
    def recording_minutes_consumed(self) -> float | None:
        """Total recording minutes during the range specified"""

        return self._opt("recording_minutes_consumed", _c_2)

    @recording_minutes_consumed.setter
    def recording_minutes_consumed(self, value: float | None) -> None:
        self._write("recording_minutes_consumed", value)
