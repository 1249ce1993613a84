from enum import StrEnum


class FetchAllLivestreamsStatus(StrEnum):
    ERRORED = "ERRORED"
    IDLE = "IDLE"
    INVOKED = "INVOKED"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
