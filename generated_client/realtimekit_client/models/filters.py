from typing import Literal

Filters = Literal["device_info", "events", "ip_information", "precall_network_information", "quality_stats"]

FILTERS_VALUES: set[Filters] = {
    "device_info",
    "events",
    "ip_information",
    "precall_network_information",
    "quality_stats",
}


def check_filters(value: str) -> Filters:
    if value in FILTERS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILTERS_VALUES!r}")
