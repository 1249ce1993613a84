from __future__ import annotations

from .. import model_base as _rt
from ..models.peer_event_event_name import PeerEventEventName, check_peer_event_event_name
from ..models.peer_event_preset_view_type import PeerEventPresetViewType, check_peer_event_preset_view_type
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[PeerEventEventName | None] = _rt.nullable(
    _rt.checked(check_peer_event_event_name, "PEER_CREATED, PEER_JOINING, PEER_LEAVING")
)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[PeerEventPresetViewType | None] = _rt.nullable(
    _rt.checked(check_peer_event_preset_view_type, "AUDIO_ROOM, CHAT, GROUP_CALL, LIVESTREAM, WEBINAR")
)
_c_7: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class PeerEvent(_rt.Model):
    """A connection lifecycle event recorded for a participant's peer.

    Attributes:
        id (str | None): ID of the peer event.
        created_at (str | None): Timestamp when this peer event was created.
        event_name (PeerEventEventName | None): Name of the peer event.
        minutes_consumed (float | None): Minutes consumed attributed to this event.
        participant_id (str | None): ID of the participant this event belongs to.
        peer_id (str | None): Peer ID this event belongs to.
        preset_view_type (PeerEventPresetViewType | None): View type of the preset associated with the peer.
        session_id (str | None): ID of the session this event belongs to.
        socket_session_id (str | None): ID of the socket session associated with this event.
        updated_at (str | None): Timestamp when this peer event was last updated.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, False),
        "created_at": (_c_1, False),
        "event_name": (_c_2, False),
        "minutes_consumed": (_c_3, False),
        "participant_id": (_c_4, False),
        "peer_id": (_c_5, False),
        "preset_view_type": (_c_6, False),
        "session_id": (_c_7, False),
        "socket_session_id": (_c_8, False),
        "updated_at": (_c_9, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        event_name: PeerEventEventName | None | Unset = UNSET,
        minutes_consumed: float | None | Unset = UNSET,
        participant_id: str | None | Unset = UNSET,
        peer_id: str | None | Unset = UNSET,
        preset_view_type: PeerEventPresetViewType | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        socket_session_id: str | None | Unset = UNSET,
        updated_at: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(event_name, Unset):
            self._write("event_name", event_name)
        if not isinstance(minutes_consumed, Unset):
            self._write("minutes_consumed", minutes_consumed)
        if not isinstance(participant_id, Unset):
            self._write("participant_id", participant_id)
        if not isinstance(peer_id, Unset):
            self._write("peer_id", peer_id)
        if not isinstance(preset_view_type, Unset):
            self._write("preset_view_type", preset_view_type)
        if not isinstance(session_id, Unset):
            self._write("session_id", session_id)
        if not isinstance(socket_session_id, Unset):
            self._write("socket_session_id", socket_session_id)
        if not isinstance(updated_at, Unset):
            self._write("updated_at", updated_at)

    @property
    def id(self) -> str | None:
        """ID of the peer event."""

        return self._opt("id", _c_0)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> str | None:
        """Timestamp when this peer event was created."""

        return self._opt("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: str | None) -> None:
        self._write("created_at", value)

    @property
    def event_name(self) -> PeerEventEventName | None:
        """Name of the peer event."""

        return self._opt("event_name", _c_2)

    @event_name.setter
    def event_name(self, value: PeerEventEventName | None) -> None:
        self._write("event_name", value)

    @property
    def minutes_consumed(self) -> float | None:
        """Minutes consumed attributed to this event."""

        return self._opt("minutes_consumed", _c_3)

    @minutes_consumed.setter
    def minutes_consumed(self, value: float | None) -> None:
        self._write("minutes_consumed", value)

    @property
    def participant_id(self) -> str | None:
        """ID of the participant this event belongs to."""

        return self._opt("participant_id", _c_4)

    @participant_id.setter
    def participant_id(self, value: str | None) -> None:
        self._write("participant_id", value)

    @property
    def peer_id(self) -> str | None:
        """Peer ID this event belongs to."""

        return self._opt("peer_id", _c_5)

    @peer_id.setter
    def peer_id(self, value: str | None) -> None:
        self._write("peer_id", value)

    @property
    def preset_view_type(self) -> PeerEventPresetViewType | None:
        """View type of the preset associated with the peer."""

        return self._opt("preset_view_type", _c_6)

    @preset_view_type.setter
    def preset_view_type(self, value: PeerEventPresetViewType | None) -> None:
        self._write("preset_view_type", value)

    @property
    def session_id(self) -> str | None:
        """ID of the session this event belongs to."""

        return self._opt("session_id", _c_7)

    @session_id.setter
    def session_id(self, value: str | None) -> None:
        self._write("session_id", value)

    @property
    def socket_session_id(self) -> str | None:
        """ID of the socket session associated with this event."""

        return self._opt("socket_session_id", _c_8)

    @socket_session_id.setter
    def socket_session_id(self, value: str | None) -> None:
        self._write("socket_session_id", value)

    @property
    def updated_at(self) -> str | None:
        """Timestamp when this peer event was last updated."""

        return self._opt("updated_at", _c_9)

    @updated_at.setter
    def updated_at(self, value: str | None) -> None:
        self._write("updated_at", value)
