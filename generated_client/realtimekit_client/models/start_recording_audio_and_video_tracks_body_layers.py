from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.start_recording_audio_and_video_tracks_body_layers_additional_property import (
        StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty,
    )


T = TypeVar("T", bound="StartRecordingAudioAndVideoTracksBodyLayers")


@_attrs_define
class StartRecordingAudioAndVideoTracksBodyLayers:
    additional_properties: dict[str, StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        _field_dict: dict[str, Any] = {}
        for _prop_name, _prop in self.additional_properties.items():
            _field_dict[_prop_name] = _prop.to_dict()

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_recording_audio_and_video_tracks_body_layers_additional_property import (
            StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty,  # noqa: PLC0415
        )

        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        _obj = _cls(**_values)

        _additional_properties = {}
        for _prop_name, _prop_dict in _d.items():
            additional_property = StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty.from_dict(_prop_dict)

            _additional_properties[_prop_name] = additional_property

        _obj.additional_properties = _additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
