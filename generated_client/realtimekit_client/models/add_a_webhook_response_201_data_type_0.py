from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAWebhookResponse201DataType0")


@_attrs_define
class AddAWebhookResponse201DataType0:
    """
    Attributes:
        created_at (None | str | Unset):
        enabled (bool | None | Unset):
        events (list[None | str] | None | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        updated_at (None | str | Unset):
        url (None | str | Unset):
    """

    created_at: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    events: list[None | str] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at
        if created_at is not UNSET:
            _field_dict["created_at"] = created_at

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled
        if enabled is not UNSET:
            _field_dict["enabled"] = enabled

        events: list[None | str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item: None | str
                events_type_0_item = events_type_0_item_data
                events.append(events_type_0_item)

        else:
            events = self.events
        if events is not UNSET:
            _field_dict["events"] = events

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        if id is not UNSET:
            _field_dict["id"] = id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            _field_dict["name"] = name

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at
        if updated_at is not UNSET:
            _field_dict["updated_at"] = updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            _field_dict["url"] = url

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        created_at: None | str | Unset = _d.pop("created_at", UNSET)

        _values["created_at"] = created_at

        enabled: bool | None | Unset = _d.pop("enabled", UNSET)

        _values["enabled"] = enabled

        events: list[None | str] | None | Unset = _d.pop("events", UNSET)

        _values["events"] = events

        id: None | str | Unset = _d.pop("id", UNSET)

        _values["id"] = id

        name: None | str | Unset = _d.pop("name", UNSET)

        _values["name"] = name

        updated_at: None | str | Unset = _d.pop("updated_at", UNSET)

        _values["updated_at"] = updated_at

        url: None | str | Unset = _d.pop("url", UNSET)

        _values["url"] = url

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
