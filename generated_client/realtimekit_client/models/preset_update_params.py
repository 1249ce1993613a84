from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_update_params_config import PresetUpdateParamsConfig
    from ..models.preset_update_params_permissions import PresetUpdateParamsPermissions
    from ..models.preset_update_params_ui import PresetUpdateParamsUi


_c_0: _rt.Codec[PresetUpdateParamsConfig] = _rt.model("preset_update_params_config", "PresetUpdateParamsConfig")
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[PresetUpdateParamsPermissions] = _rt.model(
    "preset_update_params_permissions", "PresetUpdateParamsPermissions"
)
_c_3: _rt.Codec[PresetUpdateParamsUi] = _rt.model("preset_update_params_ui", "PresetUpdateParamsUi")


class PresetUpdateParams(_rt.Model):
    """
    Attributes:
        config (PresetUpdateParamsConfig | None):
        name (str | None): Name of the preset
        permissions (PresetUpdateParamsPermissions | None):
        ui (PresetUpdateParamsUi | None):
    """

    __slots__ = ()
    _fields = {
        "config": (_c_0, False),
        "name": (_c_1, False),
        "permissions": (_c_2, False),
        "ui": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        config: PresetUpdateParamsConfig | Unset = UNSET,
        name: str | Unset = UNSET,
        permissions: PresetUpdateParamsPermissions | Unset = UNSET,
        ui: PresetUpdateParamsUi | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(config, Unset):
            self._write("config", config)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(permissions, Unset):
            self._write("permissions", permissions)
        if not isinstance(ui, Unset):
            self._write("ui", ui)

    @property
    def config(self) -> PresetUpdateParamsConfig | None:

        return self._opt("config", _c_0)

    @config.setter
    def config(self, value: PresetUpdateParamsConfig) -> None:
        self._write("config", value)

    @property
    def name(self) -> str | None:
        """Name of the preset"""

        return self._opt("name", _c_1)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)

    @property
    def permissions(self) -> PresetUpdateParamsPermissions | None:

        return self._opt("permissions", _c_2)

    @permissions.setter
    def permissions(self, value: PresetUpdateParamsPermissions) -> None:
        self._write("permissions", value)

    @property
    def ui(self) -> PresetUpdateParamsUi | None:

        return self._opt("ui", _c_3)

    @ui.setter
    def ui(self, value: PresetUpdateParamsUi) -> None:
        self._write("ui", value)
