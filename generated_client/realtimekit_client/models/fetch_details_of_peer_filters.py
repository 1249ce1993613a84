from enum import StrEnum


class FetchDetailsOfPeerFilters(StrEnum):
    DEVICE_INFO = "device_info"
    EVENTS = "events"
    IP_INFORMATION = "ip_information"
    PRECALL_NETWORK_INFORMATION = "precall_network_information"
    QUALITY_STATS = "quality_stats"

    def __str__(self) -> str:
        return str(self.value)
