from __future__ import annotations

from typing import Any

from .. import model_base as _rt
from ..models.storage_config_auth_method import StorageConfigAuthMethod, check_storage_config_auth_method
from ..models.storage_config_type import StorageConfigType, check_storage_config_type
from ..types import UNSET, Unset

_c_0: _rt.Codec[StorageConfigAuthMethod | None] = _rt.nullable(
    _rt.checked(check_storage_config_auth_method, "KEY, PASSWORD")
)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[StorageConfigType | None] = _rt.nullable(
    _rt.checked(check_storage_config_type, "aws, azure, digitalocean, gcs, sftp")
)
_c_7: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_8: _rt.Codec[Any] = _rt.ANY


class StorageConfig(_rt.Model):
    """
    Attributes:
        auth_method (StorageConfigAuthMethod | None): Authentication method used for "sftp" type storage medium
        bucket (str | None): Name of the storage medium's bucket.
        host (str | None): SSH destination server host for SFTP type storage medium
        path (str | None): Path relative to the bucket root at which the recording will be placed.
        port (float | None): SSH destination server port for SFTP type storage medium
        region (str | None): Region of the storage medium.
        type_ (StorageConfigType | None):
        username (str | None): SSH destination server username for SFTP type storage medium
        access_key (Any):
    """

    __slots__ = ()
    _fields = {
        "auth_method": (_c_0, False),
        "bucket": (_c_1, False),
        "host": (_c_2, False),
        "path": (_c_3, False),
        "port": (_c_4, False),
        "region": (_c_5, False),
        "type": (_c_6, False),
        "username": (_c_7, False),
        "access_key": (_c_8, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        auth_method: StorageConfigAuthMethod | None | Unset = UNSET,
        bucket: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        port: float | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        type_: StorageConfigType | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        access_key: Any | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(auth_method, Unset):
            self._write("auth_method", auth_method)
        if not isinstance(bucket, Unset):
            self._write("bucket", bucket)
        if not isinstance(host, Unset):
            self._write("host", host)
        if not isinstance(path, Unset):
            self._write("path", path)
        if not isinstance(port, Unset):
            self._write("port", port)
        if not isinstance(region, Unset):
            self._write("region", region)
        if not isinstance(type_, Unset):
            self._write("type", type_)
        if not isinstance(username, Unset):
            self._write("username", username)
        if not isinstance(access_key, Unset):
            self._write("access_key", access_key)

    @property
    def auth_method(self) -> StorageConfigAuthMethod | None:
        """Authentication method used for "sftp" type storage medium"""

        return self._opt("auth_method", _c_0)

    @auth_method.setter
    def auth_method(self, value: StorageConfigAuthMethod | None) -> None:
        self._write("auth_method", value)

    @property
    def bucket(self) -> str | None:
        """Name of the storage medium's bucket."""

        return self._opt("bucket", _c_1)

    @bucket.setter
    def bucket(self, value: str | None) -> None:
        self._write("bucket", value)

    @property
    def host(self) -> str | None:
        """SSH destination server host for SFTP type storage medium"""

        return self._opt("host", _c_2)

    @host.setter
    def host(self, value: str | None) -> None:
        self._write("host", value)

    @property
    def path(self) -> str | None:
        """Path relative to the bucket root at which the recording will be placed."""

        return self._opt("path", _c_3)

    @path.setter
    def path(self, value: str | None) -> None:
        self._write("path", value)

    @property
    def port(self) -> float | None:
        """SSH destination server port for SFTP type storage medium"""

        return self._opt("port", _c_4)

    @port.setter
    def port(self, value: float | None) -> None:
        self._write("port", value)

    @property
    def region(self) -> str | None:
        """Region of the storage medium."""

        return self._opt("region", _c_5)

    @region.setter
    def region(self, value: str | None) -> None:
        self._write("region", value)

    @property
    def type_(self) -> StorageConfigType | None:

        return self._opt("type", _c_6)

    @type_.setter
    def type_(self, value: StorageConfigType | None) -> None:
        self._write("type", value)

    @property
    def username(self) -> str | None:
        """SSH destination server username for SFTP type storage medium"""

        return self._opt("username", _c_7)

    @username.setter
    def username(self, value: str | None) -> None:
        self._write("username", value)

    @property
    def access_key(self) -> Any:

        return self._opt("access_key", _c_8)

    @access_key.setter
    def access_key(self, value: Any) -> None:
        self._write("access_key", value)
