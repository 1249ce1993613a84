from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kicked_participant import KickedParticipant


_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[list[KickedParticipant] | None] = _rt.nullable(
    _rt.list_of(_rt.model("kicked_participant", "KickedParticipant"))
)


class KickResult(_rt.Model):
    """
    Attributes:
        action (str | None):
        participants (list[KickedParticipant] | None):
    """

    __slots__ = ()
    _fields = {
        "action": (_c_0, False),
        "participants": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        action: str | None | Unset = UNSET,
        participants: list[KickedParticipant] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(action, Unset):
            self._write("action", action)
        if not isinstance(participants, Unset):
            self._write("participants", participants)

    @property
    def action(self) -> str | None:

        return self._opt("action", _c_0)

    @action.setter
    def action(self, value: str | None) -> None:
        self._write("action", value)

    @property
    def participants(self) -> list[KickedParticipant] | None:

        return self._opt("participants", _c_1)

    @participants.setter
    def participants(self, value: list[KickedParticipant] | None) -> None:
        self._write("participants", value)
