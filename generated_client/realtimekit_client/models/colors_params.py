from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_params import BackgroundParams
    from ..models.brand_params import BrandParams


_c_0: _rt.Codec[BackgroundParams] = _rt.model("background_params", "BackgroundParams")
_c_1: _rt.Codec[BrandParams] = _rt.model("brand_params", "BrandParams")
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR
_c_5: _rt.Codec[str] = _rt.STR
_c_6: _rt.Codec[str] = _rt.STR
_c_7: _rt.Codec[str] = _rt.STR


class ColorsParams(_rt.Model):
    """
    Attributes:
        background (BackgroundParams | None):
        brand (BrandParams | None):
        danger (str | None):
        success (str | None):
        text (str | None):
        text_on_brand (str | None):
        video_bg (str | None):
        warning (str | None):
    """

    __slots__ = ()
    _fields = {
        "background": (_c_0, False),
        "brand": (_c_1, False),
        "danger": (_c_2, False),
        "success": (_c_3, False),
        "text": (_c_4, False),
        "text_on_brand": (_c_5, False),
        "video_bg": (_c_6, False),
        "warning": (_c_7, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        background: BackgroundParams | Unset = UNSET,
        brand: BrandParams | Unset = UNSET,
        danger: str | Unset = UNSET,
        success: str | Unset = UNSET,
        text: str | Unset = UNSET,
        text_on_brand: str | Unset = UNSET,
        video_bg: str | Unset = UNSET,
        warning: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(background, Unset):
            self._write("background", background)
        if not isinstance(brand, Unset):
            self._write("brand", brand)
        if not isinstance(danger, Unset):
            self._write("danger", danger)
        if not isinstance(success, Unset):
            self._write("success", success)
        if not isinstance(text, Unset):
            self._write("text", text)
        if not isinstance(text_on_brand, Unset):
            self._write("text_on_brand", text_on_brand)
        if not isinstance(video_bg, Unset):
            self._write("video_bg", video_bg)
        if not isinstance(warning, Unset):
            self._write("warning", warning)

    @property
    def background(self) -> BackgroundParams | None:

        return self._opt("background", _c_0)

    @background.setter
    def background(self, value: BackgroundParams) -> None:
        self._write("background", value)

    @property
    def brand(self) -> BrandParams | None:

        return self._opt("brand", _c_1)

    @brand.setter
    def brand(self, value: BrandParams) -> None:
        self._write("brand", value)

    @property
    def danger(self) -> str | None:

        return self._opt("danger", _c_2)

    @danger.setter
    def danger(self, value: str) -> None:
        self._write("danger", value)

    @property
    def success(self) -> str | None:

        return self._opt("success", _c_3)

    @success.setter
    def success(self, value: str) -> None:
        self._write("success", value)

    @property
    def text(self) -> str | None:

        return self._opt("text", _c_4)

    @text.setter
    def text(self, value: str) -> None:
        self._write("text", value)

    @property
    def text_on_brand(self) -> str | None:

        return self._opt("text_on_brand", _c_5)

    @text_on_brand.setter
    def text_on_brand(self, value: str) -> None:
        self._write("text_on_brand", value)

    @property
    def video_bg(self) -> str | None:

        return self._opt("video_bg", _c_6)

    @video_bg.setter
    def video_bg(self, value: str) -> None:
        self._write("video_bg", value)

    @property
    def warning(self) -> str | None:

        return self._opt("warning", _c_7)

    @warning.setter
    def warning(self, value: str) -> None:
        self._write("warning", value)
