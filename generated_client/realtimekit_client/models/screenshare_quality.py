from typing import Literal

ScreenshareQuality = Literal["fhd", "hd", "qvga", "uhd", "vga"]

SCREENSHARE_QUALITY_VALUES: set[ScreenshareQuality] = {
    "fhd",
    "hd",
    "qvga",
    "uhd",
    "vga",
}


def check_screenshare_quality(value: str) -> ScreenshareQuality:
    if value in SCREENSHARE_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCREENSHARE_QUALITY_VALUES!r}")
