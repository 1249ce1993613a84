from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_livestream_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0,
    )
    from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_paging_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0,
    )
    from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_session_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0,
    )


T = TypeVar("T", bound="FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0")


@_attrs_define
class FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0:
    """
    Attributes:
        livestream (FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0 | None | Unset):
        paging (FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0 | None | Unset):
        session (FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0 | None | Unset):
    """

    livestream: FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0 | None | Unset = UNSET
    paging: FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0 | None | Unset = UNSET
    session: FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_livestream_type_0 import (
            FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_paging_type_0 import (
            FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_session_type_0 import (
            FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0,  # noqa: PLC0415
        )

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        livestream: dict[str, Any] | None | Unset
        if isinstance(self.livestream, Unset):
            livestream = UNSET
        elif isinstance(self.livestream, FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0):
            livestream = self.livestream.to_dict()
        else:
            livestream = self.livestream
        if livestream is not UNSET:
            _field_dict["livestream"] = livestream

        paging: dict[str, Any] | None | Unset
        if isinstance(self.paging, Unset):
            paging = UNSET
        elif isinstance(self.paging, FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0):
            paging = self.paging.to_dict()
        else:
            paging = self.paging
        if paging is not UNSET:
            _field_dict["paging"] = paging

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0):
            session = self.session.to_dict()
        else:
            session = self.session
        if session is not UNSET:
            _field_dict["session"] = session

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_livestream_type_0 import (
            FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_paging_type_0 import (
            FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0,  # noqa: PLC0415
        )
        from ..models.fetch_livestream_details_using_livestream_id_response_200_data_type_0_session_type_0 import (
            FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}

        def _parse_livestream(
            data: object,
        ) -> FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                livestream_type_0 = (
                    FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0.from_dict(data)
                )

                return livestream_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0 | None | Unset, data)

        livestream = _parse_livestream(_d.pop("livestream", UNSET))

        _values["livestream"] = livestream

        def _parse_paging(
            data: object,
        ) -> FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paging_type_0 = FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0.from_dict(data)

                return paging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0 | None | Unset, data)

        paging = _parse_paging(_d.pop("paging", UNSET))

        _values["paging"] = paging

        def _parse_session(
            data: object,
        ) -> FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0 | None | Unset, data)

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
