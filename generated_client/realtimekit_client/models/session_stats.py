from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_stats_day_stat import SessionStatsDayStat


_c_0: _rt.Codec[list[SessionStatsDayStat] | None] = _rt.nullable(
    _rt.list_of(_rt.model("session_stats_day_stat", "SessionStatsDayStat"))
)
_c_1: _rt.Codec[int | None] = _rt.nullable(_rt.INT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class SessionStats(_rt.Model):
    """Session statistics of an App during the range specified

    Attributes:
        day_stats (list[SessionStatsDayStat] | None): Day wise session stats
        sessions_count (int | None): Total number of sessions during the range specified
        sessions_minutes_consumed (float | None): Total session minutes during the range specified
    """

    __slots__ = ()
    _fields = {
        "day_stats": (_c_0, False),
        "sessions_count": (_c_1, False),
        "sessions_minutes_consumed": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        day_stats: list[SessionStatsDayStat] | None | Unset = UNSET,
        sessions_count: int | None | Unset = UNSET,
        sessions_minutes_consumed: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(day_stats, Unset):
            self._write("day_stats", day_stats)
        if not isinstance(sessions_count, Unset):
            self._write("sessions_count", sessions_count)
        if not isinstance(sessions_minutes_consumed, Unset):
            self._write("sessions_minutes_consumed", sessions_minutes_consumed)

    @property
    def day_stats(self) -> list[SessionStatsDayStat] | None:
        """Day wise session stats"""

        return self._opt("day_stats", _c_0)

    @day_stats.setter
    def day_stats(self, value: list[SessionStatsDayStat] | None) -> None:
        self._write("day_stats", value)

    @property
    def sessions_count(self) -> int | None:
        """Total number of sessions during the range specified"""

        return self._opt("sessions_count", _c_1)

    @sessions_count.setter
    def sessions_count(self, value: int | None) -> None:
        self._write("sessions_count", value)

    @property
    def sessions_minutes_consumed(self) -> float | None:
        """Total session minutes during the range specified"""

        return self._opt("sessions_minutes_consumed", _c_2)

    @sessions_minutes_consumed.setter
    def sessions_minutes_consumed(self, value: float | None) -> None:
        self._write("sessions_minutes_consumed", value)
