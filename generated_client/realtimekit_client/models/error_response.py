from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[ErrorDetail] = _rt.model("error_detail", "ErrorDetail")


class ErrorResponse(_rt.Model):
    """The body of a RealtimeKit error.

    Attributes:
        success (bool): Promised by the API. Always false for an error.
        error (ErrorDetail): Promised by the API. What went wrong.
    """

    __slots__ = ()
    _fields = {
        "success": (_c_0, True),
        "error": (_c_1, True),
    }
    _required = frozenset(
        {
            "success",
            "error",
        }
    )

    def __init__(
        self,
        *,
        success: bool,
        error: ErrorDetail,
    ) -> None:
        super().__init__()
        self._write("success", success)
        self._write("error", error)

    @property
    def success(self) -> bool:
        """Always false for an error."""

        return self._req("success", _c_0)

    @success.setter
    def success(self, value: bool) -> None:
        self._write("success", value)

    @property
    def error(self) -> ErrorDetail:
        """What went wrong."""

        return self._req("error", _c_1)

    @error.setter
    def error(self, value: ErrorDetail) -> None:
        self._write("error", value)
