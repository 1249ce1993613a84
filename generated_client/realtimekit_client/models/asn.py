from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class Asn(_rt.Model):
    """
    Attributes:
        asn (str | None):
        domain (str | None):
        name (str | None):
        route (str | None):
        type_ (str | None):
    """

    __slots__ = ()
    _fields = {
        "asn": (_c_0, False),
        "domain": (_c_1, False),
        "name": (_c_2, False),
        "route": (_c_3, False),
        "type": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        asn: str | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        route: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(asn, Unset):
            self._write("asn", asn)
        if not isinstance(domain, Unset):
            self._write("domain", domain)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(route, Unset):
            self._write("route", route)
        if not isinstance(type_, Unset):
            self._write("type", type_)

    @property
    def asn(self) -> str | None:

        return self._opt("asn", _c_0)

    @asn.setter
    def asn(self, value: str | None) -> None:
        self._write("asn", value)

    @property
    def domain(self) -> str | None:

        return self._opt("domain", _c_1)

    @domain.setter
    def domain(self, value: str | None) -> None:
        self._write("domain", value)

    @property
    def name(self) -> str | None:

        return self._opt("name", _c_2)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def route(self) -> str | None:

        return self._opt("route", _c_3)

    @route.setter
    def route(self, value: str | None) -> None:
        self._write("route", value)

    @property
    def type_(self) -> str | None:

        return self._opt("type", _c_4)

    @type_.setter
    def type_(self, value: str | None) -> None:
        self._write("type", value)
