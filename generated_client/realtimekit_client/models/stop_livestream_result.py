from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class StopLivestreamResult(_rt.Model):
    """
    Attributes:
        message (str | None):
    """

    __slots__ = ()
    _fields = {
        "message": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        message: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(message, Unset):
            self._write("message", message)

    @property
    def message(self) -> str | None:

        return self._opt("message", _c_0)

    @message.setter
    def message(self, value: str | None) -> None:
        self._write("message", value)
