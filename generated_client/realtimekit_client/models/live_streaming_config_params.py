from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR


class LiveStreamingConfigParams(_rt.Model):
    """
    Attributes:
        rtmp_url (str | None): RTMP URL to stream to
    """

    __slots__ = ()
    _fields = {
        "rtmp_url": (_c_0, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        rtmp_url: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(rtmp_url, Unset):
            self._write("rtmp_url", rtmp_url)

    @property
    def rtmp_url(self) -> str | None:
        """RTMP URL to stream to"""

        return self._opt("rtmp_url", _c_0)

    @rtmp_url.setter
    def rtmp_url(self, value: str) -> None:
        self._write("rtmp_url", value)
