from typing import Literal

PluginsConfigValueAccessControl = Literal["FULL_ACCESS", "VIEW_ONLY"]

PLUGINS_CONFIG_VALUE_ACCESS_CONTROL_VALUES: set[PluginsConfigValueAccessControl] = {
    "FULL_ACCESS",
    "VIEW_ONLY",
}


def check_plugins_config_value_access_control(value: str) -> PluginsConfigValueAccessControl:
    if value in PLUGINS_CONFIG_VALUE_ACCESS_CONTROL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLUGINS_CONFIG_VALUE_ACCESS_CONTROL_VALUES!r}")
