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
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        total_ingest_seconds: int | None | Unset
        if isinstance(self.total_ingest_seconds, Unset):
            total_ingest_seconds = UNSET
        else:
            total_ingest_seconds = self.total_ingest_seconds

        total_viewer_seconds: int | None | Unset
        if isinstance(self.total_viewer_seconds, Unset):
            total_viewer_seconds = UNSET
        else:
            total_viewer_seconds = self.total_viewer_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if total_ingest_seconds is not UNSET:
            field_dict["total_ingest_seconds"] = total_ingest_seconds
        if total_viewer_seconds is not UNSET:
            field_dict["total_viewer_seconds"] = total_viewer_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count: int | None | Unset = d.pop("count", UNSET)

        total_ingest_seconds: int | None | Unset = d.pop("total_ingest_seconds", UNSET)

        total_viewer_seconds: int | None | Unset = d.pop("total_viewer_seconds", UNSET)

        fetch_complete_analytics_data_for_your_livestreams_response_200_data_type_0 = cls(
            count=count,
            total_ingest_seconds=total_ingest_seconds,
            total_viewer_seconds=total_viewer_seconds,
        )

        fetch_complete_analytics_data_for_your_livestreams_response_200_data_type_0.additional_properties = d
        return fetch_complete_analytics_data_for_your_livestreams_response_200_data_type_0

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
