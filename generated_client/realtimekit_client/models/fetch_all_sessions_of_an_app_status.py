from enum import StrEnum


class FetchAllSessionsOfAnAppStatus(StrEnum):
    ENDED = "ENDED"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
