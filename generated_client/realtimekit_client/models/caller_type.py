from typing import Literal

CallerType = Literal["ORGANIZATION", "USER"]

CALLER_TYPE_VALUES: set[CallerType] = {
    "ORGANIZATION",
    "USER",
}


def check_caller_type(value: str) -> CallerType:
    if value in CALLER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALLER_TYPE_VALUES!r}")
