from typing import Literal

PermissionsRecorderType = Literal["LIVESTREAMER", "NONE", "RECORDER"]

PERMISSIONS_RECORDER_TYPE_VALUES: set[PermissionsRecorderType] = {
    "LIVESTREAMER",
    "NONE",
    "RECORDER",
}


def check_permissions_recorder_type(value: str) -> PermissionsRecorderType:
    if value in PERMISSIONS_RECORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSIONS_RECORDER_TYPE_VALUES!r}")
