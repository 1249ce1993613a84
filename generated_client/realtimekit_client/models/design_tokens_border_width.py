from typing import Literal

DesignTokensBorderWidth = Literal["fat", "none", "thin"]

DESIGN_TOKENS_BORDER_WIDTH_VALUES: set[DesignTokensBorderWidth] = {
    "fat",
    "none",
    "thin",
}


def check_design_tokens_border_width(value: str) -> DesignTokensBorderWidth:
    if value in DESIGN_TOKENS_BORDER_WIDTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGN_TOKENS_BORDER_WIDTH_VALUES!r}")
