from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR


class Brand(_rt.Model):
    """
    Attributes:
        field_300 (str): Promised by the API.
        field_400 (str): Promised by the API.
        field_500 (str): Promised by the API.
        field_600 (str): Promised by the API.
        field_700 (str): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "300": (_c_0, True),
        "400": (_c_1, True),
        "500": (_c_2, True),
        "600": (_c_3, True),
        "700": (_c_4, True),
    }
    _required = frozenset(
        {
            "300",
            "400",
            "500",
            "600",
            "700",
        }
    )

    def __init__(
        self,
        *,
        field_300: str,
        field_400: str,
        field_500: str,
        field_600: str,
        field_700: str,
    ) -> None:
        super().__init__()
        self._write("300", field_300)
        self._write("400", field_400)
        self._write("500", field_500)
        self._write("600", field_600)
        self._write("700", field_700)

    @property
    def field_300(self) -> str:

        return self._req("300", _c_0)

    @field_300.setter
    def field_300(self, value: str) -> None:
        self._write("300", value)

    @property
    def field_400(self) -> str:

        return self._req("400", _c_1)

    @field_400.setter
    def field_400(self, value: str) -> None:
        self._write("400", value)

    @property
    def field_500(self) -> str:

        return self._req("500", _c_2)

    @field_500.setter
    def field_500(self, value: str) -> None:
        self._write("500", value)

    @property
    def field_600(self) -> str:

        return self._req("600", _c_3)

    @field_600.setter
    def field_600(self, value: str) -> None:
        self._write("600", value)

    @property
    def field_700(self) -> str:

        return self._req("700", _c_4)

    @field_700.setter
    def field_700(self, value: str) -> None:
        self._write("700", value)
