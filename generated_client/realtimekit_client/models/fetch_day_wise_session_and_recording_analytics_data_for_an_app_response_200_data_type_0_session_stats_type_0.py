from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0_day_stats_type_0_item_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0,
    )


T = TypeVar("T", bound="FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0")


@_attrs_define
class FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0:
    """
    Attributes:
        day_stats (list[FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStat
            sType0ItemType0 | None] | None | Unset):
        sessions_count (int | None | Unset):
        sessions_minutes_consumed (float | None | Unset):
    """

    day_stats: (
        list[
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0
            | None
        ]
        | None
        | Unset
    ) = UNSET
    sessions_count: int | None | Unset = UNSET
    sessions_minutes_consumed: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0_day_stats_type_0_item_type_0 import (
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0,  # noqa: PLC0415
        )

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        day_stats: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.day_stats, Unset):
            day_stats = UNSET
        elif isinstance(self.day_stats, list):
            day_stats = []
            for day_stats_type_0_item_data in self.day_stats:
                day_stats_type_0_item: dict[str, Any] | None
                if isinstance(
                    day_stats_type_0_item_data,
                    FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0,
                ):
                    day_stats_type_0_item = day_stats_type_0_item_data.to_dict()
                else:
                    day_stats_type_0_item = day_stats_type_0_item_data
                day_stats.append(day_stats_type_0_item)

        else:
            day_stats = self.day_stats
        if day_stats is not UNSET:
            _field_dict["day_stats"] = day_stats

        sessions_count: int | None | Unset
        if isinstance(self.sessions_count, Unset):
            sessions_count = UNSET
        else:
            sessions_count = self.sessions_count
        if sessions_count is not UNSET:
            _field_dict["sessions_count"] = sessions_count

        sessions_minutes_consumed: float | None | Unset
        if isinstance(self.sessions_minutes_consumed, Unset):
            sessions_minutes_consumed = UNSET
        else:
            sessions_minutes_consumed = self.sessions_minutes_consumed
        if sessions_minutes_consumed is not UNSET:
            _field_dict["sessions_minutes_consumed"] = sessions_minutes_consumed

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0_day_stats_type_0_item_type_0 import (
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_day_stats(
            data: object,
        ) -> (
            list[
                FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0
                | None
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                day_stats_type_0 = []
                _day_stats_type_0 = data

                def _parse_day_stats_type_0_item(
                    data: object,
                ) -> (
                    FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0
                    | None
                ):
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        day_stats_type_0_item_type_0 = FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0.from_dict(
                            data
                        )

                        return day_stats_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0
                        | None,
                        data,
                    )

                for day_stats_type_0_item_data in _day_stats_type_0:
                    day_stats_type_0_item = _parse_day_stats_type_0_item(day_stats_type_0_item_data)

                    day_stats_type_0.append(day_stats_type_0_item)

                return day_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0
                    | None
                ]
                | None
                | Unset,
                data,
            )

        day_stats = _parse_day_stats(_d.pop("day_stats", UNSET))

        _values["day_stats"] = day_stats

        sessions_count: int | None | Unset = _d.pop("sessions_count", UNSET)

        _values["sessions_count"] = sessions_count

        sessions_minutes_consumed: float | None | Unset = _d.pop("sessions_minutes_consumed", UNSET)

        _values["sessions_minutes_consumed"] = sessions_minutes_consumed

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
