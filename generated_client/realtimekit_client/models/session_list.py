from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session import Session


_c_0: _rt.Codec[list[Session] | None] = _rt.nullable(_rt.list_of(_rt.model("session", "Session")))


class SessionList(_rt.Model):
    """
    Attributes:
        sessions (list[Session] | None):
    """

    __slots__ = ()
    _fields = {
        "sessions": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        sessions: list[Session] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(sessions, Unset):
            self._write("sessions", sessions)

    @property
    def sessions(self) -> list[Session] | None:

        return self._opt("sessions", _c_0)

    @sessions.setter
    def sessions(self, value: list[Session] | None) -> None:
        self._write("sessions", value)
