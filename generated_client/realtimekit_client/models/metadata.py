from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_devices_update import AudioDevicesUpdate
    from ..models.browser_metadata import BrowserMetadata
    from ..models.candidate_pairs import CandidatePairs
    from ..models.device_info import DeviceInfo
    from ..models.event import Event
    from ..models.ip_information import IpInformation
    from ..models.native_metadata import NativeMetadata
    from ..models.pc_metadata_item import PcMetadataItem
    from ..models.selected_device_update import SelectedDeviceUpdate


_c_0: _rt.Codec[list[AudioDevicesUpdate] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_devices_update", "AudioDevicesUpdate"))
)
_c_1: _rt.Codec[BrowserMetadata | None] = _rt.nullable(_rt.model("browser_metadata", "BrowserMetadata"))
_c_2: _rt.Codec[CandidatePairs | None] = _rt.nullable(_rt.model("candidate_pairs", "CandidatePairs"))
_c_3: _rt.Codec[DeviceInfo | None] = _rt.nullable(_rt.model("device_info", "DeviceInfo"))
_c_4: _rt.Codec[list[Event] | None] = _rt.nullable(_rt.list_of(_rt.model("event", "Event")))
_c_5: _rt.Codec[IpInformation | None] = _rt.nullable(_rt.model("ip_information", "IpInformation"))
_c_6: _rt.Codec[NativeMetadata | None] = _rt.nullable(_rt.model("native_metadata", "NativeMetadata"))
_c_7: _rt.Codec[list[PcMetadataItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("pc_metadata_item", "PcMetadataItem"))
)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_10: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_11: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_12: _rt.Codec[list[SelectedDeviceUpdate] | None] = _rt.nullable(
    _rt.list_of(_rt.model("selected_device_update", "SelectedDeviceUpdate"))
)
_c_13: _rt.Codec[list[AudioDevicesUpdate] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_devices_update", "AudioDevicesUpdate"))
)
_c_14: _rt.Codec[list[AudioDevicesUpdate] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_devices_update", "AudioDevicesUpdate"))
)


