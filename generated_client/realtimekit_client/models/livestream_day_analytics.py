from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[int | None] = _rt.nullable(_rt.INT)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[int | None] = _rt.nullable(_rt.INT)
_c_3: _rt.Codec[int | None] = _rt.nullable(_rt.INT)


class LivestreamDayAnalytics(_rt.Model):
    """
    Attributes:
        count (int | None): Count of total livestream sessions.
        date_ (str | None): Analytics date.
        total_ingest_seconds (int | None): Total time duration for which the input was given or the meeting was streamed.
        total_viewer_seconds (int | None): Total view time for which the viewers watched the stream.
    """

    __slots__ = ()
    _fields = {
        "count": (_c_0, False),
        "date": (_c_1, False),
        "total_ingest_seconds": (_c_2, False),
        "total_viewer_seconds": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        count: int | None | Unset = UNSET,
        date_: str | None | Unset = UNSET,
        total_ingest_seconds: int | None | Unset = UNSET,
        total_viewer_seconds: int | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(count, Unset):
            self._write("count", count)
        if not isinstance(date_, Unset):
            self._write("date", date_)
        if not isinstance(total_ingest_seconds, Unset):
            self._write("total_ingest_seconds", total_ingest_seconds)
        if not isinstance(total_viewer_seconds, Unset):
            self._write("total_viewer_seconds", total_viewer_seconds)

    @property
    def count(self) -> int | None:
        """Count of total livestream sessions."""

        return self._opt("count", _c_0)

    @count.setter
    def count(self, value: int | None) -> None:
        self._write("count", value)

    @property
    def date_(self) -> str | None:
        """Analytics date."""

        return self._opt("date", _c_1)

    @date_.setter
    def date_(self, value: str | None) -> None:
        self._write("date", value)

    @property
    def total_ingest_seconds(self) -> int | None:
        """Total time duration for which the input was given or the meeting was streamed."""

        return self._opt("total_ingest_seconds", _c_2)

    @total_ingest_seconds.setter
    def total_ingest_seconds(self, value: int | None) -> None:
        self._write("total_ingest_seconds", value)

    @property
    def total_viewer_seconds(self) -> int | None:
        """Total view time for which the viewers watched the stream."""

        return self._opt("total_viewer_seconds", _c_3)

    @total_viewer_seconds.setter
    def total_viewer_seconds(self, value: int | None) -> None:
        self._write("total_viewer_seconds", value)
