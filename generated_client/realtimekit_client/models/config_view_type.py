from typing import Literal

ConfigViewType = Literal["AUDIO_ROOM", "GROUP_CALL", "LIVESTREAM", "WEBINAR"]

CONFIG_VIEW_TYPE_VALUES: set[ConfigViewType] = {
    "AUDIO_ROOM",
    "GROUP_CALL",
    "LIVESTREAM",
    "WEBINAR",
}


def check_config_view_type(value: str) -> ConfigViewType:
    if value in CONFIG_VIEW_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFIG_VIEW_TYPE_VALUES!r}")
