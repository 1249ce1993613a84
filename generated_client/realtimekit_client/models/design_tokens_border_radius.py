from typing import Literal

DesignTokensBorderRadius = Literal["circular", "extra-rounded", "rounded", "sharp"]

DESIGN_TOKENS_BORDER_RADIUS_VALUES: set[DesignTokensBorderRadius] = {
    "circular",
    "extra-rounded",
    "rounded",
    "sharp",
}


def check_design_tokens_border_radius(value: str) -> DesignTokensBorderRadius:
    if value in DESIGN_TOKENS_BORDER_RADIUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGN_TOKENS_BORDER_RADIUS_VALUES!r}")
