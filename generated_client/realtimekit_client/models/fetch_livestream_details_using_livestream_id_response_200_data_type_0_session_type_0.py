from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0")


@_attrs_define
class FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0:
    """
    Attributes:
        created_at (None | str | Unset):
        err_message (None | str | Unset):
        id (None | str | Unset):
        ingest_seconds (float | None | Unset):
        invoked_time (None | str | Unset):
        livestream_id (None | str | Unset):
        started_time (None | str | Unset):
        stopped_time (None | str | Unset):
        updated_at (None | str | Unset):
        viewer_seconds (float | None | Unset):
    """

    created_at: None | str | Unset = UNSET
    err_message: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    ingest_seconds: float | None | Unset = UNSET
    invoked_time: None | str | Unset = UNSET
    livestream_id: None | str | Unset = UNSET
    started_time: None | str | Unset = UNSET
    stopped_time: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    viewer_seconds: float | None | Unset = UNSET
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

        err_message: None | str | Unset
        if isinstance(self.err_message, Unset):
            err_message = UNSET
        else:
            err_message = self.err_message
        if err_message is not UNSET:
            _field_dict["err_message"] = err_message

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        if id is not UNSET:
            _field_dict["id"] = id

        ingest_seconds: float | None | Unset
        if isinstance(self.ingest_seconds, Unset):
            ingest_seconds = UNSET
        else:
            ingest_seconds = self.ingest_seconds
        if ingest_seconds is not UNSET:
            _field_dict["ingest_seconds"] = ingest_seconds

        invoked_time: None | str | Unset
        if isinstance(self.invoked_time, Unset):
            invoked_time = UNSET
        else:
            invoked_time = self.invoked_time
        if invoked_time is not UNSET:
            _field_dict["invoked_time"] = invoked_time

        livestream_id: None | str | Unset
        if isinstance(self.livestream_id, Unset):
            livestream_id = UNSET
        else:
            livestream_id = self.livestream_id
        if livestream_id is not UNSET:
            _field_dict["livestream_id"] = livestream_id

        started_time: None | str | Unset
        if isinstance(self.started_time, Unset):
            started_time = UNSET
        else:
            started_time = self.started_time
        if started_time is not UNSET:
            _field_dict["started_time"] = started_time

        stopped_time: None | str | Unset
        if isinstance(self.stopped_time, Unset):
            stopped_time = UNSET
        else:
            stopped_time = self.stopped_time
        if stopped_time is not UNSET:
            _field_dict["stopped_time"] = stopped_time

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at
        if updated_at is not UNSET:
            _field_dict["updated_at"] = updated_at

        viewer_seconds: float | None | Unset
        if isinstance(self.viewer_seconds, Unset):
            viewer_seconds = UNSET
        else:
            viewer_seconds = self.viewer_seconds
        if viewer_seconds is not UNSET:
            _field_dict["viewer_seconds"] = viewer_seconds

        return _field_dict

    @classmethod
    def from_dict(_cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _d = dict(src_dict)
        _values: dict[str, Any] = {}
        created_at: None | str | Unset = _d.pop("created_at", UNSET)

        _values["created_at"] = created_at

        err_message: None | str | Unset = _d.pop("err_message", UNSET)

        _values["err_message"] = err_message

        id: None | str | Unset = _d.pop("id", UNSET)

        _values["id"] = id

        ingest_seconds: float | None | Unset = _d.pop("ingest_seconds", UNSET)

        _values["ingest_seconds"] = ingest_seconds

        invoked_time: None | str | Unset = _d.pop("invoked_time", UNSET)

        _values["invoked_time"] = invoked_time

        livestream_id: None | str | Unset = _d.pop("livestream_id", UNSET)

        _values["livestream_id"] = livestream_id

        started_time: None | str | Unset = _d.pop("started_time", UNSET)

        _values["started_time"] = started_time

        stopped_time: None | str | Unset = _d.pop("stopped_time", UNSET)

        _values["stopped_time"] = stopped_time

        updated_at: None | str | Unset = _d.pop("updated_at", UNSET)

        _values["updated_at"] = updated_at

        viewer_seconds: float | None | Unset = _d.pop("viewer_seconds", UNSET)

        _values["viewer_seconds"] = viewer_seconds

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
