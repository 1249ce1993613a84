from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartLivestreamingAMeetingResponse201DataType0")


@_attrs_define
class StartLivestreamingAMeetingResponse201DataType0:
    """
    Attributes:
        id (None | str | Unset):
        ingest_server (None | str | Unset):
        playback_url (None | str | Unset):
        status (None | str | Unset):
        stream_key (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    ingest_server: None | str | Unset = UNSET
    playback_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    stream_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ingest_server is not UNSET:
            field_dict["ingest_server"] = ingest_server
        if playback_url is not UNSET:
            field_dict["playback_url"] = playback_url
        if status is not UNSET:
            field_dict["status"] = status
        if stream_key is not UNSET:
            field_dict["stream_key"] = stream_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        ingest_server: None | str | Unset = d.pop("ingest_server", UNSET)

        playback_url: None | str | Unset = d.pop("playback_url", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        stream_key: None | str | Unset = d.pop("stream_key", UNSET)

        start_livestreaming_a_meeting_response_201_data_type_0 = cls(
            id=id,
            ingest_server=ingest_server,
            playback_url=playback_url,
            status=status,
            stream_key=stream_key,
        )

        start_livestreaming_a_meeting_response_201_data_type_0.additional_properties = d
        return start_livestreaming_a_meeting_response_201_data_type_0

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
