from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        options = self.options

        question = self.question

        anonymous = self.anonymous

        hide_votes = self.hide_votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
                "question": question,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if hide_votes is not UNSET:
            field_dict["hide_votes"] = hide_votes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        options = cast(list[str], d.pop("options"))

        question = d.pop("question")

        anonymous = d.pop("anonymous", UNSET)

        hide_votes = d.pop("hide_votes", UNSET)

        create_a_poll_body = cls(
            options=options,
            question=question,
            anonymous=anonymous,
            hide_votes=hide_votes,
        )

        create_a_poll_body.additional_properties = d
        return create_a_poll_body

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
