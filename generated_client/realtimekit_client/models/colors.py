from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.background import Background
    from ..models.brand import Brand


_c_0: _rt.Codec[Background] = _rt.model("background", "Background")
_c_1: _rt.Codec[Brand] = _rt.model("brand", "Brand")
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR
_c_5: _rt.Codec[str] = _rt.STR
_c_6: _rt.Codec[str] = _rt.STR
_c_7: _rt.Codec[str] = _rt.STR


class Colors(_rt.Model):
    """
    Attributes:
        background (Background): Promised by the API.
        brand (Brand): Promised by the API.
        danger (str): Promised by the API.
        success (str): Promised by the API.
        text (str): Promised by the API.
        text_on_brand (str): Promised by the API.
        video_bg (str): Promised by the API.
        warning (str): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "background": (_c_0, True),
        "brand": (_c_1, True),
        "danger": (_c_2, True),
        "success": (_c_3, True),
        "text": (_c_4, True),
        "text_on_brand": (_c_5, True),
        "video_bg": (_c_6, True),
        "warning": (_c_7, True),
    }
    _required = frozenset(
        {
            "background",
            "brand",
            "danger",
            "success",
            "text",
            "text_on_brand",
            "video_bg",
            "warning",
        }
    )

    def __init__(
        self,
        *,
        background: Background,
        brand: Brand,
        danger: str,
        success: str,
        text: str,
        text_on_brand: str,
        video_bg: str,
        warning: str,
    ) -> None:
        super().__init__()
        self._write("background", background)
        self._write("brand", brand)
        self._write("danger", danger)
        self._write("success", success)
        self._write("text", text)
        self._write("text_on_brand", text_on_brand)
        self._write("video_bg", video_bg)
        self._write("warning", warning)

    @property
    def background(self) -> Background:

        return self._req("background", _c_0)

    @background.setter
    def background(self, value: Background) -> None:
        self._write("background", value)

    @property
    def brand(self) -> Brand:

        return self._req("brand", _c_1)

    @brand.setter
    def brand(self, value: Brand) -> None:
        self._write("brand", value)

    @property
    def danger(self) -> str:

        return self._req("danger", _c_2)

    @danger.setter
    def danger(self, value: str) -> None:
        self._write("danger", value)

    @property
    def success(self) -> str:

        return self._req("success", _c_3)

    @success.setter
    def success(self, value: str) -> None:
        self._write("success", value)

    @property
    def text(self) -> str:

        return self._req("text", _c_4)

    @text.setter
    def text(self, value: str) -> None:
        self._write("text", value)

    @property
    def text_on_brand(self) -> str:

        return self._req("text_on_brand", _c_5)

    @text_on_brand.setter
    def text_on_brand(self, value: str) -> None:
        self._write("text_on_brand", value)

    @property
    def video_bg(self) -> str:

        return self._req("video_bg", _c_6)

    @video_bg.setter
    def video_bg(self, value: str) -> None:
        self._write("video_bg", value)

    @property
    def warning(self) -> str:

        return self._req("warning", _c_7)

    @warning.setter
    def warning(self, value: str) -> None:
        self._write("warning", value)
