from __future__ import annotations

from .. import model_base as _rt
from ..models.plugins_config_value_access_control import (
    PluginsConfigValueAccessControl,
    check_plugins_config_value_access_control,
)
from ..types import UNSET, Unset

_c_0: _rt.Codec[PluginsConfigValueAccessControl | None] = _rt.nullable(
    _rt.checked(check_plugins_config_value_access_control, "FULL_ACCESS, VIEW_ONLY")
)
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class PluginsConfigValue(_rt.Model):
    """
    Attributes:
        access_control (PluginsConfigValueAccessControl | None):
        handles_view_only (bool | None):
    """

    __slots__ = ()
    _fields = {
        "access_control": (_c_0, False),
        "handles_view_only": (_c_1, False),
    }
    _required = frozenset({})
    _extra = _rt.ANY

    def __init__(
        self,
        *,
        access_control: PluginsConfigValueAccessControl | None | Unset = UNSET,
        handles_view_only: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(access_control, Unset):
            self._write("access_control", access_control)
        if not isinstance(handles_view_only, Unset):
            self._write("handles_view_only", handles_view_only)

    @property
    def access_control(self) -> PluginsConfigValueAccessControl | None:

        return self._opt("access_control", _c_0)

    @access_control.setter
    def access_control(self, value: PluginsConfigValueAccessControl | None) -> None:
        self._write("access_control", value)

    @property
    def handles_view_only(self) -> bool | None:

        return self._opt("handles_view_only", _c_1)

    @handles_view_only.setter
    def handles_view_only(self, value: bool | None) -> None:
        self._write("handles_view_only", value)
