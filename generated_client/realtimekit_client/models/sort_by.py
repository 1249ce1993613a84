from typing import Literal

SortBy = Literal["invokedTime"]

SORT_BY_VALUES: set[SortBy] = {
    "invokedTime",
}


def check_sort_by(value: str) -> SortBy:
    if value in SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_BY_VALUES!r}")
