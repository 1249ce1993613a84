from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_livestreaming_a_meeting_body_video_config import StartLivestreamingAMeetingBodyVideoConfig


T = TypeVar("T", bound="StartLivestreamingAMeetingBody")


@_attrs_define
class StartLivestreamingAMeetingBody:
    """
    Attributes:
        name (None | str | Unset):
        video_config (StartLivestreamingAMeetingBodyVideoConfig | Unset):
    """

    name: None | str | Unset = UNSET
    video_config: StartLivestreamingAMeetingBodyVideoConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            _field_dict["name"] = name

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()
        if video_config is not UNSET:
            _field_dict["video_config"] = video_config

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_livestreaming_a_meeting_body_video_config import StartLivestreamingAMeetingBodyVideoConfig  # noqa: PLC0415

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        name: None | str | Unset = _d.pop("name", UNSET)

        _values["name"] = name

        _video_config = _d.pop("video_config", UNSET)
        video_config: StartLivestreamingAMeetingBodyVideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = StartLivestreamingAMeetingBodyVideoConfig.from_dict(_video_config)

        _values["video_config"] = video_config

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
