from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_participant import SessionParticipant


_c_0: _rt.Codec[SessionParticipant | None] = _rt.nullable(_rt.model("session_participant", "SessionParticipant"))


class SessionParticipantDetails(_rt.Model):
    """
    Attributes:
        participant (SessionParticipant | None):
    """

    __slots__ = ()
    _fields = {
        "participant": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        participant: SessionParticipant | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(participant, Unset):
            self._write("participant", participant)

    @property
    def participant(self) -> SessionParticipant | None:

        return self._opt("participant", _c_0)

    @participant.setter
    def participant(self, value: SessionParticipant | None) -> None:
        self._write("participant", value)
