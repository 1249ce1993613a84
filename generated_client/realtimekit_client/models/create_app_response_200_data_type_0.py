from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_app_response_200_data_type_0_app_type_0 import CreateAppResponse200DataType0AppType0


T = TypeVar("T", bound="CreateAppResponse200DataType0")


@_attrs_define
class CreateAppResponse200DataType0:
    """
    Attributes:
        app (CreateAppResponse200DataType0AppType0 | None | Unset):
    """

    app: CreateAppResponse200DataType0AppType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_app_response_200_data_type_0_app_type_0 import CreateAppResponse200DataType0AppType0  # noqa: PLC0415

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        app: dict[str, Any] | None | Unset
        if isinstance(self.app, Unset):
            app = UNSET
        elif isinstance(self.app, CreateAppResponse200DataType0AppType0):
            app = self.app.to_dict()
        else:
            app = self.app
        if app is not UNSET:
            _field_dict["app"] = app

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_app_response_200_data_type_0_app_type_0 import CreateAppResponse200DataType0AppType0  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_app(data: object) -> CreateAppResponse200DataType0AppType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                app_type_0 = CreateAppResponse200DataType0AppType0.from_dict(data)

                return app_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAppResponse200DataType0AppType0 | None | Unset, data)

        app = _parse_app(_d.pop("app", UNSET))

        _values["app"] = app

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
