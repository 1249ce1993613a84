from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_a_preset_body_config import UpdateAPresetBodyConfig
    from ..models.update_a_preset_body_permissions import UpdateAPresetBodyPermissions
    from ..models.update_a_preset_body_ui import UpdateAPresetBodyUi


T = TypeVar("T", bound="UpdateAPresetBody")


@_attrs_define
class UpdateAPresetBody:
    """
    Attributes:
        config (UpdateAPresetBodyConfig | Unset):
        name (str | Unset):
        permissions (UpdateAPresetBodyPermissions | Unset):
        ui (UpdateAPresetBodyUi | Unset):
    """

    config: UpdateAPresetBodyConfig | Unset = UNSET
    name: str | Unset = UNSET
    permissions: UpdateAPresetBodyPermissions | Unset = UNSET
    ui: UpdateAPresetBodyUi | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()
        if config is not UNSET:
            _field_dict["config"] = config

        name = self.name
        if name is not UNSET:
            _field_dict["name"] = name

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()
        if permissions is not UNSET:
            _field_dict["permissions"] = permissions

        ui: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui, Unset):
            ui = self.ui.to_dict()
        if ui is not UNSET:
            _field_dict["ui"] = ui

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_a_preset_body_config import UpdateAPresetBodyConfig  # noqa: PLC0415
        from ..models.update_a_preset_body_permissions import UpdateAPresetBodyPermissions  # noqa: PLC0415
        from ..models.update_a_preset_body_ui import UpdateAPresetBodyUi  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        _config = _d.pop("config", UNSET)
        config: UpdateAPresetBodyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UpdateAPresetBodyConfig.from_dict(_config)

        _values["config"] = config

        name = _d.pop("name", UNSET)
        _values["name"] = name

        _permissions = _d.pop("permissions", UNSET)
        permissions: UpdateAPresetBodyPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = UpdateAPresetBodyPermissions.from_dict(_permissions)

        _values["permissions"] = permissions

        _ui = _d.pop("ui", UNSET)
        ui: UpdateAPresetBodyUi | Unset
        if isinstance(_ui, Unset):
            ui = UNSET
        else:
            ui = UpdateAPresetBodyUi.from_dict(_ui)

        _values["ui"] = ui

        _obj = _cls(**_values)

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
