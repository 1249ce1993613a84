from typing import Literal

AudioConfigCodec = Literal["AAC", "MP3"]

AUDIO_CONFIG_CODEC_VALUES: set[AudioConfigCodec] = {
    "AAC",
    "MP3",
}


def check_audio_config_codec(value: str) -> AudioConfigCodec:
    if value in AUDIO_CONFIG_CODEC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_CONFIG_CODEC_VALUES!r}")
