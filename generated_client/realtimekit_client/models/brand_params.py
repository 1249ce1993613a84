from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR


class BrandParams(_rt.Model):
    """
    Attributes:
        field_300 (str | None):
        field_400 (str | None):
        field_500 (str | None):
        field_600 (str | None):
        field_700 (str | None):
    """

    __slots__ = ()
    _fields = {
        "300": (_c_0, False),
        "400": (_c_1, False),
        "500": (_c_2, False),
        "600": (_c_3, False),
        "700": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        field_300: str | Unset = UNSET,
        field_400: str | Unset = UNSET,
        field_500: str | Unset = UNSET,
        field_600: str | Unset = UNSET,
        field_700: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(field_300, Unset):
            self._write("300", field_300)
        if not isinstance(field_400, Unset):
            self._write("400", field_400)
        if not isinstance(field_500, Unset):
            self._write("500", field_500)
        if not isinstance(field_600, Unset):
            self._write("600", field_600)
        if not isinstance(field_700, Unset):
            self._write("700", field_700)

    @property
    def field_300(self) -> str | None:

        return self._opt("300", _c_0)

    @field_300.setter
    def field_300(self, value: str) -> None:
        self._write("300", value)

    @property
    def field_400(self) -> str | None:

        return self._opt("400", _c_1)

    @field_400.setter
    def field_400(self, value: str) -> None:
        self._write("400", value)

    @property
    def field_500(self) -> str | None:

        return self._opt("500", _c_2)

    @field_500.setter
    def field_500(self, value: str) -> None:
        self._write("500", value)

    @property
    def field_600(self) -> str | None:

        return self._opt("600", _c_3)

    @field_600.setter
    def field_600(self, value: str) -> None:
        self._write("600", value)

    @property
    def field_700(self) -> str | None:

        return self._opt("700", _c_4)

    @field_700.setter
    def field_700(self, value: str) -> None:
        self._write("700", value)
