from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class NativeMetadata(_rt.Model):
    """
    Attributes:
        audio_encoder (str | None):
        video_encoder (str | None):
    """

    __slots__ = ()
    _fields = {
        "audio_encoder": (_c_0, False),
        "video_encoder": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        audio_encoder: str | None | Unset = UNSET,
        video_encoder: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(audio_encoder, Unset):
            self._write("audio_encoder", audio_encoder)
        if not isinstance(video_encoder, Unset):
            self._write("video_encoder", video_encoder)

    @property
    def audio_encoder(self) -> str | None:

        return self._opt("audio_encoder", _c_0)

    @audio_encoder.setter
    def audio_encoder(self, value: str | None) -> None:
        self._write("audio_encoder", value)

    @property
    def video_encoder(self) -> str | None:

        return self._opt("video_encoder", _c_1)

    @video_encoder.setter
    def video_encoder(self, value: str | None) -> None:
        self._write("video_encoder", value)
