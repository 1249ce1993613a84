from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0PagingType0")


@_attrs_define
class FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0PagingType0:
    """
    Attributes:
        end_offset (float | None | Unset):
        start_offset (float | None | Unset):
        total_count (float | None | Unset):
    """

    end_offset: float | None | Unset = UNSET
    start_offset: float | None | Unset = UNSET
    total_count: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        end_offset: float | None | Unset
        if isinstance(self.end_offset, Unset):
            end_offset = UNSET
        else:
            end_offset = self.end_offset
        if end_offset is not UNSET:
            _field_dict["end_offset"] = end_offset

        start_offset: float | None | Unset
        if isinstance(self.start_offset, Unset):
            start_offset = UNSET
        else:
            start_offset = self.start_offset
        if start_offset is not UNSET:
            _field_dict["start_offset"] = start_offset

        total_count: float | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count
        if total_count is not UNSET:
            _field_dict["total_count"] = total_count

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        end_offset: float | None | Unset = _d.pop("end_offset", UNSET)

        _values["end_offset"] = end_offset

        start_offset: float | None | Unset = _d.pop("start_offset", UNSET)

        _values["start_offset"] = start_offset

        total_count: float | None | Unset = _d.pop("total_count", UNSET)

        _values["total_count"] = total_count

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
