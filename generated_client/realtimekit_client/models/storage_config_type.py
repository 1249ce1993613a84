from typing import Literal

StorageConfigType = Literal["aws", "azure", "digitalocean", "gcs", "sftp"]

STORAGE_CONFIG_TYPE_VALUES: set[StorageConfigType] = {
    "aws",
    "azure",
    "digitalocean",
    "gcs",
    "sftp",
}


def check_storage_config_type(value: str) -> StorageConfigType:
    if value in STORAGE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STORAGE_CONFIG_TYPE_VALUES!r}")
