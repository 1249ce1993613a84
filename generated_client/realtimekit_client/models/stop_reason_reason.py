from typing import Literal

StopReasonReason = Literal["ALL_PEERS_LEFT", "API_CALL", "INTERNAL_ERROR"]

STOP_REASON_REASON_VALUES: set[StopReasonReason] = {
    "ALL_PEERS_LEFT",
    "API_CALL",
    "INTERNAL_ERROR",
}


def check_stop_reason_reason(value: str) -> StopReasonReason:
    if value in STOP_REASON_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOP_REASON_REASON_VALUES!r}")
