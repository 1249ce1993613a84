from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.design_tokens_border_radius import DesignTokensBorderRadius, check_design_tokens_border_radius
from ..models.design_tokens_border_width import DesignTokensBorderWidth, check_design_tokens_border_width
from ..models.design_tokens_theme import DesignTokensTheme, check_design_tokens_theme
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.colors_params import ColorsParams


_c_0: _rt.Codec[DesignTokensBorderRadius] = _rt.checked(
    check_design_tokens_border_radius, "circular, extra-rounded, rounded, sharp"
)
_c_1: _rt.Codec[DesignTokensBorderWidth] = _rt.checked(check_design_tokens_border_width, "fat, none, thin")
_c_2: _rt.Codec[ColorsParams] = _rt.model("colors_params", "ColorsParams")
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR
_c_5: _rt.Codec[str] = _rt.STR
_c_6: _rt.Codec[float] = _rt.FLOAT
_c_7: _rt.Codec[DesignTokensTheme] = _rt.checked(check_design_tokens_theme, "dark, darkest, light")


class PresetUpdateParamsUiDesignTokens(_rt.Model):
    """
    Attributes:
        border_radius (DesignTokensBorderRadius | None):
        border_width (DesignTokensBorderWidth | None):
        colors (ColorsParams | None):
        font_family (str | None):
        google_font (str | None):
        logo (str | None):
        spacing_base (float | None):
        theme (DesignTokensTheme | None):
    """

    __slots__ = ()
    _fields = {
        "border_radius": (_c_0, False),
        "border_width": (_c_1, False),
        "colors": (_c_2, False),
        "font_family": (_c_3, False),
        "google_font": (_c_4, False),
        "logo": (_c_5, False),
        "spacing_base": (_c_6, False),
        "theme": (_c_7, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        border_radius: DesignTokensBorderRadius | Unset = UNSET,
        border_width: DesignTokensBorderWidth | Unset = UNSET,
        colors: ColorsParams | Unset = UNSET,
        font_family: str | Unset = UNSET,
        google_font: str | Unset = UNSET,
        logo: str | Unset = UNSET,
        spacing_base: float | Unset = UNSET,
        theme: DesignTokensTheme | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(border_radius, Unset):
            self._write("border_radius", border_radius)
        if not isinstance(border_width, Unset):
            self._write("border_width", border_width)
        if not isinstance(colors, Unset):
            self._write("colors", colors)
        if not isinstance(font_family, Unset):
            self._write("font_family", font_family)
        if not isinstance(google_font, Unset):
            self._write("google_font", google_font)
        if not isinstance(logo, Unset):
            self._write("logo", logo)
        if not isinstance(spacing_base, Unset):
            self._write("spacing_base", spacing_base)
        if not isinstance(theme, Unset):
            self._write("theme", theme)

    @property
    def border_radius(self) -> DesignTokensBorderRadius | None:

        return self._opt("border_radius", _c_0)

    @border_radius.setter
    def border_radius(self, value: DesignTokensBorderRadius) -> None:
        self._write("border_radius", value)

    @property
    def border_width(self) -> DesignTokensBorderWidth | None:

        return self._opt("border_width", _c_1)

    @border_width.setter
    def border_width(self, value: DesignTokensBorderWidth) -> None:
        self._write("border_width", value)

    @property
    def colors(self) -> ColorsParams | None:

        return self._opt("colors", _c_2)

    @colors.setter
    def colors(self, value: ColorsParams) -> None:
        self._write("colors", value)

    @property
    def font_family(self) -> str | None:

        return self._opt("font_family", _c_3)

    @font_family.setter
    def font_family(self, value: str) -> None:
        self._write("font_family", value)

    @property
    def google_font(self) -> str | None:

        return self._opt("google_font", _c_4)

    @google_font.setter
    def google_font(self, value: str) -> None:
        self._write("google_font", value)

    @property
    def logo(self) -> str | None:

        return self._opt("logo", _c_5)

    @logo.setter
    def logo(self, value: str) -> None:
        self._write("logo", value)

    @property
    def spacing_base(self) -> float | None:

        return self._opt("spacing_base", _c_6)

    @spacing_base.setter
    def spacing_base(self, value: float) -> None:
        self._write("spacing_base", value)

    @property
    def theme(self) -> DesignTokensTheme | None:

        return self._opt("theme", _c_7)

    @theme.setter
    def theme(self, value: DesignTokensTheme) -> None:
        self._write("theme", value)
