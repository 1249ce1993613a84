from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[int] = _rt.INT
_c_1: _rt.Codec[int] = _rt.INT


class VideoConfigParams(_rt.Model):
    """
    Attributes:
        height (int | None): Height of the livestreaming video in pixels
        width (int | None): Width of the livestreaming video in pixels
    """

    __slots__ = ()
    _fields = {
        "height": (_c_0, False),
        "width": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        height: int | Unset = UNSET,
        width: int | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(height, Unset):
            self._write("height", height)
        if not isinstance(width, Unset):
            self._write("width", width)

    @property
    def height(self) -> int | None:
        """Height of the livestreaming video in pixels"""

        return self._opt("height", _c_0)

    @height.setter
    def height(self, value: int) -> None:
        self._write("height", value)

    @property
    def width(self) -> int | None:
        """Width of the livestreaming video in pixels"""

        return self._opt("width", _c_1)

    @width.setter
    def width(self, value: int) -> None:
        self._write("width", value)
