from typing import Literal

DesignTokensTheme = Literal["dark", "darkest", "light"]

DESIGN_TOKENS_THEME_VALUES: set[DesignTokensTheme] = {
    "dark",
    "darkest",
    "light",
}


def check_design_tokens_theme(value: str) -> DesignTokensTheme:
    if value in DESIGN_TOKENS_THEME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGN_TOKENS_THEME_VALUES!r}")
