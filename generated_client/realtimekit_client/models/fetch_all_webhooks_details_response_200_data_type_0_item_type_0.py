from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchAllWebhooksDetailsResponse200DataType0ItemType0")


@_attrs_define
class FetchAllWebhooksDetailsResponse200DataType0ItemType0:
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
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if events is not UNSET:
            field_dict["events"] = events
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at: None | str | Unset = d.pop("created_at", UNSET)

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        events: list[None | str] | None | Unset = d.pop("events", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        fetch_all_webhooks_details_response_200_data_type_0_item_type_0 = cls(
            created_at=created_at,
            enabled=enabled,
            events=events,
            id=id,
            name=name,
            updated_at=updated_at,
            url=url,
        )

        fetch_all_webhooks_details_response_200_data_type_0_item_type_0.additional_properties = d
        return fetch_all_webhooks_details_response_200_data_type_0_item_type_0

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
