from enum import StrEnum


class FetchTheCompleteTranscriptForASessionFormat(StrEnum):
    CSV = "CSV"
    JSON = "JSON"
    SRT = "SRT"
    VTT = "VTT"

    def __str__(self) -> str:
        return str(self.value)
