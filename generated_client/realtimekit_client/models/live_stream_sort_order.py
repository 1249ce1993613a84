from typing import Literal

LiveStreamSortOrder = Literal["ASC", "DSC"]

LIVE_STREAM_SORT_ORDER_VALUES: set[LiveStreamSortOrder] = {
    "ASC",
    "DSC",
}


def check_live_stream_sort_order(value: str) -> LiveStreamSortOrder:
    if value in LIVE_STREAM_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIVE_STREAM_SORT_ORDER_VALUES!r}")
