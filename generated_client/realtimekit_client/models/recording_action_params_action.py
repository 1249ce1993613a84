from typing import Literal

RecordingActionParamsAction = Literal["pause", "resume", "stop"]

RECORDING_ACTION_PARAMS_ACTION_VALUES: set[RecordingActionParamsAction] = {
    "pause",
    "resume",
    "stop",
}


def check_recording_action_params_action(value: str) -> RecordingActionParamsAction:
    if value in RECORDING_ACTION_PARAMS_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORDING_ACTION_PARAMS_ACTION_VALUES!r}")
