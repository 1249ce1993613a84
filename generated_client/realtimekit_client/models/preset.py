from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.permissions import Permissions
    from ..models.ui import Ui


_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[Config] = _rt.model("config", "Config")
_c_2: _rt.Codec[datetime.datetime] = _rt.DATETIME
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[Permissions] = _rt.model("permissions", "Permissions")
_c_5: _rt.Codec[Ui] = _rt.model("ui", "Ui")
_c_6: _rt.Codec[datetime.datetime] = _rt.DATETIME


class Preset(_rt.Model):
    """Data returned by the operation

    Attributes:
        id (str): Promised by the API. ID of the preset
        config (Config): Promised by the API.
        created_at (datetime.datetime): Promised by the API. Timestamp this preset was created at
        name (str): Promised by the API. Name of the preset
        permissions (Permissions): Promised by the API.
        ui (Ui): Promised by the API.
        updated_at (datetime.datetime): Promised by the API. Timestamp this preset was last updated
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "config": (_c_1, True),
        "created_at": (_c_2, True),
        "name": (_c_3, True),
        "permissions": (_c_4, True),
        "ui": (_c_5, True),
        "updated_at": (_c_6, True),
    }
    _required = frozenset(
        {
            "id",
            "config",
            "created_at",
            "name",
            "permissions",
            "ui",
            "updated_at",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        config: Config,
        created_at: datetime.datetime,
        name: str,
        permissions: Permissions,
        ui: Ui,
        updated_at: datetime.datetime,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("config", config)
        self._write("created_at", created_at)
        self._write("name", name)
        self._write("permissions", permissions)
        self._write("ui", ui)
        self._write("updated_at", updated_at)

    @property
    def id(self) -> str:
        """ID of the preset"""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def config(self) -> Config:

        return self._req("config", _c_1)

    @config.setter
    def config(self, value: Config) -> None:
        self._write("config", value)

    @property
    def created_at(self) -> datetime.datetime:
        """Timestamp this preset was created at"""

        return self._req("created_at", _c_2)

    @created_at.setter
    def created_at(self, value: datetime.datetime) -> None:
        self._write("created_at", value)

    @property
    def name(self) -> str:
        """Name of the preset"""

        return self._req("name", _c_3)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)

    @property
    def permissions(self) -> Permissions:

        return self._req("permissions", _c_4)

    @permissions.setter
    def permissions(self, value: Permissions) -> None:
        self._write("permissions", value)

    @property
    def ui(self) -> Ui:

        return self._req("ui", _c_5)

    @ui.setter
    def ui(self, value: Ui) -> None:
        self._write("ui", value)

    @property
    def updated_at(self) -> datetime.datetime:
        """Timestamp this preset was last updated"""

        return self._req("updated_at", _c_6)

    @updated_at.setter
    def updated_at(self, value: datetime.datetime) -> None:
        self._write("updated_at", value)
