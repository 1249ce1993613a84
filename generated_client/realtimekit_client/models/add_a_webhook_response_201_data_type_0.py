from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(_d.pop("created_at", UNSET))

        _values["created_at"] = created_at

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(_d.pop("enabled", UNSET))

        _values["enabled"] = enabled

        def _parse_events(data: object) -> list[None | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:

                    def _parse_events_type_0_item(data: object) -> None | str:
                        if data is None:
                            return data
                        return cast(None | str, data)

                    events_type_0_item = _parse_events_type_0_item(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | str] | None | Unset, data)

        events = _parse_events(_d.pop("events", UNSET))

        _values["events"] = events

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_d.pop("id", UNSET))

        _values["id"] = id

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_d.pop("name", UNSET))

        _values["name"] = name

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(_d.pop("updated_at", UNSET))

        _values["updated_at"] = updated_at

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_d.pop("url", UNSET))

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
