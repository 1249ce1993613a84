from enum import StrEnum


class FetchParticipantsListOfASessionSortOrder(StrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)
