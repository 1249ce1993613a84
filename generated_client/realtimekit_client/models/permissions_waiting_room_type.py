from typing import Literal

PermissionsWaitingRoomType = Literal["ON_PRIVILEGED_USER_ENTRY", "SKIP", "SKIP_ON_ACCEPT"]

PERMISSIONS_WAITING_ROOM_TYPE_VALUES: set[PermissionsWaitingRoomType] = {
    "ON_PRIVILEGED_USER_ENTRY",
    "SKIP",
    "SKIP_ON_ACCEPT",
}


def check_permissions_waiting_room_type(value: str) -> PermissionsWaitingRoomType:
    if value in PERMISSIONS_WAITING_ROOM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSIONS_WAITING_ROOM_TYPE_VALUES!r}")
