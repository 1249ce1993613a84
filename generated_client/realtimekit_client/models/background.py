from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR


class Background(_rt.Model):
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
        "1000": (_c_0, True),
        "600": (_c_1, True),
        "700": (_c_2, True),
        "800": (_c_3, True),
        "900": (_c_4, True),
    }
    _required = frozenset(
        {
            "1000",
            "600",
            "700",
            "800",
            "900",
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
        self._write("1000", field_1000)
        self._write("600", field_600)
        self._write("700", field_700)
        self._write("800", field_800)
        self._write("900", field_900)

    @property
    def field_1000(self) -> str:

        return self._req("1000", _c_0)

    @field_1000.setter
    def field_1000(self, value: str) -> None:
        self._write("1000", value)

    @property
    def field_600(self) -> str:

        return self._req("600", _c_1)

    @field_600.setter
    def field_600(self, value: str) -> None:
        self._write("600", value)

    @property
    def field_700(self) -> str:

        return self._req("700", _c_2)

    @field_700.setter
    def field_700(self, value: str) -> None:
        self._write("700", value)

    @property
    def field_800(self) -> str:

        return self._req("800", _c_3)

    @field_800.setter
    def field_800(self, value: str) -> None:
        self._write("800", value)

    @property
    def field_900(self) -> str:

        return self._req("900", _c_4)

    @field_900.setter
    def field_900(self, value: str) -> None:
        self._write("900", value)
