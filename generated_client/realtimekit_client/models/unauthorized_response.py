from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR


class UnauthorizedResponse(_rt.Model):
    """The body of a 401 (missing or invalid API token).

    Attributes:
        message (str | None): Why the request was refused.
    """

    __slots__ = ()
    _fields = {
        "message": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        message: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(message, Unset):
            self._write("message", message)

    @property
    def message(self) -> str | None:
        """Why the request was refused."""

        return self._opt("message", _c_0)

    @message.setter
    def message(self, value: str) -> None:
        self._write("message", value)
