from typing import Literal

LivestreamPageStatus = Literal["ERRORED", "IDLE", "INVOKED", "LIVE"]

LIVESTREAM_PAGE_STATUS_VALUES: set[LivestreamPageStatus] = {
    "ERRORED",
    "IDLE",
    "INVOKED",
    "LIVE",
}


def check_livestream_page_status(value: str) -> LivestreamPageStatus:
    if value in LIVESTREAM_PAGE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIVESTREAM_PAGE_STATUS_VALUES!r}")
