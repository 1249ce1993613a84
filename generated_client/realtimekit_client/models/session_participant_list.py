from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_participant import SessionParticipant


_c_0: _rt.Codec[list[SessionParticipant] | None] = _rt.nullable(
    _rt.list_of(_rt.model("session_participant", "SessionParticipant"))
)


class SessionParticipantList(_rt.Model):
    """
    Attributes:
        participants (list[SessionParticipant] | None):
    """

    __slots__ = ()
    _fields = {
        "participants": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        participants: list[SessionParticipant] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(participants, Unset):
            self._write("participants", participants)

    @property
    def participants(self) -> list[SessionParticipant] | None:

        return self._opt("participants", _c_0)

    @participants.setter
    def participants(self, value: list[SessionParticipant] | None) -> None:
        self._write("participants", value)
