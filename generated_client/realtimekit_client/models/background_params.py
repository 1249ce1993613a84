from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR


class BackgroundParams(_rt.Model):
    """
    Attributes:
        field_1000 (str | None):
        field_600 (str | None):
        field_700 (str | None):
        field_800 (str | None):
        field_900 (str | None):
    """

    __slots__ = ()
    _fields = {
        "1000": (_c_0, False),
        "600": (_c_1, False),
        "700": (_c_2, False),
        "800": (_c_3, False),
        "900": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        field_1000: str | Unset = UNSET,
        field_600: str | Unset = UNSET,
        field_700: str | Unset = UNSET,
        field_800: str | Unset = UNSET,
        field_900: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(field_1000, Unset):
            self._write("1000", field_1000)
        if not isinstance(field_600, Unset):
            self._write("600", field_600)
        if not isinstance(field_700, Unset):
            self._write("700", field_700)
        if not isinstance(field_800, Unset):
            self._write("800", field_800)
        if not isinstance(field_900, Unset):
            self._write("900", field_900)

    @property
    def field_1000(self) -> str | None:

        return self._opt("1000", _c_0)

    @field_1000.setter
    def field_1000(self, value: str) -> None:
        self._write("1000", value)

    @property
    def field_600(self) -> str | None:

        return self._opt("600", _c_1)

    @field_600.setter
    def field_600(self, value: str) -> None:
        self._write("600", value)

    @property
    def field_700(self) -> str | None:

        return self._opt("700", _c_2)

    @field_700.setter
    def field_700(self, value: str) -> None:
        self._write("700", value)

    @property
    def field_800(self) -> str | None:

        return self._opt("800", _c_3)

    @field_800.setter
    def field_800(self, value: str) -> None:
        self._write("800", value)

    @property
    def field_900(self) -> str | None:

        return self._opt("900", _c_4)

    @field_900.setter
    def field_900(self, value: str) -> None:
        self._write("900", value)
