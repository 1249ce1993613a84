from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR


class BrandParams(_rt.Model):
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
        "_300": (_c_0, True),
        "_400": (_c_1, True),
        "_500": (_c_2, True),
        "_600": (_c_3, True),
        "_700": (_c_4, True),
    }
    _required = frozenset(
        {
            "_300",
            "_400",
            "_500",
            "_600",
            "_700",
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
        self._write("_300", field_300)
        self._write("_400", field_400)
        self._write("_500", field_500)
        self._write("_600", field_600)
        self._write("_700", field_700)

    @property
    def field_300(self) -> str:

        return self._req("_300", _c_0)

    @field_300.setter
    def field_300(self, value: str) -> None:
        self._write("_300", value)

    @property
    def field_400(self) -> str:

        return self._req("_400", _c_1)

    @field_400.setter
    def field_400(self, value: str) -> None:
        self._write("_400", value)

    @property
    def field_500(self) -> str:

        return self._req("_500", _c_2)

    @field_500.setter
    def field_500(self, value: str) -> None:
        self._write("_500", value)

    @property
    def field_600(self) -> str:

        return self._req("_600", _c_3)

    @field_600.setter
    def field_600(self, value: str) -> None:
        self._write("_600", value)

    @property
    def field_700(self) -> str:

        return self._req("_700", _c_4)

    @field_700.setter
    def field_700(self, value: str) -> None:
        self._write("_700", value)
