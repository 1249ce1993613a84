from typing import Literal

PermissionsMediaAudioCanProduce = Literal["ALLOWED", "CAN_REQUEST", "NOT_ALLOWED"]

PERMISSIONS_MEDIA_AUDIO_CAN_PRODUCE_VALUES: set[PermissionsMediaAudioCanProduce] = {
    "ALLOWED",
    "CAN_REQUEST",
    "NOT_ALLOWED",
}


def check_permissions_media_audio_can_produce(value: str) -> PermissionsMediaAudioCanProduce:
    if value in PERMISSIONS_MEDIA_AUDIO_CAN_PRODUCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSIONS_MEDIA_AUDIO_CAN_PRODUCE_VALUES!r}")
