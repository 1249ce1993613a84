from typing import Literal

MeetingInfoStatus = Literal["ACTIVE", "INACTIVE"]

MEETING_INFO_STATUS_VALUES: set[MeetingInfoStatus] = {
    "ACTIVE",
    "INACTIVE",
}


def check_meeting_info_status(value: str) -> MeetingInfoStatus:
    if value in MEETING_INFO_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_INFO_STATUS_VALUES!r}")
