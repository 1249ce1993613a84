from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[int | None] = _rt.nullable(_rt.INT)


class SessionStatsDayStat(_rt.Model):
    """
    Attributes:
        day (str | None):
        total_session_minutes (float | None): Total session minutes for a specific day
        total_sessions (int | None): Total number of sessions for a specific day
    """

    __slots__ = ()
    _fields = {
        "day": (_c_0, False),
        "total_session_minutes": (_c_1, False),
        "total_sessions": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        day: str | None | Unset = UNSET,
        total_session_minutes: float | None | Unset = UNSET,
        total_sessions: int | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(day, Unset):
            self._write("day", day)
        if not isinstance(total_session_minutes, Unset):
            self._write("total_session_minutes", total_session_minutes)
        if not isinstance(total_sessions, Unset):
            self._write("total_sessions", total_sessions)

    @property
    def day(self) -> str | None:

        return self._opt("day", _c_0)

    @day.setter
    def day(self, value: str | None) -> None:
        self._write("day", value)

    @property
    def total_session_minutes(self) -> float | None:
        """Total session minutes for a specific day"""

        return self._opt("total_session_minutes", _c_1)

    @total_session_minutes.setter
    def total_session_minutes(self, value: float | None) -> None:
        self._write("total_session_minutes", value)

    @property
    def total_sessions(self) -> int | None:
        """Total number of sessions for a specific day"""

        return self._opt("total_sessions", _c_2)

    @total_sessions.setter
    def total_sessions(self, value: int | None) -> None:
        self._write("total_sessions", value)
