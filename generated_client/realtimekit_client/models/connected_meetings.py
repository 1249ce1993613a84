from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL


class ConnectedMeetings(_rt.Model):
    """
    Attributes:
        can_alter_connected_meetings (bool): Promised by the API.
        can_switch_connected_meetings (bool): Promised by the API.
        can_switch_to_parent_meeting (bool): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "can_alter_connected_meetings": (_c_0, True),
        "can_switch_connected_meetings": (_c_1, True),
        "can_switch_to_parent_meeting": (_c_2, True),
    }
    _required = frozenset(
        {
            "can_alter_connected_meetings",
            "can_switch_connected_meetings",
            "can_switch_to_parent_meeting",
        }
    )

    def __init__(
        self,
        *,
        can_alter_connected_meetings: bool,
        can_switch_connected_meetings: bool,
        can_switch_to_parent_meeting: bool,
    ) -> None:
        super().__init__()
        self._write("can_alter_connected_meetings", can_alter_connected_meetings)
        self._write("can_switch_connected_meetings", can_switch_connected_meetings)
        self._write("can_switch_to_parent_meeting", can_switch_to_parent_meeting)

    @property
    def can_alter_connected_meetings(self) -> bool:

        return self._req("can_alter_connected_meetings", _c_0)

    @can_alter_connected_meetings.setter
    def can_alter_connected_meetings(self, value: bool) -> None:
        self._write("can_alter_connected_meetings", value)

    @property
    def can_switch_connected_meetings(self) -> bool:

        return self._req("can_switch_connected_meetings", _c_1)

    @can_switch_connected_meetings.setter
    def can_switch_connected_meetings(self, value: bool) -> None:
        self._write("can_switch_connected_meetings", value)

    @property
    def can_switch_to_parent_meeting(self) -> bool:

        return self._req("can_switch_to_parent_meeting", _c_2)

    @can_switch_to_parent_meeting.setter
    def can_switch_to_parent_meeting(self, value: bool) -> None:
        self._write("can_switch_to_parent_meeting", value)
