from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_livestreams_type_0_item_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0,
    )
    from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_paging_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0,
    )
    from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_sessions_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0,
    )


T = TypeVar("T", bound="FetchLivestreamSessionDetailsForAMeetingResponse200DataType0")


@_attrs_define
class FetchLivestreamSessionDetailsForAMeetingResponse200DataType0:
    """
    Attributes:
        livestreams (list[FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0 | None]
            | None | Unset):
        paging (FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0 | None | Unset):
        sessions (FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0 | None | Unset):
    """

    livestreams: (
        list[FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0 | None]
        | None
        | Unset
    ) = UNSET
    paging: FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0 | None | Unset = UNSET
    sessions: FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_livestreams_type_0_item_type_0 import (
            FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_paging_type_0 import (
            FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_sessions_type_0 import (
            FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0,  # noqa: PLC0415
        )

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        livestreams: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.livestreams, Unset):
            livestreams = UNSET
        elif isinstance(self.livestreams, list):
            livestreams = []
            for livestreams_type_0_item_data in self.livestreams:
                livestreams_type_0_item: dict[str, Any] | None
                if isinstance(
                    livestreams_type_0_item_data,
                    FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0,
                ):
                    livestreams_type_0_item = livestreams_type_0_item_data.to_dict()
                else:
                    livestreams_type_0_item = livestreams_type_0_item_data
                livestreams.append(livestreams_type_0_item)

        else:
            livestreams = self.livestreams
        if livestreams is not UNSET:
            _field_dict["livestreams"] = livestreams

        paging: dict[str, Any] | None | Unset
        if isinstance(self.paging, Unset):
            paging = UNSET
        elif isinstance(self.paging, FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0):
            paging = self.paging.to_dict()
        else:
            paging = self.paging
        if paging is not UNSET:
            _field_dict["paging"] = paging

        sessions: dict[str, Any] | None | Unset
        if isinstance(self.sessions, Unset):
            sessions = UNSET
        elif isinstance(self.sessions, FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0):
            sessions = self.sessions.to_dict()
        else:
            sessions = self.sessions
        if sessions is not UNSET:
            _field_dict["sessions"] = sessions

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_livestreams_type_0_item_type_0 import (
            FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_paging_type_0 import (
            FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_sessions_type_0 import (
            FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_livestreams(
            data: object,
        ) -> (
            list[FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0 | None]
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
                livestreams_type_0 = []
                _livestreams_type_0 = data

                def _parse_livestreams_type_0_item(
                    data: object,
                ) -> FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0 | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        livestreams_type_0_item_type_0 = FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0.from_dict(
                            data
                        )

                        return livestreams_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0 | None,
                        data,
                    )

                for livestreams_type_0_item_data in _livestreams_type_0:
                    livestreams_type_0_item = _parse_livestreams_type_0_item(livestreams_type_0_item_data)

                    livestreams_type_0.append(livestreams_type_0_item)

                return livestreams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0 | None]
                | None
                | Unset,
                data,
            )

        livestreams = _parse_livestreams(_d.pop("livestreams", UNSET))

        _values["livestreams"] = livestreams

        def _parse_paging(
            data: object,
        ) -> FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paging_type_0 = FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0.from_dict(data)

                return paging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0 | None | Unset, data)

        paging = _parse_paging(_d.pop("paging", UNSET))

        _values["paging"] = paging

        def _parse_sessions(
            data: object,
        ) -> FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sessions_type_0 = FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0.from_dict(
                    data
                )

                return sessions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0 | None | Unset, data)

        sessions = _parse_sessions(_d.pop("sessions", UNSET))

        _values["sessions"] = sessions

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
