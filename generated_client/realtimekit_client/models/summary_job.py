from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class SummaryJob(_rt.Model):
    """
    Attributes:
        session_id (str | None):
        status (str | None):
        message (str | None):
        success (bool | None):
    """

    __slots__ = ()
    _fields = {
        "session_id": (_c_0, False),
        "status": (_c_1, False),
        "message": (_c_2, False),
        "success": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        session_id: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        success: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(session_id, Unset):
            self._write("session_id", session_id)
        if not isinstance(status, Unset):
            self._write("status", status)
        if not isinstance(message, Unset):
            self._write("message", message)
        if not isinstance(success, Unset):
            self._write("success", success)

    @property
    def session_id(self) -> str | None:

        return self._opt("session_id", _c_0)

    @session_id.setter
    def session_id(self, value: str | None) -> None:
        self._write("session_id", value)

    @property
    def status(self) -> str | None:

        return self._opt("status", _c_1)

    @status.setter
    def status(self, value: str | None) -> None:
        self._write("status", value)

    @property
    def message(self) -> str | None:

        return self._opt("message", _c_2)

    @message.setter
    def message(self, value: str | None) -> None:
        self._write("message", value)

    @property
    def success(self) -> bool | None:

        return self._opt("success", _c_3)

    @success.setter
    def success(self, value: bool | None) -> None:
        self._write("success", value)
