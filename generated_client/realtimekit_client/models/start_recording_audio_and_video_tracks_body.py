from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_recording_audio_and_video_tracks_body_layers import StartRecordingAudioAndVideoTracksBodyLayers


T = TypeVar("T", bound="StartRecordingAudioAndVideoTracksBody")


@_attrs_define
class StartRecordingAudioAndVideoTracksBody:
    """
    Attributes:
        meeting_id (str):
        layers (StartRecordingAudioAndVideoTracksBodyLayers | Unset):
        user_ids (list[str] | Unset):
    """

    meeting_id: str
    layers: StartRecordingAudioAndVideoTracksBodyLayers | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        meeting_id = self.meeting_id
        _field_dict["meeting_id"] = meeting_id

        layers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers.to_dict()
        if layers is not UNSET:
            _field_dict["layers"] = layers

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        if user_ids is not UNSET:
            _field_dict["user_ids"] = user_ids

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_recording_audio_and_video_tracks_body_layers import (
            StartRecordingAudioAndVideoTracksBodyLayers,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        meeting_id = _d.pop("meeting_id")
        _values["meeting_id"] = meeting_id

        _layers = _d.pop("layers", UNSET)
        layers: StartRecordingAudioAndVideoTracksBodyLayers | Unset
        if isinstance(_layers, Unset):
            layers = UNSET
        else:
            layers = StartRecordingAudioAndVideoTracksBodyLayers.from_dict(_layers)

        _values["layers"] = layers

        user_ids: list[str] | Unset = _d.pop("user_ids", UNSET)

        _values["user_ids"] = user_ids

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
