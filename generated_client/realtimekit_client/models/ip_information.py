from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asn import Asn


_c_0: _rt.Codec[Asn | None] = _rt.nullable(_rt.model("asn", "Asn"))
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class IpInformation(_rt.Model):
    """
    Attributes:
        asn (Asn | None):
        city (str | None):
        country (str | None):
        ipv4 (str | None):
        org (str | None):
        region (str | None):
        timezone (str | None):
    """

    __slots__ = ()
    _fields = {
        "asn": (_c_0, False),
        "city": (_c_1, False),
        "country": (_c_2, False),
        "ipv4": (_c_3, False),
        "org": (_c_4, False),
        "region": (_c_5, False),
        "timezone": (_c_6, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        asn: Asn | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        ipv4: str | None | Unset = UNSET,
        org: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(asn, Unset):
            self._write("asn", asn)
        if not isinstance(city, Unset):
            self._write("city", city)
        if not isinstance(country, Unset):
            self._write("country", country)
        if not isinstance(ipv4, Unset):
            self._write("ipv4", ipv4)
        if not isinstance(org, Unset):
            self._write("org", org)
        if not isinstance(region, Unset):
            self._write("region", region)
        if not isinstance(timezone, Unset):
            self._write("timezone", timezone)

    @property
    def asn(self) -> Asn | None:

        return self._opt("asn", _c_0)

    @asn.setter
    def asn(self, value: Asn | None) -> None:
        self._write("asn", value)

    @property
    def city(self) -> str | None:

        return self._opt("city", _c_1)

    @city.setter
    def city(self, value: str | None) -> None:
        self._write("city", value)

    @property
    def country(self) -> str | None:

        return self._opt("country", _c_2)

    @country.setter
    def country(self, value: str | None) -> None:
        self._write("country", value)

    @property
    def ipv4(self) -> str | None:

        return self._opt("ipv4", _c_3)

    @ipv4.setter
    def ipv4(self, value: str | None) -> None:
        self._write("ipv4", value)

    @property
    def org(self) -> str | None:

        return self._opt("org", _c_4)

    @org.setter
    def org(self, value: str | None) -> None:
        self._write("org", value)

    @property
    def region(self) -> str | None:

        return self._opt("region", _c_5)

    @region.setter
    def region(self, value: str | None) -> None:
        self._write("region", value)

    @property
    def timezone(self) -> str | None:

        return self._opt("timezone", _c_6)

    @timezone.setter
    def timezone(self, value: str | None) -> None:
        self._write("timezone", value)
