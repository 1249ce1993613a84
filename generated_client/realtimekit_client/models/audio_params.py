from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL


class AudioParams(_rt.Model):
    """Control options for Audio quality.

    Attributes:
        enable_high_bitrate (bool | None): Enable High Quality Audio for your meetings
        enable_stereo (bool | None): Enable Stereo for your meetings
    """

    __slots__ = ()
    _fields = {
        "enable_high_bitrate": (_c_0, False),
        "enable_stereo": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        enable_high_bitrate: bool | Unset = UNSET,
        enable_stereo: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(enable_high_bitrate, Unset):
            self._write("enable_high_bitrate", enable_high_bitrate)
        if not isinstance(enable_stereo, Unset):
            self._write("enable_stereo", enable_stereo)

    @property
    def enable_high_bitrate(self) -> bool | None:
        """Enable High Quality Audio for your meetings"""

        return self._opt("enable_high_bitrate", _c_0)

    @enable_high_bitrate.setter
    def enable_high_bitrate(self, value: bool) -> None:
        self._write("enable_high_bitrate", value)

    @property
    def enable_stereo(self) -> bool | None:
        """Enable Stereo for your meetings"""

        return self._opt("enable_stereo", _c_1)

    @enable_stereo.setter
    def enable_stereo(self, value: bool) -> None:
        self._write("enable_stereo", value)
