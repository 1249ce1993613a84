from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[float] = _rt.FLOAT


class MaxVideoStreams(_rt.Model):
    """Maximum number of streams that are visible on a device

    Attributes:
        desktop (float): Promised by the API. Maximum number of video streams visible on desktop devices
        mobile (float): Promised by the API. Maximum number of streams visible on mobile devices
    """

    __slots__ = ()
    _fields = {
        "desktop": (_c_0, True),
        "mobile": (_c_1, True),
    }
    _required = frozenset(
        {
            "desktop",
            "mobile",
        }
    )

    def __init__(
        self,
        *,
        desktop: float,
        mobile: float,
    ) -> None:
        super().__init__()
        self._write("desktop", desktop)
        self._write("mobile", mobile)

    @property
    def desktop(self) -> float:
        """Maximum number of video streams visible on desktop devices"""

        return self._req("desktop", _c_0)

    @desktop.setter
    def desktop(self, value: float) -> None:
        self._write("desktop", value)

    @property
    def mobile(self) -> float:
        """Maximum number of streams visible on mobile devices"""

        return self._req("mobile", _c_1)

    @mobile.setter
    def mobile(self, value: float) -> None:
        self._write("mobile", value)
