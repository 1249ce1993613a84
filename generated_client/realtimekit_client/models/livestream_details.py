from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.livestream import Livestream
    from ..models.livestream_details_session import LivestreamDetailsSession
    from ..models.livestream_page_paging import LivestreamPagePaging


_c_0: _rt.Codec[Livestream | None] = _rt.nullable(_rt.model("livestream", "Livestream"))
_c_1: _rt.Codec[LivestreamPagePaging | None] = _rt.nullable(_rt.model("livestream_page_paging", "LivestreamPagePaging"))
_c_2: _rt.Codec[LivestreamDetailsSession | None] = _rt.nullable(
    _rt.model("livestream_details_session", "LivestreamDetailsSession")
)


class LivestreamDetails(_rt.Model):
    """
    Attributes:
        livestream (Livestream | None):
        paging (LivestreamPagePaging | None):
        session (LivestreamDetailsSession | None):
    """

    __slots__ = ()
    _fields = {
        "livestream": (_c_0, False),
        "paging": (_c_1, False),
        "session": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        livestream: Livestream | None | Unset = UNSET,
        paging: LivestreamPagePaging | None | Unset = UNSET,
        session: LivestreamDetailsSession | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(livestream, Unset):
            self._write("livestream", livestream)
        if not isinstance(paging, Unset):
            self._write("paging", paging)
        if not isinstance(session, Unset):
            self._write("session", session)

    @property
    def livestream(self) -> Livestream | None:

        return self._opt("livestream", _c_0)

    @livestream.setter
    def livestream(self, value: Livestream | None) -> None:
        self._write("livestream", value)

    @property
    def paging(self) -> LivestreamPagePaging | None:

        return self._opt("paging", _c_1)

    @paging.setter
    def paging(self, value: LivestreamPagePaging | None) -> None:
        self._write("paging", value)

    @property
    def session(self) -> LivestreamDetailsSession | None:

        return self._opt("session", _c_2)

    @session.setter
    def session(self, value: LivestreamDetailsSession | None) -> None:
        self._write("session", value)
