from typing import Literal

RecordingInfoStatus = Literal["ERRORED", "INVOKED", "PAUSED", "RECORDING", "UPLOADED", "UPLOADING"]

RECORDING_INFO_STATUS_VALUES: set[RecordingInfoStatus] = {
    "ERRORED",
    "INVOKED",
    "PAUSED",
    "RECORDING",
    "UPLOADED",
    "UPLOADING",
}


def check_recording_info_status(value: str) -> RecordingInfoStatus:
    if value in RECORDING_INFO_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORDING_INFO_STATUS_VALUES!r}")
