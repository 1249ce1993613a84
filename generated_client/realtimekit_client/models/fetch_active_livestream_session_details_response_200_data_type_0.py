from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0 import (
        FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0,
    )
    from ..models.fetch_active_livestream_session_details_response_200_data_type_0_session_type_0 import (
        FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0,
    )


T = TypeVar("T", bound="FetchActiveLivestreamSessionDetailsResponse200DataType0")


@_attrs_define
class FetchActiveLivestreamSessionDetailsResponse200DataType0:
    """
    Attributes:
        livestream (FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0 | None | Unset):
        session (FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0 | None | Unset):
    """

    livestream: FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0 | None | Unset = UNSET
    session: FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0 import (
            FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0,  # noqa: PLC0415
        )
        from ..models.fetch_active_livestream_session_details_response_200_data_type_0_session_type_0 import (
            FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0,  # noqa: PLC0415
        )

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        livestream: dict[str, Any] | None | Unset
        if isinstance(self.livestream, Unset):
            livestream = UNSET
        elif isinstance(self.livestream, FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0):
            livestream = self.livestream.to_dict()
        else:
            livestream = self.livestream
        if livestream is not UNSET:
            _field_dict["livestream"] = livestream

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0):
            session = self.session.to_dict()
        else:
            session = self.session
        if session is not UNSET:
            _field_dict["session"] = session

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0 import (
            FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0,  # noqa: PLC0415
        )
        from ..models.fetch_active_livestream_session_details_response_200_data_type_0_session_type_0 import (
            FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_livestream(
            data: object,
        ) -> FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                livestream_type_0 = FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0.from_dict(
                    data
                )

                return livestream_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0 | None | Unset, data)

        livestream = _parse_livestream(_d.pop("livestream", UNSET))

        _values["livestream"] = livestream

        def _parse_session(
            data: object,
        ) -> FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0 | None | Unset, data)

        session = _parse_session(_d.pop("session", UNSET))

        _values["session"] = session

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
