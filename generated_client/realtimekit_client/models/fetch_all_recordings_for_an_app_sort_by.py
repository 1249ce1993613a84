from enum import StrEnum


class FetchAllRecordingsForAnAppSortBy(StrEnum):
    INVOKEDTIME = "invokedTime"

    def __str__(self) -> str:
        return str(self.value)
