from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.plugins_params_config import PluginsParamsConfig


_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[PluginsParamsConfig] = _rt.model("plugins_params_config", "PluginsParamsConfig")


class PluginsParams(_rt.Model):
    """Plugin permissions

    Attributes:
        can_close (bool): Promised by the API. Can close plugins that are already open
        can_edit_config (bool): Promised by the API. Can edit plugin config
        can_start (bool): Promised by the API. Can start plugins
        config (PluginsParamsConfig): Promised by the API. Plugin configuration keyed by plugin UUID.
    """

    __slots__ = ()
    _fields = {
        "can_close": (_c_0, True),
        "can_edit_config": (_c_1, True),
        "can_start": (_c_2, True),
        "config": (_c_3, True),
    }
    _required = frozenset(
        {
            "can_close",
            "can_edit_config",
            "can_start",
            "config",
        }
    )

    def __init__(
        self,
        *,
        can_close: bool,
        can_edit_config: bool,
        can_start: bool,
        config: PluginsParamsConfig,
    ) -> None:
        super().__init__()
        self._write("can_close", can_close)
        self._write("can_edit_config", can_edit_config)
        self._write("can_start", can_start)
        self._write("config", config)

    @property
    def can_close(self) -> bool:
        """Can close plugins that are already open"""

        return self._req("can_close", _c_0)

    @can_close.setter
    def can_close(self, value: bool) -> None:
        self._write("can_close", value)

    @property
    def can_edit_config(self) -> bool:
        """Can edit plugin config"""

        return self._req("can_edit_config", _c_1)

    @can_edit_config.setter
    def can_edit_config(self, value: bool) -> None:
        self._write("can_edit_config", value)

    @property
    def can_start(self) -> bool:
        """Can start plugins"""

        return self._req("can_start", _c_2)

    @can_start.setter
    def can_start(self, value: bool) -> None:
        self._write("can_start", value)

    @property
    def config(self) -> PluginsParamsConfig:
        """Plugin configuration keyed by plugin UUID."""

        return self._req("config", _c_3)

    @config.setter
    def config(self, value: PluginsParamsConfig) -> None:
        self._write("config", value)
