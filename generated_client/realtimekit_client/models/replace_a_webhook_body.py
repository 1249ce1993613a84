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
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        name = self.name

        url = self.url

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "name": name,
                "url": url,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ReplaceAWebhookBodyEventsItem(events_item_data)

            events.append(events_item)

        name = d.pop("name")

        url = d.pop("url")

        enabled = d.pop("enabled", UNSET)

        replace_a_webhook_body = cls(
            events=events,
            name=name,
            url=url,
            enabled=enabled,
        )

        replace_a_webhook_body.additional_properties = d
        return replace_a_webhook_body

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
