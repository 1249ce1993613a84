from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_a_preset_body_config import CreateAPresetBodyConfig
    from ..models.create_a_preset_body_permissions import CreateAPresetBodyPermissions
    from ..models.create_a_preset_body_ui import CreateAPresetBodyUi


T = TypeVar("T", bound="CreateAPresetBody")


@_attrs_define
class CreateAPresetBody:
    """
    Attributes:
        config (CreateAPresetBodyConfig):
        name (str):
        permissions (CreateAPresetBodyPermissions):
        ui (CreateAPresetBodyUi):
    """

    config: CreateAPresetBodyConfig
    name: str
    permissions: CreateAPresetBodyPermissions
    ui: CreateAPresetBodyUi
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        config = self.config.to_dict()
        _field_dict["config"] = config

        name = self.name
        _field_dict["name"] = name

        permissions = self.permissions.to_dict()
        _field_dict["permissions"] = permissions

        ui = self.ui.to_dict()
        _field_dict["ui"] = ui

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_a_preset_body_config import CreateAPresetBodyConfig  # noqa: PLC0415
        from ..models.create_a_preset_body_permissions import CreateAPresetBodyPermissions  # noqa: PLC0415
        from ..models.create_a_preset_body_ui import CreateAPresetBodyUi  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        config = CreateAPresetBodyConfig.from_dict(_d.pop("config"))

        _values["config"] = config

        name = _d.pop("name")
        _values["name"] = name

        permissions = CreateAPresetBodyPermissions.from_dict(_d.pop("permissions"))

        _values["permissions"] = permissions

        ui = CreateAPresetBodyUi.from_dict(_d.pop("ui"))

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