class Metadata(_rt.Model):
    """Connection and device metadata for the participant.

    Attributes:
        audio_devices_updates (list[AudioDevicesUpdate] | None):
        browser_metadata (BrowserMetadata | None):
        candidate_pairs (CandidatePairs | None):
        device_info (DeviceInfo | None):
        events (list[Event] | None):
        ip_information (IpInformation | None):
        native_metadata (NativeMetadata | None):
        pc_metadata (list[PcMetadataItem] | None):
        room_view_type (str | None):
        sdk_name (str | None):
        sdk_type (str | None):
        sdk_version (str | None):
        selected_device_updates (list[SelectedDeviceUpdate] | None):
        speaker_devices_updates (list[AudioDevicesUpdate] | None):
        video_devices_updates (list[AudioDevicesUpdate] | None):
    """

    __slots__ = ()
    _fields = {
        "audio_devices_updates": (_c_0, False),
        "browser_metadata": (_c_1, False),
        "candidate_pairs": (_c_2, False),
        "device_info": (_c_3, False),
        "events": (_c_4, False),
        "ip_information": (_c_5, False),
        "native_metadata": (_c_6, False),
        "pc_metadata": (_c_7, False),
        "room_view_type": (_c_8, False),
        "sdk_name": (_c_9, False),
        "sdk_type": (_c_10, False),
        "sdk_version": (_c_11, False),
        "selected_device_updates": (_c_12, False),
        "speaker_devices_updates": (_c_13, False),
        "video_devices_updates": (_c_14, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        audio_devices_updates: list[AudioDevicesUpdate] | None | Unset = UNSET,
        browser_metadata: BrowserMetadata | None | Unset = UNSET,
        candidate_pairs: CandidatePairs | None | Unset = UNSET,
        device_info: DeviceInfo | None | Unset = UNSET,
        events: list[Event] | None | Unset = UNSET,
        ip_information: IpInformation | None | Unset = UNSET,
        native_metadata: NativeMetadata | None | Unset = UNSET,
        pc_metadata: list[PcMetadataItem] | None | Unset = UNSET,
        room_view_type: str | None | Unset = UNSET,
        sdk_name: str | None | Unset = UNSET,
        sdk_type: str | None | Unset = UNSET,
        sdk_version: str | None | Unset = UNSET,
        selected_device_updates: list[SelectedDeviceUpdate] | None | Unset = UNSET,
        speaker_devices_updates: list[AudioDevicesUpdate] | None | Unset = UNSET,
        video_devices_updates: list[AudioDevicesUpdate] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(audio_devices_updates, Unset):
            self._write("audio_devices_updates", audio_devices_updates)
        if not isinstance(browser_metadata, Unset):
            self._write("browser_metadata", browser_metadata)
        if not isinstance(candidate_pairs, Unset):
            self._write("candidate_pairs", candidate_pairs)
        if not isinstance(device_info, Unset):
            self._write("device_info", device_info)
        if not isinstance(events, Unset):
            self._write("events", events)
        if not isinstance(ip_information, Unset):
            self._write("ip_information", ip_information)
        if not isinstance(native_metadata, Unset):
            self._write("native_metadata", native_metadata)
        if not isinstance(pc_metadata, Unset):
            self._write("pc_metadata", pc_metadata)
        if not isinstance(room_view_type, Unset):
            self._write("room_view_type", room_view_type)
        if not isinstance(sdk_name, Unset):
            self._write("sdk_name", sdk_name)
        if not isinstance(sdk_type, Unset):
            self._write("sdk_type", sdk_type)
        if not isinstance(sdk_version, Unset):
            self._write("sdk_version", sdk_version)
        if not isinstance(selected_device_updates, Unset):
            self._write("selected_device_updates", selected_device_updates)
        if not isinstance(speaker_devices_updates, Unset):
            self._write("speaker_devices_updates", speaker_devices_updates)
        if not isinstance(video_devices_updates, Unset):
            self._write("video_devices_updates", video_devices_updates)

    @property
    def audio_devices_updates(self) -> list[AudioDevicesUpdate] | None:

        return self._opt("audio_devices_updates", _c_0)

    @audio_devices_updates.setter
    def audio_devices_updates(self, value: list[AudioDevicesUpdate] | None) -> None:
        self._write("audio_devices_updates", value)

    @property
    def browser_metadata(self) -> BrowserMetadata | None:

        return self._opt("browser_metadata", _c_1)

    @browser_metadata.setter
    def browser_metadata(self, value: BrowserMetadata | None) -> None:
        self._write("browser_metadata", value)

    @property
    def candidate_pairs(self) -> CandidatePairs | None:

        return self._opt("candidate_pairs", _c_2)

    @candidate_pairs.setter
    def candidate_pairs(self, value: CandidatePairs | None) -> None:
        self._write("candidate_pairs", value)

    @property
    def device_info(self) -> DeviceInfo | None:

        return self._opt("device_info", _c_3)

    @device_info.setter
    def device_info(self, value: DeviceInfo | None) -> None:
        self._write("device_info", value)

    @property
    def events(self) -> list[Event] | None:

        return self._opt("events", _c_4)

    @events.setter
    def events(self, value: list[Event] | None) -> None:
        self._write("events", value)

    @property
    def ip_information(self) -> IpInformation | None:

        return self._opt("ip_information", _c_5)

    @ip_information.setter
    def ip_information(self, value: IpInformation | None) -> None:
        self._write("ip_information", value)

    @property
    def native_metadata(self) -> NativeMetadata | None:

        return self._opt("native_metadata", _c_6)

    @native_metadata.setter
    def native_metadata(self, value: NativeMetadata | None) -> None:
        self._write("native_metadata", value)

    @property
    def pc_metadata(self) -> list[PcMetadataItem] | None:

        return self._opt("pc_metadata", _c_7)

    @pc_metadata.setter
    def pc_metadata(self, value: list[PcMetadataItem] | None) -> None:
        self._write("pc_metadata", value)

    @property
    def room_view_type(self) -> str | None:

        return self._opt("room_view_type", _c_8)

    @room_view_type.setter
    def room_view_type(self, value: str | None) -> None:
        self._write("room_view_type", value)

    @property
    def sdk_name(self) -> str | None:

        return self._opt("sdk_name", _c_9)

    @sdk_name.setter
    def sdk_name(self, value: str | None) -> None:
        self._write("sdk_name", value)

    @property
    def sdk_type(self) -> str | None:

        return self._opt("sdk_type", _c_10)

    @sdk_type.setter
    def sdk_type(self, value: str | None) -> None:
        self._write("sdk_type", value)

    @property
    def sdk_version(self) -> str | None:

        return self._opt("sdk_version", _c_11)

    @sdk_version.setter
    def sdk_version(self, value: str | None) -> None:
        self._write("sdk_version", value)

    @property
    def selected_device_updates(self) -> list[SelectedDeviceUpdate] | None:

        return self._opt("selected_device_updates", _c_12)

    @selected_device_updates.setter
    def selected_device_updates(self, value: list[SelectedDeviceUpdate] | None) -> None:
        self._write("selected_device_updates", value)

    @property
    def speaker_devices_updates(self) -> list[AudioDevicesUpdate] | None:

        return self._opt("speaker_devices_updates", _c_13)

    @speaker_devices_updates.setter
    def speaker_devices_updates(self, value: list[AudioDevicesUpdate] | None) -> None:
        self._write("speaker_devices_updates", value)

    @property
    def video_devices_updates(self) -> list[AudioDevicesUpdate] | None:

        return self._opt("video_devices_updates", _c_14)

    @video_devices_updates.setter
    def video_devices_updates(self, value: list[AudioDevicesUpdate] | None) -> None:
        self._write("video_devices_updates", value)
