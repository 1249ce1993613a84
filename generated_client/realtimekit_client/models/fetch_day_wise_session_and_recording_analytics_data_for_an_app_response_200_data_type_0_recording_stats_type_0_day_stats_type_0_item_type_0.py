from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0DayStatsType0ItemType0",
)


@_attrs_define
class FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0DayStatsType0ItemType0:
    """
    Attributes:
        day (None | str | Unset):
        total_recording_minutes (int | None | Unset):
        total_recordings (int | None | Unset):
    """

    day: None | str | Unset = UNSET
    total_recording_minutes: int | None | Unset = UNSET
    total_recordings: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day: None | str | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day

        total_recording_minutes: int | None | Unset
        if isinstance(self.total_recording_minutes, Unset):
            total_recording_minutes = UNSET
        else:
            total_recording_minutes = self.total_recording_minutes

        total_recordings: int | None | Unset
        if isinstance(self.total_recordings, Unset):
            total_recordings = UNSET
        else:
            total_recordings = self.total_recordings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if total_recording_minutes is not UNSET:
            field_dict["total_recording_minutes"] = total_recording_minutes
        if total_recordings is not UNSET:
            field_dict["total_recordings"] = total_recordings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day: None | str | Unset = d.pop("day", UNSET)

        total_recording_minutes: int | None | Unset = d.pop("total_recording_minutes", UNSET)

        total_recordings: int | None | Unset = d.pop("total_recordings", UNSET)

        fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0_day_stats_type_0_item_type_0 = cls(
            day=day,
            total_recording_minutes=total_recording_minutes,
            total_recordings=total_recordings,
        )

        fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0_day_stats_type_0_item_type_0.additional_properties = d
        return fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0_day_stats_type_0_item_type_0

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
