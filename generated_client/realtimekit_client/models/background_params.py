from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR


class BackgroundParams(_rt.Model):
    """
    Attributes:
        field_1000 (str): Promised by the API.
        field_600 (str): Promised by the API.
        field_700 (str): Promised by the API.
        field_800 (str): Promised by the API.
        field_900 (str): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "_1000": (_c_0, True),
        "_600": (_c_1, True),
        "_700": (_c_2, True),
        "_800": (_c_3, True),
        "_900": (_c_4, True),
    }
    _required = frozenset(
        {
            "_1000",
            "_600",
            "_700",
            "_800",
            "_900",
        }
    )

    def __init__(
        self,
        *,
        field_1000: str,
        field_600: str,
        field_700: str,
        field_800: str,
        field_900: str,
    ) -> None:
        super().__init__()
        self._write("_1000", field_1000)
        self._write("_600", field_600)
        self._write("_700", field_700)
        self._write("_800", field_800)
        self._write("_900", field_900)

    @property
    def field_1000(self) -> str:

        return self._req("_1000", _c_0)

    @field_1000.setter
    def field_1000(self, value: str) -> None:
        self._write("_1000", value)

    @property
    def field_600(self) -> str:

        return self._req("_600", _c_1)

    @field_600.setter
    def field_600(self, value: str) -> None:
        self._write("_600", value)

    @property
    def field_700(self) -> str:

        return self._req("_700", _c_2)

    @field_700.setter
    def field_700(self, value: str) -> None:
        self._write("_700", value)

    @property
    def field_800(self) -> str:

        return self._req("_800", _c_3)

    @field_800.setter
    def field_800(self, value: str) -> None:
        self._write("_800", value)

    @property
    def field_900(self) -> str:

        return self._req("_900", _c_4)

    @field_900.setter
    def field_900(self, value: str) -> None:
        self._write("_900", value)
