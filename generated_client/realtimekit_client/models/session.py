from __future__ import annotations

from typing import Any

from .. import model_base as _rt
from ..models.session_status import SessionStatus, check_session_status
from ..models.session_type import SessionType, check_session_type
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[float] = _rt.FLOAT
_c_4: _rt.Codec[float] = _rt.FLOAT
_c_5: _rt.Codec[str] = _rt.STR
_c_6: _rt.Codec[float] = _rt.FLOAT
_c_7: _rt.Codec[str] = _rt.STR
_c_8: _rt.Codec[str] = _rt.STR
_c_9: _rt.Codec[SessionStatus] = _rt.checked(check_session_status, "ENDED, LIVE")
_c_10: _rt.Codec[SessionType] = _rt.checked(check_session_type, "livestream, meeting, participant")
_c_11: _rt.Codec[str] = _rt.STR
_c_12: _rt.Codec[list[Any] | None] = _rt.nullable(_rt.list_of(_rt.ANY))
_c_13: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class Session(_rt.Model):
    """
    Attributes:
        id (str): Promised by the API. ID of the session
        associated_id (str): Promised by the API. ID of the meeting this session is associated with.

            In the case of V2 meetings, it is always a UUID. In V1 meetings, it is a room
            name of the form `abcdef-ghijkl`
        created_at (str): Promised by the API. timestamp when session created
        live_participants (float): Promised by the API. number of participants currently in the session
        max_concurrent_participants (float): Promised by the API. number of maximum participants that were in the session
        meeting_display_name (str): Promised by the API. Title of the meeting this session belongs to
        minutes_consumed (float): Promised by the API. number of minutes consumed since the session started
        organization_id (str): Promised by the API. App id that hosted this session
        started_at (str): Promised by the API. timestamp when session started
        status (SessionStatus): Promised by the API. current status of session
        type_ (SessionType): Promised by the API. type of session
        updated_at (str): Promised by the API. timestamp when session was last updated
        breakout_rooms (list[Any] | None):
        ended_at (str | None): timestamp when session ended
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "associated_id": (_c_1, True),
        "created_at": (_c_2, True),
        "live_participants": (_c_3, True),
        "max_concurrent_participants": (_c_4, True),
        "meeting_display_name": (_c_5, True),
        "minutes_consumed": (_c_6, True),
        "organization_id": (_c_7, True),
        "started_at": (_c_8, True),
        "status": (_c_9, True),
        "type": (_c_10, True),
        "updated_at": (_c_11, True),
        "breakout_rooms": (_c_12, False),
        "ended_at": (_c_13, False),
    }
    _required = frozenset(
        {
            "id",
            "associated_id",
            "created_at",
            "live_participants",
            "max_concurrent_participants",
            "meeting_display_name",
            "minutes_consumed",
            "organization_id",
            "started_at",
            "status",
            "type",
            "updated_at",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        associated_id: str,
        created_at: str,
        live_participants: float,
        max_concurrent_participants: float,
        meeting_display_name: str,
        minutes_consumed: float,
        organization_id: str,
        started_at: str,
        status: SessionStatus,
        type_: SessionType,
        updated_at: str,
        breakout_rooms: list[Any] | None | Unset = UNSET,
        ended_at: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("associated_id", associated_id)
        self._write("created_at", created_at)
        self._write("live_participants", live_participants)
        self._write("max_concurrent_participants", max_concurrent_participants)
        self._write("meeting_display_name", meeting_display_name)
        self._write("minutes_consumed", minutes_consumed)
        self._write("organization_id", organization_id)
        self._write("started_at", started_at)
        self._write("status", status)
        self._write("type", type_)
        self._write("updated_at", updated_at)
        if not isinstance(breakout_rooms, Unset):
            self._write("breakout_rooms", breakout_rooms)
        if not isinstance(ended_at, Unset):
            self._write("ended_at", ended_at)

    @property
    def id(self) -> str:
        """ID of the session"""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def associated_id(self) -> str:
        """ID of the meeting this session is associated with.

        In the case of V2 meetings, it is always a UUID. In V1 meetings, it is a room
        name of the form `abcdef-ghijkl`"""

        return self._req("associated_id", _c_1)

    @associated_id.setter
    def associated_id(self, value: str) -> None:
        self._write("associated_id", value)

    @property
    def created_at(self) -> str:
        """timestamp when session created"""

        return self._req("created_at", _c_2)

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._write("created_at", value)

    @property
    def live_participants(self) -> float:
        """number of participants currently in the session"""

        return self._req("live_participants", _c_3)

    @live_participants.setter
    def live_participants(self, value: float) -> None:
        self._write("live_participants", value)

    @property
    def max_concurrent_participants(self) -> float:
        """number of maximum participants that were in the session"""

        return self._req("max_concurrent_participants", _c_4)

    @max_concurrent_participants.setter
    def max_concurrent_participants(self, value: float) -> None:
        self._write("max_concurrent_participants", value)

    @property
    def meeting_display_name(self) -> str:
        """Title of the meeting this session belongs to"""

        return self._req("meeting_display_name", _c_5)

    @meeting_display_name.setter
    def meeting_display_name(self, value: str) -> None:
        self._write("meeting_display_name", value)

    @property
    def minutes_consumed(self) -> float:
        """number of minutes consumed since the session started"""

        return self._req("minutes_consumed", _c_6)

    @minutes_consumed.setter
    def minutes_consumed(self, value: float) -> None:
        self._write("minutes_consumed", value)

    @property
    def organization_id(self) -> str:
        """App id that hosted this session"""

        return self._req("organization_id", _c_7)

    @organization_id.setter
    def organization_id(self, value: str) -> None:
        self._write("organization_id", value)

    @property
    def started_at(self) -> str:
        """timestamp when session started"""

        return self._req("started_at", _c_8)

    @started_at.setter
    def started_at(self, value: str) -> None:
        self._write("started_at", value)

    @property
    def status(self) -> SessionStatus:
        """current status of session"""

        return self._req("status", _c_9)

    @status.setter
    def status(self, value: SessionStatus) -> None:
        self._write("status", value)

    @property
    def type_(self) -> SessionType:
        """type of session"""

        return self._req("type", _c_10)

    @type_.setter
    def type_(self, value: SessionType) -> None:
        self._write("type", value)

    @property
    def updated_at(self) -> str:
        """timestamp when session was last updated"""

        return self._req("updated_at", _c_11)

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._write("updated_at", value)

    @property
    def breakout_rooms(self) -> list[Any] | None:

        return self._opt("breakout_rooms", _c_12)

    @breakout_rooms.setter
    def breakout_rooms(self, value: list[Any] | None) -> None:
        self._write("breakout_rooms", value)

    @property
    def ended_at(self) -> str | None:
        """timestamp when session ended"""

        return self._opt("ended_at", _c_13)

    @ended_at.setter
    def ended_at(self, value: str | None) -> None:
        self._write("ended_at", value)
