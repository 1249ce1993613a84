from typing import Literal

Format = Literal["CSV", "JSON", "SRT", "VTT"]

FORMAT_VALUES: set[Format] = {
    "CSV",
    "JSON",
    "SRT",
    "VTT",
}


def check_format(value: str) -> Format:
    if value in FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORMAT_VALUES!r}")
