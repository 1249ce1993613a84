from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KickParticipantsFromAnActiveSessionBody")


@_attrs_define
class KickParticipantsFromAnActiveSessionBody:
    """
    Attributes:
        custom_participant_ids (list[str] | Unset):
        participant_ids (list[str] | Unset):
    """

    custom_participant_ids: list[str] | Unset = UNSET
    participant_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        custom_participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_participant_ids, Unset):
            custom_participant_ids = self.custom_participant_ids

        if custom_participant_ids is not UNSET:
            _field_dict["custom_participant_ids"] = custom_participant_ids

        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        if participant_ids is not UNSET:
            _field_dict["participant_ids"] = participant_ids

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        custom_participant_ids: list[str] | Unset = _d.pop("custom_participant_ids", UNSET)

        _values["custom_participant_ids"] = custom_participant_ids

        participant_ids: list[str] | Unset = _d.pop("participant_ids", UNSET)

        _values["participant_ids"] = participant_ids

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
