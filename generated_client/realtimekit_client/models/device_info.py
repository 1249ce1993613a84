from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class DeviceInfo(_rt.Model):
    """
    Attributes:
        cpus (float | None):
        is_mobile (bool | None):
        os (str | None):
        os_version (str | None):
    """

    __slots__ = ()
    _fields = {
        "cpus": (_c_0, False),
        "is_mobile": (_c_1, False),
        "os": (_c_2, False),
        "os_version": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        cpus: float | None | Unset = UNSET,
        is_mobile: bool | None | Unset = UNSET,
        os: str | None | Unset = UNSET,
        os_version: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(cpus, Unset):
            self._write("cpus", cpus)
        if not isinstance(is_mobile, Unset):
            self._write("is_mobile", is_mobile)
        if not isinstance(os, Unset):
            self._write("os", os)
        if not isinstance(os_version, Unset):
            self._write("os_version", os_version)

    @property
    def cpus(self) -> float | None:

        return self._opt("cpus", _c_0)

    @cpus.setter
    def cpus(self, value: float | None) -> None:
        self._write("cpus", value)

    @property
    def is_mobile(self) -> bool | None:

        return self._opt("is_mobile", _c_1)

    @is_mobile.setter
    def is_mobile(self, value: bool | None) -> None:
        self._write("is_mobile", value)

    @property
    def os(self) -> str | None:

        return self._opt("os", _c_2)

    @os.setter
    def os(self, value: str | None) -> None:
        self._write("os", value)

    @property
    def os_version(self) -> str | None:

        return self._opt("os_version", _c_3)

    @os_version.setter
    def os_version(self, value: str | None) -> None:
        self._write("os_version", value)
