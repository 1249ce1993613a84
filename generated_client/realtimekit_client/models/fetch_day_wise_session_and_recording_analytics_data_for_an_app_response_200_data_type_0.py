from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0,
    )
    from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0,
    )


T = TypeVar("T", bound="FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0")


@_attrs_define
class FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0:
    """
    Attributes:
        recording_stats (FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0 |
            None | Unset):
        session_stats (FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0 | None
            | Unset):
    """

    recording_stats: (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0 | None | Unset
    ) = UNSET
    session_stats: (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0 import (
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0,  # noqa: PLC0415
        )
        from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0 import (
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0,  # noqa: PLC0415
        )

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        recording_stats: dict[str, Any] | None | Unset
        if isinstance(self.recording_stats, Unset):
            recording_stats = UNSET
        elif isinstance(
            self.recording_stats,
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0,
        ):
            recording_stats = self.recording_stats.to_dict()
        else:
            recording_stats = self.recording_stats
        if recording_stats is not UNSET:
            _field_dict["recording_stats"] = recording_stats

        session_stats: dict[str, Any] | None | Unset
        if isinstance(self.session_stats, Unset):
            session_stats = UNSET
        elif isinstance(
            self.session_stats,
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0,
        ):
            session_stats = self.session_stats.to_dict()
        else:
            session_stats = self.session_stats
        if session_stats is not UNSET:
            _field_dict["session_stats"] = session_stats

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0 import (
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0,  # noqa: PLC0415
        )
        from ..models.fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0 import (
            FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_recording_stats(
            data: object,
        ) -> FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recording_stats_type_0 = FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0.from_dict(
                    data
                )

                return recording_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0
                | None
                | Unset,
                data,
            )

        recording_stats = _parse_recording_stats(_d.pop("recording_stats", UNSET))

        _values["recording_stats"] = recording_stats

        def _parse_session_stats(
            data: object,
        ) -> FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_stats_type_0 = (
                    FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0.from_dict(
                        data
                    )
                )

                return session_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0
                | None
                | Unset,
                data,
            )

        session_stats = _parse_session_stats(_d.pop("session_stats", UNSET))

        _values["session_stats"] = session_stats

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
