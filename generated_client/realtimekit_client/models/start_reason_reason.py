from typing import Literal

StartReasonReason = Literal["API_CALL", "RECORD_ON_START"]

START_REASON_REASON_VALUES: set[StartReasonReason] = {
    "API_CALL",
    "RECORD_ON_START",
}


def check_start_reason_reason(value: str) -> StartReasonReason:
    if value in START_REASON_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_REASON_REASON_VALUES!r}")
