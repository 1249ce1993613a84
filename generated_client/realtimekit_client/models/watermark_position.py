from typing import Literal

WatermarkPosition = Literal["left bottom", "left top", "right bottom", "right top"]

WATERMARK_POSITION_VALUES: set[WatermarkPosition] = {
    "left bottom",
    "left top",
    "right bottom",
    "right top",
}


def check_watermark_position(value: str) -> WatermarkPosition:
    if value in WATERMARK_POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WATERMARK_POSITION_VALUES!r}")
