from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    pass


class PluginsConfig(_rt.Model):
    """Plugin configuration keyed by plugin UUID."""

    __slots__ = ()
    _fields = {}
    _required = frozenset({})
    _extra = _rt.model("plugins_config_value", "PluginsConfigValue")

    def __init__(
        self,
    ) -> None:
        super().__init__()
