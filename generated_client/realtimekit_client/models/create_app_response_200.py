from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_app_response_200_data_type_0 import CreateAppResponse200DataType0


T = TypeVar("T", bound="CreateAppResponse200")


@_attrs_define
class CreateAppResponse200:
    """
    Attributes:
        data (CreateAppResponse200DataType0 | None | Unset):
        success (bool | None | Unset):
    """

    data: CreateAppResponse200DataType0 | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_app_response_200_data_type_0 import CreateAppResponse200DataType0  # noqa: PLC0415

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CreateAppResponse200DataType0):
            data = self.data.to_dict()
        else:
            data = self.data
        if data is not UNSET:
            _field_dict["data"] = data

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success
        if success is not UNSET:
            _field_dict["success"] = success

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_app_response_200_data_type_0 import CreateAppResponse200DataType0  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_data(data: object) -> CreateAppResponse200DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CreateAppResponse200DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAppResponse200DataType0 | None | Unset, data)

        data = _parse_data(_d.pop("data", UNSET))

        _values["data"] = data

        success: bool | None | Unset = _d.pop("success", UNSET)

        _values["success"] = success

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
