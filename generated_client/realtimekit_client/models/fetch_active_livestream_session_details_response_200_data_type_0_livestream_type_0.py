from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0")


@_attrs_define
class FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0:
    """
    Attributes:
        created_at (None | str | Unset):
        disabled (None | str | Unset):
        id (None | str | Unset):
        ingest_server (None | str | Unset):
        meeting_id (None | str | Unset):
        name (None | str | Unset):
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
    playback_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    stream_key: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_disabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_ingest_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ingest_server = _parse_ingest_server(d.pop("ingest_server", UNSET))

        def _parse_meeting_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_playback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playback_url = _parse_playback_url(d.pop("playback_url", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_stream_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_key = _parse_stream_key(d.pop("stream_key", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0 = cls(
            created_at=created_at,
            disabled=disabled,
            id=id,
            ingest_server=ingest_server,
            meeting_id=meeting_id,
            name=name,
            playback_url=playback_url,
            status=status,
            stream_key=stream_key,
            updated_at=updated_at,
        )

        fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0.additional_properties = d
        return fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0

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
