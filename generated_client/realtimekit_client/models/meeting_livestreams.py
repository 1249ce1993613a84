from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.livestream_page_paging import LivestreamPagePaging
    from ..models.meeting_livestreams_livestream import MeetingLivestreamsLivestream
    from ..models.sessions import Sessions


_c_0: _rt.Codec[list[MeetingLivestreamsLivestream] | None] = _rt.nullable(
    _rt.list_of(_rt.model("meeting_livestreams_livestream", "MeetingLivestreamsLivestream"))
)
_c_1: _rt.Codec[LivestreamPagePaging | None] = _rt.nullable(_rt.model("livestream_page_paging", "LivestreamPagePaging"))
_c_2: _rt.Codec[Sessions | None] = _rt.nullable(_rt.model("sessions", "Sessions"))


class MeetingLivestreams(_rt.Model):
    """
    Attributes:
        livestreams (list[MeetingLivestreamsLivestream] | None):
        paging (LivestreamPagePaging | None):
        sessions (Sessions | None):
    """

    __slots__ = ()
    _fields = {
        "livestreams": (_c_0, False),
        "paging": (_c_1, False),
        "sessions": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        livestreams: list[MeetingLivestreamsLivestream] | None | Unset = UNSET,
        paging: LivestreamPagePaging | None | Unset = UNSET,
        sessions: Sessions | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(livestreams, Unset):
            self._write("livestreams", livestreams)
        if not isinstance(paging, Unset):
            self._write("paging", paging)
        if not isinstance(sessions, Unset):
            self._write("sessions", sessions)

    @property
    def livestreams(self) -> list[MeetingLivestreamsLivestream] | None:

        return self._opt("livestreams", _c_0)

    @livestreams.setter
    def livestreams(self, value: list[MeetingLivestreamsLivestream] | None) -> None:
        self._write("livestreams", value)

    @property
    def paging(self) -> LivestreamPagePaging | None:

        return self._opt("paging", _c_1)

    @paging.setter
    def paging(self, value: LivestreamPagePaging | None) -> None:
        self._write("paging", value)

    @property
    def sessions(self) -> Sessions | None:

        return self._opt("sessions", _c_2)

    @sessions.setter
    def sessions(self, value: Sessions | None) -> None:
        self._write("sessions", value)
