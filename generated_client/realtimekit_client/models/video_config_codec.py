from typing import Literal

VideoConfigCodec = Literal["H264", "VP8", "VP9"]

VIDEO_CONFIG_CODEC_VALUES: set[VideoConfigCodec] = {
    "H264",
    "VP8",
    "VP9",
}


def check_video_config_codec(value: str) -> VideoConfigCodec:
    if value in VIDEO_CONFIG_CODEC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONFIG_CODEC_VALUES!r}")
