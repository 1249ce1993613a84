from typing import Literal

InteractiveConfigType = Literal["ID3"]

INTERACTIVE_CONFIG_TYPE_VALUES: set[InteractiveConfigType] = {
    "ID3",
}


def check_interactive_config_type(value: str) -> InteractiveConfigType:
    if value in INTERACTIVE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERACTIVE_CONFIG_TYPE_VALUES!r}")
