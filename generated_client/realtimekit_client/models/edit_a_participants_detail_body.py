from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditAParticipantsDetailBody")


@_attrs_define
class EditAParticipantsDetailBody:
    """
    Attributes:
        name (None | str | Unset):
        picture (None | str | Unset):
        preset_name (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    preset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            _field_dict["name"] = name

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture
        if picture is not UNSET:
            _field_dict["picture"] = picture

        preset_name: None | str | Unset
        if isinstance(self.preset_name, Unset):
            preset_name = UNSET
        else:
            preset_name = self.preset_name
        if preset_name is not UNSET:
            _field_dict["preset_name"] = preset_name

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        name: None | str | Unset = _d.pop("name", UNSET)

        _values["name"] = name

        picture: None | str | Unset = _d.pop("picture", UNSET)

        _values["picture"] = picture

        preset_name: None | str | Unset = _d.pop("preset_name", UNSET)

        _values["preset_name"] = preset_name

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
