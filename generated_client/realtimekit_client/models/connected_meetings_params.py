from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL


class ConnectedMeetingsParams(_rt.Model):
    """
    Attributes:
        can_alter_connected_meetings (bool | None):
        can_switch_connected_meetings (bool | None):
        can_switch_to_parent_meeting (bool | None):
    """

    __slots__ = ()
    _fields = {
        "can_alter_connected_meetings": (_c_0, False),
        "can_switch_connected_meetings": (_c_1, False),
        "can_switch_to_parent_meeting": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        can_alter_connected_meetings: bool | Unset = UNSET,
        can_switch_connected_meetings: bool | Unset = UNSET,
        can_switch_to_parent_meeting: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(can_alter_connected_meetings, Unset):
            self._write("can_alter_connected_meetings", can_alter_connected_meetings)
        if not isinstance(can_switch_connected_meetings, Unset):
            self._write("can_switch_connected_meetings", can_switch_connected_meetings)
        if not isinstance(can_switch_to_parent_meeting, Unset):
            self._write("can_switch_to_parent_meeting", can_switch_to_parent_meeting)

    @property
    def can_alter_connected_meetings(self) -> bool | None:

        return self._opt("can_alter_connected_meetings", _c_0)

    @can_alter_connected_meetings.setter
    def can_alter_connected_meetings(self, value: bool) -> None:
        self._write("can_alter_connected_meetings", value)

    @property
    def can_switch_connected_meetings(self) -> bool | None:

        return self._opt("can_switch_connected_meetings", _c_1)

    @can_switch_connected_meetings.setter
    def can_switch_connected_meetings(self, value: bool) -> None:
        self._write("can_switch_connected_meetings", value)

    @property
    def can_switch_to_parent_meeting(self) -> bool | None:

        return self._opt("can_switch_to_parent_meeting", _c_2)

    @can_switch_to_parent_meeting.setter
    def can_switch_to_parent_meeting(self, value: bool) -> None:
        self._write("can_switch_to_parent_meeting", value)
