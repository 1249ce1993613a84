from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAWebhookResponse400ErrorType0")


@_attrs_define
class AddAWebhookResponse400ErrorType0:
    """
    Attributes:
        code (float | None | Unset):
        message (None | str | Unset):
    """

    code: float | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        code: float | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code
        if code is not UNSET:
            _field_dict["code"] = code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message
        if message is not UNSET:
            _field_dict["message"] = message

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        code: float | None | Unset = _d.pop("code", UNSET)

        _values["code"] = code

        message: None | str | Unset = _d.pop("message", UNSET)

        _values["message"] = message

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
