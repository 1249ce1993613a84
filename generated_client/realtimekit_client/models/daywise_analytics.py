from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_stats import RecordingStats
    from ..models.session_stats import SessionStats


_c_0: _rt.Codec[RecordingStats | None] = _rt.nullable(_rt.model("recording_stats", "RecordingStats"))
_c_1: _rt.Codec[SessionStats | None] = _rt.nullable(_rt.model("session_stats", "SessionStats"))


class DaywiseAnalytics(_rt.Model):
    """
    Attributes:
        recording_stats (RecordingStats | None): Recording statistics of an App during the range specified
        session_stats (SessionStats | None): Session statistics of an App during the range specified
    """

    __slots__ = ()
    _fields = {
        "recording_stats": (_c_0, False),
        "session_stats": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        recording_stats: RecordingStats | None | Unset = UNSET,
        session_stats: SessionStats | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(recording_stats, Unset):
            self._write("recording_stats", recording_stats)
        if not isinstance(session_stats, Unset):
            self._write("session_stats", session_stats)

    @property
    def recording_stats(self) -> RecordingStats | None:
        """Recording statistics of an App during the range specified"""

        return self._opt("recording_stats", _c_0)

    @recording_stats.setter
    def recording_stats(self, value: RecordingStats | None) -> None:
        self._write("recording_stats", value)

    @property
    def session_stats(self) -> SessionStats | None:
        """Session statistics of an App during the range specified"""

        return self._opt("session_stats", _c_1)

    @session_stats.setter
    def session_stats(self, value: SessionStats | None) -> None:
        self._write("session_stats", value)
