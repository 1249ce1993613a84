from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[float] = _rt.FLOAT


class MaxVideoStreamsParams(_rt.Model):
    """Maximum number of streams that are visible on a device

    Attributes:
        desktop (float | None): Maximum number of video streams visible on desktop devices
        mobile (float | None): Maximum number of streams visible on mobile devices
    """

    __slots__ = ()
    _fields = {
        "desktop": (_c_0, False),
        "mobile": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        desktop: float | Unset = UNSET,
        mobile: float | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(desktop, Unset):
            self._write("desktop", desktop)
        if not isinstance(mobile, Unset):
            self._write("mobile", mobile)

    @property
    def desktop(self) -> float | None:
        """Maximum number of video streams visible on desktop devices"""

        return self._opt("desktop", _c_0)

    @desktop.setter
    def desktop(self, value: float) -> None:
        self._write("desktop", value)

    @property
    def mobile(self) -> float | None:
        """Maximum number of streams visible on mobile devices"""

        return self._opt("mobile", _c_1)

    @mobile.setter
    def mobile(self, value: float) -> None:
        self._write("mobile", value)
