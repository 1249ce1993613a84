from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchCompleteAnalyticsDataForYourLivestreamsResponse200DataType0")


@_attrs_define
class FetchCompleteAnalyticsDataForYourLivestreamsResponse200DataType0:
    """
    Attributes:
        count (int | None | Unset):
        total_ingest_seconds (int | None | Unset):
        total_viewer_seconds (int | None | Unset):
    """

    count: int | None | Unset = UNSET
    total_ingest_seconds: int | None | Unset = UNSET
    total_viewer_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count
        if count is not UNSET:
            _field_dict["count"] = count

        total_ingest_seconds: int | None | Unset
        if isinstance(self.total_ingest_seconds, Unset):
            total_ingest_seconds = UNSET
        else:
            total_ingest_seconds = self.total_ingest_seconds
        if total_ingest_seconds is not UNSET:
            _field_dict["total_ingest_seconds"] = total_ingest_seconds

        total_viewer_seconds: int | None | Unset
        if isinstance(self.total_viewer_seconds, Unset):
            total_viewer_seconds = UNSET
        else:
            total_viewer_seconds = self.total_viewer_seconds
        if total_viewer_seconds is not UNSET:
            _field_dict["total_viewer_seconds"] = total_viewer_seconds

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        count: int | None | Unset = _d.pop("count", UNSET)

        _values["count"] = count

        total_ingest_seconds: int | None | Unset = _d.pop("total_ingest_seconds", UNSET)

        _values["total_ingest_seconds"] = total_ingest_seconds

        total_viewer_seconds: int | None | Unset = _d.pop("total_viewer_seconds", UNSET)

        _values["total_viewer_seconds"] = total_viewer_seconds

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
