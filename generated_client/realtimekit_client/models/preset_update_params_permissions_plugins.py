from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugins_params_config import PluginsParamsConfig


_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[PluginsParamsConfig] = _rt.model("plugins_params_config", "PluginsParamsConfig")


class PresetUpdateParamsPermissionsPlugins(_rt.Model):
    """Plugin permissions

    Attributes:
        can_close (bool | None): Can close plugins that are already open
        can_edit_config (bool | None): Can edit plugin config
        can_start (bool | None): Can start plugins
        config (PluginsParamsConfig | None): Plugin configuration keyed by plugin UUID.
    """

    __slots__ = ()
    _fields = {
        "can_close": (_c_0, False),
        "can_edit_config": (_c_1, False),
        "can_start": (_c_2, False),
        "config": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        can_close: bool | Unset = UNSET,
        can_edit_config: bool | Unset = UNSET,
        can_start: bool | Unset = UNSET,
        config: PluginsParamsConfig | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(can_close, Unset):
            self._write("can_close", can_close)
        if not isinstance(can_edit_config, Unset):
            self._write("can_edit_config", can_edit_config)
        if not isinstance(can_start, Unset):
            self._write("can_start", can_start)
        if not isinstance(config, Unset):
            self._write("config", config)

    @property
    def can_close(self) -> bool | None:
        """Can close plugins that are already open"""

        return self._opt("can_close", _c_0)

    @can_close.setter
    def can_close(self, value: bool) -> None:
        self._write("can_close", value)

    @property
    def can_edit_config(self) -> bool | None:
        """Can edit plugin config"""

        return self._opt("can_edit_config", _c_1)

    @can_edit_config.setter
    def can_edit_config(self, value: bool) -> None:
        self._write("can_edit_config", value)

    @property
    def can_start(self) -> bool | None:
        """Can start plugins"""

        return self._opt("can_start", _c_2)

    @can_start.setter
    def can_start(self, value: bool) -> None:
        self._write("can_start", value)

    @property
    def config(self) -> PluginsParamsConfig | None:
        """Plugin configuration keyed by plugin UUID."""

        return self._opt("config", _c_3)

    @config.setter
    def config(self, value: PluginsParamsConfig) -> None:
        self._write("config", value)
