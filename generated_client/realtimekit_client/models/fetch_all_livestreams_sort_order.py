from enum import StrEnum


class FetchAllLivestreamsSortOrder(StrEnum):
    ASC = "ASC"
    DSC = "DSC"

    def __str__(self) -> str:
        return str(self.value)
