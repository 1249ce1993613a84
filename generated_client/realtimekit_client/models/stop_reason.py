from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.stop_reason_reason import StopReasonReason, check_stop_reason_reason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller import Caller


_c_0: _rt.Codec[Caller | None] = _rt.nullable(_rt.model("caller", "Caller"))
_c_1: _rt.Codec[StopReasonReason | None] = _rt.nullable(
    _rt.checked(check_stop_reason_reason, "ALL_PEERS_LEFT, API_CALL, INTERNAL_ERROR")
)


class StopReason(_rt.Model):
    """
    Attributes:
        caller (Caller | None):
        reason (StopReasonReason | None): Specifies the reason why the recording stopped.
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
        reason: StopReasonReason | None | Unset = UNSET,
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
    def reason(self) -> StopReasonReason | None:
        """Specifies the reason why the recording stopped."""

        return self._opt("reason", _c_1)

    @reason.setter
    def reason(self, value: StopReasonReason | None) -> None:
        self._write("reason", value)
