from typing import Literal

PeerEventPresetViewType = Literal["AUDIO_ROOM", "CHAT", "GROUP_CALL", "LIVESTREAM", "WEBINAR"]

PEER_EVENT_PRESET_VIEW_TYPE_VALUES: set[PeerEventPresetViewType] = {
    "AUDIO_ROOM",
    "CHAT",
    "GROUP_CALL",
    "LIVESTREAM",
    "WEBINAR",
}


def check_peer_event_preset_view_type(value: str) -> PeerEventPresetViewType:
    if value in PEER_EVENT_PRESET_VIEW_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PEER_EVENT_PRESET_VIEW_TYPE_VALUES!r}")
