from enum import StrEnum


class FetchParticipantsListOfASessionSortBy(StrEnum):
    DURATION = "duration"
    JOINEDAT = "joinedAt"

    def __str__(self) -> str:
        return str(self.value)
