from typing import Literal

AudioConfigChannel = Literal["mono", "stereo"]

AUDIO_CONFIG_CHANNEL_VALUES: set[AudioConfigChannel] = {
    "mono",
    "stereo",
}


def check_audio_config_channel(value: str) -> AudioConfigChannel:
    if value in AUDIO_CONFIG_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_CONFIG_CHANNEL_VALUES!r}")
