from __future__ import annotations

from .. import model_base as _rt
from ..models.audio_config_channel import AudioConfigChannel, check_audio_config_channel
from ..models.audio_config_codec import AudioConfigCodec, check_audio_config_codec
from ..types import UNSET, Unset

_c_0: _rt.Codec[AudioConfigChannel] = _rt.checked(check_audio_config_channel, "mono, stereo")
_c_1: _rt.Codec[AudioConfigCodec] = _rt.checked(check_audio_config_codec, "AAC, MP3")
_c_2: _rt.Codec[bool] = _rt.BOOL


class AudioConfigParams(_rt.Model):
    """Object containing configuration regarding the audio that is being recorded.

    Attributes:
        channel (AudioConfigChannel | None): Audio signal pathway within an audio file that carries a specific sound source.
        codec (AudioConfigCodec | None): Codec using which the recording will be encoded.

            If VP8/VP9 is selected for videoConfig, changing audioConfig is not allowed. In
            this case, the codec in the audioConfig is automatically set to vorbis.
        export_file (bool | None): Controls whether to export audio file seperately
    """

    __slots__ = ()
    _fields = {
        "channel": (_c_0, False),
        "codec": (_c_1, False),
        "export_file": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        channel: AudioConfigChannel | Unset = UNSET,
        codec: AudioConfigCodec | Unset = UNSET,
        export_file: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(channel, Unset):
            self._write("channel", channel)
        if not isinstance(codec, Unset):
            self._write("codec", codec)
        if not isinstance(export_file, Unset):
            self._write("export_file", export_file)

    @property
    def channel(self) -> AudioConfigChannel | None:
        """Audio signal pathway within an audio file that carries a specific sound source."""

        return self._opt("channel", _c_0)

    @channel.setter
    def channel(self, value: AudioConfigChannel) -> None:
        self._write("channel", value)

    @property
    def codec(self) -> AudioConfigCodec | None:
        """Codec using which the recording will be encoded.

        If VP8/VP9 is selected for videoConfig, changing audioConfig is not allowed. In
        this case, the codec in the audioConfig is automatically set to vorbis."""

        return self._opt("codec", _c_1)

    @codec.setter
    def codec(self, value: AudioConfigCodec) -> None:
        self._write("codec", value)

    @property
    def export_file(self) -> bool | None:
        """Controls whether to export audio file seperately"""

        return self._opt("export_file", _c_2)

    @export_file.setter
    def export_file(self, value: bool) -> None:
        self._write("export_file", value)
