from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.paging import Paging


_c_0: _rt.Codec[list[App] | None] = _rt.nullable(_rt.list_of(_rt.model("app", "App")))
_c_1: _rt.Codec[Paging | None] = _rt.nullable(_rt.model("paging", "Paging"))
_c_2: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class AppListResponse(_rt.Model):
    """
    Attributes:
        data (list[App] | None):
        paging (Paging | None):
        success (bool | None):
    """

    __slots__ = ()
    _fields = {
        "data": (_c_0, False),
        "paging": (_c_1, False),
        "success": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        data: list[App] | None | Unset = UNSET,
        paging: Paging | None | Unset = UNSET,
        success: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(data, Unset):
            self._write("data", data)
        if not isinstance(paging, Unset):
            self._write("paging", paging)
        if not isinstance(success, Unset):
            self._write("success", success)

    @property
    def data(self) -> list[App] | None:

        return self._opt("data", _c_0)

    @data.setter
    def data(self, value: list[App] | None) -> None:
        self._write("data", value)

    @property
    def paging(self) -> Paging | None:

        return self._opt("paging", _c_1)

    @paging.setter
    def paging(self, value: Paging | None) -> None:
        self._write("paging", value)

    @property
    def success(self) -> bool | None:

        return self._opt("success", _c_2)

    @success.setter
    def success(self, value: bool | None) -> None:
        self._write("success", value)
