from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    pass


class PluginsParamsConfig(_rt.Model):
    """Plugin configuration keyed by plugin UUID."""

    __slots__ = ()
    _fields = {}
    _required = frozenset({})
    _extra = _rt.model("plugins_params_config_value", "PluginsParamsConfigValue")

    def __init__(
        self,
    ) -> None:
        super().__init__()
