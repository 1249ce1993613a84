from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_created import AppCreated


_c_0: _rt.Codec[AppCreated | None] = _rt.nullable(_rt.model("app_created", "AppCreated"))
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class AppCreatedResponse(_rt.Model):
    """
    Attributes:
        data (AppCreated | None):
        success (bool | None):
    """

    __slots__ = ()
    _fields = {
        "data": (_c_0, False),
        "success": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        data: AppCreated | None | Unset = UNSET,
        success: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(data, Unset):
            self._write("data", data)
        if not isinstance(success, Unset):
            self._write("success", success)

    @property
    def data(self) -> AppCreated | None:

        return self._opt("data", _c_0)

    @data.setter
    def data(self, value: AppCreated | None) -> None:
        self._write("data", value)

    @property
    def success(self) -> bool | None:

        return self._opt("success", _c_1)

    @success.setter
    def success(self, value: bool | None) -> None:
        self._write("success", value)
