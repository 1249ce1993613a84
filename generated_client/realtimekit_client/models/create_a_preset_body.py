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
        config = self.config.to_dict()

        name = self.name

        permissions = self.permissions.to_dict()

        ui = self.ui.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
                "permissions": permissions,
                "ui": ui,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_a_preset_body_config import CreateAPresetBodyConfig  # noqa: PLC0415
        from ..models.create_a_preset_body_permissions import CreateAPresetBodyPermissions  # noqa: PLC0415
        from ..models.create_a_preset_body_ui import CreateAPresetBodyUi  # noqa: PLC0415

        d = dict(src_dict)
        config = CreateAPresetBodyConfig.from_dict(d.pop("config"))

        name = d.pop("name")

        permissions = CreateAPresetBodyPermissions.from_dict(d.pop("permissions"))

        ui = CreateAPresetBodyUi.from_dict(d.pop("ui"))

        create_a_preset_body = cls(
            config=config,
            name=name,
            permissions=permissions,
            ui=ui,
        )

        create_a_preset_body.additional_properties = d
        return create_a_preset_body

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
