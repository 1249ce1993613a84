from typing import Literal

StorageConfigAuthMethod = Literal["KEY", "PASSWORD"]

STORAGE_CONFIG_AUTH_METHOD_VALUES: set[StorageConfigAuthMethod] = {
    "KEY",
    "PASSWORD",
}


def check_storage_config_auth_method(value: str) -> StorageConfigAuthMethod:
    if value in STORAGE_CONFIG_AUTH_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STORAGE_CONFIG_AUTH_METHOD_VALUES!r}")
