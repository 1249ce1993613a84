from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_all_livestreams_response_200_data_type_0_paging_type_0 import (
        FetchAllLivestreamsResponse200DataType0PagingType0,
    )


T = TypeVar("T", bound="FetchAllLivestreamsResponse200DataType0")


@_attrs_define
class FetchAllLivestreamsResponse200DataType0:
    """
    Attributes:
        created_at (None | str | Unset):
        disabled (None | str | Unset):
        id (None | str | Unset):
        ingest_server (None | str | Unset):
        meeting_id (None | str | Unset):
        name (None | str | Unset):
        paging (FetchAllLivestreamsResponse200DataType0PagingType0 | None | Unset):
        playback_url (None | str | Unset):
        status (None | str | Unset):
        stream_key (None | str | Unset):
        updated_at (None | str | Unset):
    """

    created_at: None | str | Unset = UNSET
    disabled: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    ingest_server: None | str | Unset = UNSET
    meeting_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    paging: FetchAllLivestreamsResponse200DataType0PagingType0 | None | Unset = UNSET
    playback_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    stream_key: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fetch_all_livestreams_response_200_data_type_0_paging_type_0 import (
            FetchAllLivestreamsResponse200DataType0PagingType0,  # noqa: PLC0415
        )

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        disabled: None | str | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ingest_server: None | str | Unset
        if isinstance(self.ingest_server, Unset):
            ingest_server = UNSET
        else:
            ingest_server = self.ingest_server

        meeting_id: None | str | Unset
        if isinstance(self.meeting_id, Unset):
            meeting_id = UNSET
        else:
            meeting_id = self.meeting_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        paging: dict[str, Any] | None | Unset
        if isinstance(self.paging, Unset):
            paging = UNSET
        elif isinstance(self.paging, FetchAllLivestreamsResponse200DataType0PagingType0):
            paging = self.paging.to_dict()
        else:
            paging = self.paging

        playback_url: None | str | Unset
        if isinstance(self.playback_url, Unset):
            playback_url = UNSET
        else:
            playback_url = self.playback_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        stream_key: None | str | Unset
        if isinstance(self.stream_key, Unset):
            stream_key = UNSET
        else:
            stream_key = self.stream_key

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if id is not UNSET:
            field_dict["id"] = id
        if ingest_server is not UNSET:
            field_dict["ingest_server"] = ingest_server
        if meeting_id is not UNSET:
            field_dict["meeting_id"] = meeting_id
        if name is not UNSET:
            field_dict["name"] = name
        if paging is not UNSET:
            field_dict["paging"] = paging
        if playback_url is not UNSET:
            field_dict["playback_url"] = playback_url
        if status is not UNSET:
            field_dict["status"] = status
        if stream_key is not UNSET:
            field_dict["stream_key"] = stream_key
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_all_livestreams_response_200_data_type_0_paging_type_0 import (
            FetchAllLivestreamsResponse200DataType0PagingType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at: None | str | Unset = d.pop("created_at", UNSET)

        disabled: None | str | Unset = d.pop("disabled", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        ingest_server: None | str | Unset = d.pop("ingest_server", UNSET)

        meeting_id: None | str | Unset = d.pop("meeting_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        def _parse_paging(data: object) -> FetchAllLivestreamsResponse200DataType0PagingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paging_type_0 = FetchAllLivestreamsResponse200DataType0PagingType0.from_dict(data)

                return paging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchAllLivestreamsResponse200DataType0PagingType0 | None | Unset, data)

        paging = _parse_paging(d.pop("paging", UNSET))

        playback_url: None | str | Unset = d.pop("playback_url", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        stream_key: None | str | Unset = d.pop("stream_key", UNSET)

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        fetch_all_livestreams_response_200_data_type_0 = cls(
            created_at=created_at,
            disabled=disabled,
            id=id,
            ingest_server=ingest_server,
            meeting_id=meeting_id,
            name=name,
            paging=paging,
            playback_url=playback_url,
            status=status,
            stream_key=stream_key,
            updated_at=updated_at,
        )

        fetch_all_livestreams_response_200_data_type_0.additional_properties = d
        return fetch_all_livestreams_response_200_data_type_0

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
