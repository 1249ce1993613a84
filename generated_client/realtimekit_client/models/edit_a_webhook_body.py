from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_a_webhook_body_events_item import EditAWebhookBodyEventsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditAWebhookBody")


@_attrs_define
class EditAWebhookBody:
    """
    Attributes:
        enabled (bool | Unset):
        events (list[EditAWebhookBodyEventsItem] | Unset):
        name (str | Unset):
        url (str | Unset):
    """

    enabled: bool | Unset = UNSET
    events: list[EditAWebhookBodyEventsItem] | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        enabled = self.enabled
        if enabled is not UNSET:
            _field_dict["enabled"] = enabled

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        if events is not UNSET:
            _field_dict["events"] = events

        name = self.name
        if name is not UNSET:
            _field_dict["name"] = name

        url = self.url
        if url is not UNSET:
            _field_dict["url"] = url

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        enabled = _d.pop("enabled", UNSET)
        _values["enabled"] = enabled

        _events = _d.pop("events", UNSET)
        events: list[EditAWebhookBodyEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EditAWebhookBodyEventsItem(events_item_data)

                events.append(events_item)

        _values["events"] = events

        name = _d.pop("name", UNSET)
        _values["name"] = name

        url = _d.pop("url", UNSET)
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
