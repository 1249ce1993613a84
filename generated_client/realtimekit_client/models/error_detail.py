from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[str] = _rt.STR


class ErrorDetail(_rt.Model):
    """What went wrong.

    Attributes:
        code (float): Promised by the API. The error code.
        message (str): Promised by the API. What went wrong, for people.
    """

    __slots__ = ()
    _fields = {
        "code": (_c_0, True),
        "message": (_c_1, True),
    }
    _required = frozenset(
        {
            "code",
            "message",
        }
    )

    def __init__(
        self,
        *,
        code: float,
        message: str,
    ) -> None:
        super().__init__()
        self._write("code", code)
        self._write("message", message)

    @property
    def code(self) -> float:
        """The error code."""

        return self._req("code", _c_0)

    @code.setter
    def code(self, value: float) -> None:
        self._write("code", value)

    @property
    def message(self) -> str:
        """What went wrong, for people."""

        return self._req("message", _c_1)

    @message.setter
    def message(self, value: str) -> None:
        self._write("message", value)
