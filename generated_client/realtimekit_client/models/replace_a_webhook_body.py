from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replace_a_webhook_body_events_item import ReplaceAWebhookBodyEventsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceAWebhookBody")


@_attrs_define
class ReplaceAWebhookBody:
    """
    Attributes:
        events (list[ReplaceAWebhookBodyEventsItem]):
        name (str):
        url (str):
        enabled (bool | Unset):
    """

    events: list[ReplaceAWebhookBodyEventsItem]
    name: str
    url: str
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        _field_dict["events"] = events

        name = self.name
        _field_dict["name"] = name

        url = self.url
        _field_dict["url"] = url

        enabled = self.enabled
        if enabled is not UNSET:
            _field_dict["enabled"] = enabled

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        events = []
        _events = _d.pop("events")
        for events_item_data in _events:
            events_item = ReplaceAWebhookBodyEventsItem(events_item_data)

            events.append(events_item)

        _values["events"] = events

        name = _d.pop("name")
        _values["name"] = name

        url = _d.pop("url")
        _values["url"] = url

        enabled = _d.pop("enabled", UNSET)
        _values["enabled"] = enabled

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
