from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.config_params import ConfigParams
    from ..models.permissions_params import PermissionsParams
    from ..models.ui_params import UiParams


_c_0: _rt.Codec[ConfigParams] = _rt.model("config_params", "ConfigParams")
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[PermissionsParams] = _rt.model("permissions_params", "PermissionsParams")
_c_3: _rt.Codec[UiParams] = _rt.model("ui_params", "UiParams")


class PresetParams(_rt.Model):
    """
    Attributes:
        config (ConfigParams): Promised by the API.
        name (str): Promised by the API. Name of the preset
        permissions (PermissionsParams): Promised by the API.
        ui (UiParams): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "config": (_c_0, True),
        "name": (_c_1, True),
        "permissions": (_c_2, True),
        "ui": (_c_3, True),
    }
    _required = frozenset(
        {
            "config",
            "name",
            "permissions",
            "ui",
        }
    )

    def __init__(
        self,
        *,
        config: ConfigParams,
        name: str,
        permissions: PermissionsParams,
        ui: UiParams,
    ) -> None:
        super().__init__()
        self._write("config", config)
        self._write("name", name)
        self._write("permissions", permissions)
        self._write("ui", ui)

    @property
    def config(self) -> ConfigParams:

        return self._req("config", _c_0)

    @config.setter
    def config(self, value: ConfigParams) -> None:
        self._write("config", value)

    @property
    def name(self) -> str:
        """Name of the preset"""

        return self._req("name", _c_1)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)

    @property
    def permissions(self) -> PermissionsParams:

        return self._req("permissions", _c_2)

    @permissions.setter
    def permissions(self, value: PermissionsParams) -> None:
        self._write("permissions", value)

    @property
    def ui(self) -> UiParams:

        return self._req("ui", _c_3)

    @ui.setter
    def ui(self, value: UiParams) -> None:
        self._write("ui", value)
