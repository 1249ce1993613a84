from typing import Literal

SessionSortBy2 = Literal["duration", "joinedAt"]

SESSION_SORT_BY_2_VALUES: set[SessionSortBy2] = {
    "duration",
    "joinedAt",
}


def check_session_sort_by_2(value: str) -> SessionSortBy2:
    if value in SESSION_SORT_BY_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_SORT_BY_2_VALUES!r}")
