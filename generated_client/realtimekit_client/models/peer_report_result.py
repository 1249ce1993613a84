from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.peer_details import PeerDetails


_c_0: _rt.Codec[PeerDetails | None] = _rt.nullable(_rt.model("peer_details", "PeerDetails"))


class PeerReportResult(_rt.Model):
    """
    Attributes:
        participant (PeerDetails | None):
    """

    __slots__ = ()
    _fields = {
        "participant": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        participant: PeerDetails | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(participant, Unset):
            self._write("participant", participant)

    @property
    def participant(self) -> PeerDetails | None:

        return self._opt("participant", _c_0)

    @participant.setter
    def participant(self, value: PeerDetails | None) -> None:
        self._write("participant", value)
