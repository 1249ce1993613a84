from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAnIndependentLivestreamResponse201DataType0")


@_attrs_define
class CreateAnIndependentLivestreamResponse201DataType0:
    """
    Attributes:
        disabled (bool | None | Unset):
        id (None | str | Unset):
        ingest_server (None | str | Unset):
        meeting_id (None | str | Unset):
        name (None | str | Unset):
        playback_url (None | str | Unset):
        status (None | str | Unset):
        stream_key (None | str | Unset):
    """

    disabled: bool | None | Unset = UNSET
    id: None | str | Unset = UNSET
    ingest_server: None | str | Unset = UNSET
    meeting_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    playback_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    stream_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled
        if disabled is not UNSET:
            _field_dict["disabled"] = disabled

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        if id is not UNSET:
            _field_dict["id"] = id

        ingest_server: None | str | Unset
        if isinstance(self.ingest_server, Unset):
            ingest_server = UNSET
        else:
            ingest_server = self.ingest_server
        if ingest_server is not UNSET:
            _field_dict["ingest_server"] = ingest_server

        meeting_id: None | str | Unset
        if isinstance(self.meeting_id, Unset):
            meeting_id = UNSET
        else:
            meeting_id = self.meeting_id
        if meeting_id is not UNSET:
            _field_dict["meeting_id"] = meeting_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            _field_dict["name"] = name

        playback_url: None | str | Unset
        if isinstance(self.playback_url, Unset):
            playback_url = UNSET
        else:
            playback_url = self.playback_url
        if playback_url is not UNSET:
            _field_dict["playback_url"] = playback_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status
        if status is not UNSET:
            _field_dict["status"] = status

        stream_key: None | str | Unset
        if isinstance(self.stream_key, Unset):
            stream_key = UNSET
        else:
            stream_key = self.stream_key
        if stream_key is not UNSET:
            _field_dict["stream_key"] = stream_key

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        disabled: bool | None | Unset = _d.pop("disabled", UNSET)

        _values["disabled"] = disabled

        id: None | str | Unset = _d.pop("id", UNSET)

        _values["id"] = id

        ingest_server: None | str | Unset = _d.pop("ingest_server", UNSET)

        _values["ingest_server"] = ingest_server

        meeting_id: None | str | Unset = _d.pop("meeting_id", UNSET)

        _values["meeting_id"] = meeting_id

        name: None | str | Unset = _d.pop("name", UNSET)

        _values["name"] = name

        playback_url: None | str | Unset = _d.pop("playback_url", UNSET)

        _values["playback_url"] = playback_url

        status: None | str | Unset = _d.pop("status", UNSET)

        _values["status"] = status

        stream_key: None | str | Unset = _d.pop("stream_key", UNSET)

        _values["stream_key"] = stream_key

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
