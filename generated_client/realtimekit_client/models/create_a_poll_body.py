from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAPollBody")


@_attrs_define
class CreateAPollBody:
    """
    Attributes:
        options (list[str]):
        question (str):
        anonymous (bool | Unset):
        hide_votes (bool | Unset):
    """

    options: list[str]
    question: str
    anonymous: bool | Unset = UNSET
    hide_votes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        options = self.options

        _field_dict["options"] = options

        question = self.question
        _field_dict["question"] = question

        anonymous = self.anonymous
        if anonymous is not UNSET:
            _field_dict["anonymous"] = anonymous

        hide_votes = self.hide_votes
        if hide_votes is not UNSET:
            _field_dict["hide_votes"] = hide_votes

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        options: list[str] = _d.pop("options")

        _values["options"] = options

        question = _d.pop("question")
        _values["question"] = question

        anonymous = _d.pop("anonymous", UNSET)
        _values["anonymous"] = anonymous

        hide_votes = _d.pop("hide_votes", UNSET)
        _values["hide_votes"] = hide_votes

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
