from enum import StrEnum


class FetchAllSessionsOfAnAppSortBy(StrEnum):
    CREATEDAT = "createdAt"
    MINUTESCONSUMED = "minutesConsumed"

    def __str__(self) -> str:
        return str(self.value)
