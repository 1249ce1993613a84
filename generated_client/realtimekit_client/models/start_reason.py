from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.start_reason_reason import StartReasonReason, check_start_reason_reason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller import Caller


_c_0: _rt.Codec[Caller | None] = _rt.nullable(_rt.model("caller", "Caller"))
_c_1: _rt.Codec[StartReasonReason | None] = _rt.nullable(
    _rt.checked(check_start_reason_reason, "API_CALL, RECORD_ON_START")
)


class StartReason(_rt.Model):
    """
    Attributes:
        caller (Caller | None):
        reason (StartReasonReason | None): Specifies if the recording was started using the "Start a Recording"API or using
            the parameter RECORD_ON_START in the "Create a meeting" API.

            If the recording is initiated using the "RECORD_ON_START" parameter, the user
            details will not be populated.
    """

    __slots__ = ()
    _fields = {
        "caller": (_c_0, False),
        "reason": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        caller: Caller | None | Unset = UNSET,
        reason: StartReasonReason | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(caller, Unset):
            self._write("caller", caller)
        if not isinstance(reason, Unset):
            self._write("reason", reason)

    @property
    def caller(self) -> Caller | None:

        return self._opt("caller", _c_0)

    @caller.setter
    def caller(self, value: Caller | None) -> None:
        self._write("caller", value)

    @property
    def reason(self) -> StartReasonReason | None:
        """Specifies if the recording was started using the "Start a Recording"API or using
        the parameter RECORD_ON_START in the "Create a meeting" API.

        If the recording is initiated using the "RECORD_ON_START" parameter, the user
        details will not be populated."""

        return self._opt("reason", _c_1)

    @reason.setter
    def reason(self, value: StartReasonReason | None) -> None:
        self._write("reason", value)
