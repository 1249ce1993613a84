from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paging import Paging
    from ..models.session_list import SessionList


_c_0: _rt.Codec[SessionList | None] = _rt.nullable(_rt.model("session_list", "SessionList"))
_c_1: _rt.Codec[Paging | None] = _rt.nullable(_rt.model("paging", "Paging"))
_c_2: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class SessionListResponse(_rt.Model):
    """
    Attributes:
        data (SessionList | None):
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
        data: SessionList | None | Unset = UNSET,
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
    def data(self) -> SessionList | None:

        return self._opt("data", _c_0)

    @data.setter
    def data(self, value: SessionList | None) -> None:
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
