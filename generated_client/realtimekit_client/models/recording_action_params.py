from __future__ import annotations

from .. import model_base as _rt
from ..models.recording_action_params_action import RecordingActionParamsAction, check_recording_action_params_action

_c_0: _rt.Codec[RecordingActionParamsAction] = _rt.checked(check_recording_action_params_action, "pause, resume, stop")


class RecordingActionParams(_rt.Model):
    """
    Attributes:
        action (RecordingActionParamsAction): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "action": (_c_0, True),
    }
    _required = frozenset(
        {
            "action",
        }
    )

    def __init__(
        self,
        *,
        action: RecordingActionParamsAction,
    ) -> None:
        super().__init__()
        self._write("action", action)

    @property
    def action(self) -> RecordingActionParamsAction:

        return self._req("action", _c_0)

    @action.setter
    def action(self, value: RecordingActionParamsAction) -> None:
        self._write("action", value)
