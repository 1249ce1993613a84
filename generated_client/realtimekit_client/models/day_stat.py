from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[int | None] = _rt.nullable(_rt.INT)
_c_2: _rt.Codec[int | None] = _rt.nullable(_rt.INT)


class DayStat(_rt.Model):
    """
    Attributes:
        day (str | None):
        total_recording_minutes (int | None): Total recording minutes for a specific day
        total_recordings (int | None): Total number of recordings for a specific day
    """

    __slots__ = ()
    _fields = {
        "day": (_c_0, False),
        "total_recording_minutes": (_c_1, False),
        "total_recordings": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        day: str | None | Unset = UNSET,
        total_recording_minutes: int | None | Unset = UNSET,
        total_recordings: int | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(day, Unset):
            self._write("day", day)
        if not isinstance(total_recording_minutes, Unset):
            self._write("total_recording_minutes", total_recording_minutes)
        if not isinstance(total_recordings, Unset):
            self._write("total_recordings", total_recordings)

    @property
    def day(self) -> str | None:

        return self._opt("day", _c_0)

    @day.setter
    def day(self, value: str | None) -> None:
        self._write("day", value)

    @property
    def total_recording_minutes(self) -> int | None:
        """Total recording minutes for a specific day"""

        return self._opt("total_recording_minutes", _c_1)

    @total_recording_minutes.setter
    def total_recording_minutes(self, value: int | None) -> None:
        self._write("total_recording_minutes", value)

    @property
    def total_recordings(self) -> int | None:
        """Total number of recordings for a specific day"""

        return self._opt("total_recordings", _c_2)

    @total_recordings.setter
    def total_recordings(self, value: int | None) -> None:
        self._write("total_recordings", value)
