from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.peer_event import PeerEvent
    from ..models.peer_report import PeerReport


_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_7: _rt.Codec[list[PeerEvent] | None] = _rt.nullable(_rt.list_of(_rt.model("peer_event", "PeerEvent")))
_c_8: _rt.Codec[PeerReport | None] = _rt.nullable(_rt.model("peer_report", "PeerReport"))
_c_9: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_10: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_11: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_12: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class PeerDetails(_rt.Model):
    """
    Attributes:
        id (str | None): ID of the participant.
        created_at (str | None): timestamp when this participant was created.
        custom_participant_id (str | None): ID passed by client to create this participant.
        display_name (str | None): Display name of participant when joining the session.
        duration (float | None): number of minutes for which the participant was in the session.
        joined_at (str | None): timestamp at which participant joined the session.
        left_at (str | None): timestamp at which participant left the session.
        peer_events (list[PeerEvent] | None): Connection lifecycle events for the participant's peer.
        peer_report (PeerReport | None): Peer call statistics report.
        role (str | None): Name of the preset associated with the participant.
        session_id (str | None):
        updated_at (str | None): timestamp when this participant's data was last updated.
        user_id (str | None): User id for this participant.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, False),
        "created_at": (_c_1, False),
        "custom_participant_id": (_c_2, False),
        "display_name": (_c_3, False),
        "duration": (_c_4, False),
        "joined_at": (_c_5, False),
        "left_at": (_c_6, False),
        "peer_events": (_c_7, False),
        "peer_report": (_c_8, False),
        "role": (_c_9, False),
        "session_id": (_c_10, False),
        "updated_at": (_c_11, False),
        "user_id": (_c_12, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        custom_participant_id: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        duration: float | None | Unset = UNSET,
        joined_at: str | None | Unset = UNSET,
        left_at: str | None | Unset = UNSET,
        peer_events: list[PeerEvent] | None | Unset = UNSET,
        peer_report: PeerReport | None | Unset = UNSET,
        role: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        updated_at: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(custom_participant_id, Unset):
            self._write("custom_participant_id", custom_participant_id)
        if not isinstance(display_name, Unset):
            self._write("display_name", display_name)
        if not isinstance(duration, Unset):
            self._write("duration", duration)
        if not isinstance(joined_at, Unset):
            self._write("joined_at", joined_at)
        if not isinstance(left_at, Unset):
            self._write("left_at", left_at)
        if not isinstance(peer_events, Unset):
            self._write("peer_events", peer_events)
        if not isinstance(peer_report, Unset):
            self._write("peer_report", peer_report)
        if not isinstance(role, Unset):
            self._write("role", role)
        if not isinstance(session_id, Unset):
            self._write("session_id", session_id)
        if not isinstance(updated_at, Unset):
            self._write("updated_at", updated_at)
        if not isinstance(user_id, Unset):
            self._write("user_id", user_id)

    @property
    def id(self) -> str | None:
        """ID of the participant."""

        return self._opt("id", _c_0)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> str | None:
        """timestamp when this participant was created."""

        return self._opt("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: str | None) -> None:
        self._write("created_at", value)

    @property
    def custom_participant_id(self) -> str | None:
        """ID passed by client to create this participant."""

        return self._opt("custom_participant_id", _c_2)

    @custom_participant_id.setter
    def custom_participant_id(self, value: str | None) -> None:
        self._write("custom_participant_id", value)

    @property
    def display_name(self) -> str | None:
        """Display name of participant when joining the session."""

        return self._opt("display_name", _c_3)

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._write("display_name", value)

    @property
    def duration(self) -> float | None:
        """number of minutes for which the participant was in the session."""

        return self._opt("duration", _c_4)

    @duration.setter
    def duration(self, value: float | None) -> None:
        self._write("duration", value)

    @property
    def joined_at(self) -> str | None:
        """timestamp at which participant joined the session."""

        return self._opt("joined_at", _c_5)

    @joined_at.setter
    def joined_at(self, value: str | None) -> None:
        self._write("joined_at", value)

    @property
    def left_at(self) -> str | None:
        """timestamp at which participant left the session."""

        return self._opt("left_at", _c_6)

    @left_at.setter
    def left_at(self, value: str | None) -> None:
        self._write("left_at", value)

    @property
    def peer_events(self) -> list[PeerEvent] | None:
        """Connection lifecycle events for the participant's peer."""

        return self._opt("peer_events", _c_7)

    @peer_events.setter
    def peer_events(self, value: list[PeerEvent] | None) -> None:
        self._write("peer_events", value)

    @property
    def peer_report(self) -> PeerReport | None:
        """Peer call statistics report."""

        return self._opt("peer_report", _c_8)

    @peer_report.setter
    def peer_report(self, value: PeerReport | None) -> None:
        self._write("peer_report", value)

    @property
    def role(self) -> str | None:
        """Name of the preset associated with the participant."""

        return self._opt("role", _c_9)

    @role.setter
    def role(self, value: str | None) -> None:
        self._write("role", value)

    @property
    def session_id(self) -> str | None:

        return self._opt("session_id", _c_10)

    @session_id.setter
    def session_id(self, value: str | None) -> None:
        self._write("session_id", value)

    @property
    def updated_at(self) -> str | None:
        """timestamp when this participant's data was last updated."""

        return self._opt("updated_at", _c_11)

    @updated_at.setter
    def updated_at(self, value: str | None) -> None:
        self._write("updated_at", value)

    @property
    def user_id(self) -> str | None:
        """User id for this participant."""

        return self._opt("user_id", _c_12)

    @user_id.setter
    def user_id(self, value: str | None) -> None:
        self._write("user_id", value)
