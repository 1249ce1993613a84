from typing import Literal

View = Literal["consolidated", "raw"]

VIEW_VALUES: set[View] = {
    "consolidated",
    "raw",
}


def check_view(value: str) -> View:
    if value in VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIEW_VALUES!r}")
