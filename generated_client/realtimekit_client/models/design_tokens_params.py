from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.design_tokens_border_radius import DesignTokensBorderRadius, check_design_tokens_border_radius
from ..models.design_tokens_border_width import DesignTokensBorderWidth, check_design_tokens_border_width
from ..models.design_tokens_theme import DesignTokensTheme, check_design_tokens_theme
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.colors import Colors


_c_0: _rt.Codec[DesignTokensBorderRadius] = _rt.checked(
    check_design_tokens_border_radius, "circular, extra-rounded, rounded, sharp"
)
_c_1: _rt.Codec[DesignTokensBorderWidth] = _rt.checked(check_design_tokens_border_width, "fat, none, thin")
_c_2: _rt.Codec[Colors] = _rt.model("colors", "Colors")
_c_3: _rt.Codec[float] = _rt.FLOAT
_c_4: _rt.Codec[DesignTokensTheme] = _rt.checked(check_design_tokens_theme, "dark, darkest, light")
_c_5: _rt.Codec[str] = _rt.STR
_c_6: _rt.Codec[str] = _rt.STR
_c_7: _rt.Codec[str] = _rt.STR


class DesignTokensParams(_rt.Model):
    """
    Attributes:
        border_radius (DesignTokensBorderRadius): Promised by the API.
        border_width (DesignTokensBorderWidth): Promised by the API.
        colors (Colors): Promised by the API.
        spacing_base (float): Promised by the API.
        theme (DesignTokensTheme): Promised by the API.
        font_family (str | None):
        google_font (str | None):
        logo (str | None):
    """

    __slots__ = ()
    _fields = {
        "border_radius": (_c_0, True),
        "border_width": (_c_1, True),
        "colors": (_c_2, True),
        "spacing_base": (_c_3, True),
        "theme": (_c_4, True),
        "font_family": (_c_5, False),
        "google_font": (_c_6, False),
        "logo": (_c_7, False),
    }
    _required = frozenset(
        {
            "border_radius",
            "border_width",
            "colors",
            "spacing_base",
            "theme",
        }
    )

    def __init__(
        self,
        *,
        border_radius: DesignTokensBorderRadius,
        border_width: DesignTokensBorderWidth,
        colors: Colors,
        spacing_base: float,
        theme: DesignTokensTheme,
        font_family: str | Unset = UNSET,
        google_font: str | Unset = UNSET,
        logo: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("border_radius", border_radius)
        self._write("border_width", border_width)
        self._write("colors", colors)
        self._write("spacing_base", spacing_base)
        self._write("theme", theme)
        if not isinstance(font_family, Unset):
            self._write("font_family", font_family)
        if not isinstance(google_font, Unset):
            self._write("google_font", google_font)
        if not isinstance(logo, Unset):
            self._write("logo", logo)

    @property
    def border_radius(self) -> DesignTokensBorderRadius:

        return self._req("border_radius", _c_0)

    @border_radius.setter
    def border_radius(self, value: DesignTokensBorderRadius) -> None:
        self._write("border_radius", value)

    @property
    def border_width(self) -> DesignTokensBorderWidth:

        return self._req("border_width", _c_1)

    @border_width.setter
    def border_width(self, value: DesignTokensBorderWidth) -> None:
        self._write("border_width", value)

    @property
    def colors(self) -> Colors:

        return self._req("colors", _c_2)

    @colors.setter
    def colors(self, value: Colors) -> None:
        self._write("colors", value)

    @property
    def spacing_base(self) -> float:

        return self._req("spacing_base", _c_3)

    @spacing_base.setter
    def spacing_base(self, value: float) -> None:
        self._write("spacing_base", value)

    @property
    def theme(self) -> DesignTokensTheme:

        return self._req("theme", _c_4)

    @theme.setter
    def theme(self, value: DesignTokensTheme) -> None:
        self._write("theme", value)

    @property
    def font_family(self) -> str | None:

        return self._opt("font_family", _c_5)

    @font_family.setter
    def font_family(self, value: str) -> None:
        self._write("font_family", value)

    @property
    def google_font(self) -> str | None:

        return self._opt("google_font", _c_6)

    @google_font.setter
    def google_font(self, value: str) -> None:
        self._write("google_font", value)

    @property
    def logo(self) -> str | None:

        return self._opt("logo", _c_7)

    @logo.setter
    def logo(self, value: str) -> None:
        self._write("logo", value)
