from typing import Literal

PeerEventEventName = Literal["PEER_CREATED", "PEER_JOINING", "PEER_LEAVING"]

PEER_EVENT_EVENT_NAME_VALUES: set[PeerEventEventName] = {
    "PEER_CREATED",
    "PEER_JOINING",
    "PEER_LEAVING",
}


def check_peer_event_event_name(value: str) -> PeerEventEventName:
    if value in PEER_EVENT_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PEER_EVENT_EVENT_NAME_VALUES!r}")
