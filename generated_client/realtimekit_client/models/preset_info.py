from __future__ import annotations

import datetime

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)


class PresetInfo(_rt.Model):
    """Returned by Get All Presets route

    Attributes:
        id (str | None): ID of the preset
        created_at (datetime.datetime | None): Timestamp this preset was created at
        name (str | None): Name of the preset
        updated_at (datetime.datetime | None): Timestamp this preset was last updated
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, False),
        "created_at": (_c_1, False),
        "name": (_c_2, False),
        "updated_at": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(updated_at, Unset):
            self._write("updated_at", updated_at)

    @property
    def id(self) -> str | None:
        """ID of the preset"""

        return self._opt("id", _c_0)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> datetime.datetime | None:
        """Timestamp this preset was created at"""

        return self._opt("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None:
        self._write("created_at", value)

    @property
    def name(self) -> str | None:
        """Name of the preset"""

        return self._opt("name", _c_2)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def updated_at(self) -> datetime.datetime | None:
        """Timestamp this preset was last updated"""

        return self._opt("updated_at", _c_3)

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None:
        self._write("updated_at", value)
