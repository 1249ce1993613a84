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
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        day: None | str | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day
        if day is not UNSET:
            _field_dict["day"] = day

        total_recording_minutes: int | None | Unset
        if isinstance(self.total_recording_minutes, Unset):
            total_recording_minutes = UNSET
        else:
            total_recording_minutes = self.total_recording_minutes
        if total_recording_minutes is not UNSET:
            _field_dict["total_recording_minutes"] = total_recording_minutes

        total_recordings: int | None | Unset
        if isinstance(self.total_recordings, Unset):
            total_recordings = UNSET
        else:
            total_recordings = self.total_recordings
        if total_recordings is not UNSET:
            _field_dict["total_recordings"] = total_recordings

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        day: None | str | Unset = _d.pop("day", UNSET)

        _values["day"] = day

        total_recording_minutes: int | None | Unset = _d.pop("total_recording_minutes", UNSET)

        _values["total_recording_minutes"] = total_recording_minutes

        total_recordings: int | None | Unset = _d.pop("total_recordings", UNSET)

        _values["total_recordings"] = total_recordings

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
