from typing import Literal

LayersValueMediaKind = Literal["audio"]

LAYERS_VALUE_MEDIA_KIND_VALUES: set[LayersValueMediaKind] = {
    "audio",
}


def check_layers_value_media_kind(value: str) -> LayersValueMediaKind:
    if value in LAYERS_VALUE_MEDIA_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LAYERS_VALUE_MEDIA_KIND_VALUES!r}")
