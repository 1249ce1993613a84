from enum import StrEnum


class FetchParticipantsListOfASessionView(StrEnum):
    CONSOLIDATED = "consolidated"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)
