from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_livestream_session import ActiveLivestreamSession
    from ..models.livestream import Livestream


_c_0: _rt.Codec[Livestream | None] = _rt.nullable(_rt.model("livestream", "Livestream"))
_c_1: _rt.Codec[ActiveLivestreamSession | None] = _rt.nullable(
    _rt.model("active_livestream_session", "ActiveLivestreamSession")
)


class ActiveLivestream(_rt.Model):
    """
    Attributes:
        livestream (Livestream | None):
        session (ActiveLivestreamSession | None):
    """

    __slots__ = ()
    _fields = {
        "livestream": (_c_0, False),
        "session": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        livestream: Livestream | None | Unset = UNSET,
        session: ActiveLivestreamSession | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(livestream, Unset):
            self._write("livestream", livestream)
        if not isinstance(session, Unset):
            self._write("session", session)

    @property
    def livestream(self) -> Livestream | None:

        return self._opt("livestream", _c_0)

    @livestream.setter
    def livestream(self, value: Livestream | None) -> None:
        self._write("livestream", value)

    @property
    def session(self) -> ActiveLivestreamSession | None:

        return self._opt("session", _c_1)

    @session.setter
    def session(self, value: ActiveLivestreamSession | None) -> None:
        self._write("session", value)
