from __future__ import annotations

from .. import model_base as _rt
from ..models.storage_config_auth_method import StorageConfigAuthMethod, check_storage_config_auth_method
from ..models.storage_config_type import StorageConfigType, check_storage_config_type
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[StorageConfigAuthMethod] = _rt.checked(check_storage_config_auth_method, "KEY, PASSWORD")
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR
_c_4: _rt.Codec[str] = _rt.STR
_c_5: _rt.Codec[str] = _rt.STR
_c_6: _rt.Codec[float] = _rt.FLOAT
_c_7: _rt.Codec[str] = _rt.STR
_c_8: _rt.Codec[str] = _rt.STR
_c_9: _rt.Codec[str] = _rt.STR
_c_10: _rt.Codec[StorageConfigType] = _rt.checked(check_storage_config_type, "aws, azure, digitalocean, gcs, sftp")
_c_11: _rt.Codec[str] = _rt.STR


class StorageConfigParams(_rt.Model):
    """
    Attributes:
        access_key (str | None): Access key of the storage medium.

            Access key is not required for the `gcs` storage media type.

            Note that this field is not readable by clients, only writeable.
        auth_method (StorageConfigAuthMethod | None): Authentication method used for "sftp" type storage medium
        bucket (str | None): Name of the storage medium's bucket.
        host (str | None): SSH destination server host for SFTP type storage medium
        password (str | None): SSH destination server password for SFTP type storage medium when auth_method is
            "PASSWORD". If auth_method is "KEY", this specifies the password for the ssh
            private key.
        path (str | None): Path relative to the bucket root at which the recording will be placed.
        port (float | None): SSH destination server port for SFTP type storage medium
        private_key (str | None): Private key used to login to destination SSH server for SFTP type storage
            medium, when auth_method used is "KEY"
        region (str | None): Region of the storage medium.
        secret (str | None): Secret key of the storage medium.

            Similar to `access_key`, it is only writeable by clients, not readable.
        type_ (StorageConfigType | None):
        username (str | None): SSH destination server username for SFTP type storage medium
    """

    __slots__ = ()
    _fields = {
        "access_key": (_c_0, False),
        "auth_method": (_c_1, False),
        "bucket": (_c_2, False),
        "host": (_c_3, False),
        "password": (_c_4, False),
        "path": (_c_5, False),
        "port": (_c_6, False),
        "private_key": (_c_7, False),
        "region": (_c_8, False),
        "secret": (_c_9, False),
        "type": (_c_10, False),
        "username": (_c_11, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        access_key: str | Unset = UNSET,
        auth_method: StorageConfigAuthMethod | Unset = UNSET,
        bucket: str | Unset = UNSET,
        host: str | Unset = UNSET,
        password: str | Unset = UNSET,
        path: str | Unset = UNSET,
        port: float | Unset = UNSET,
        private_key: str | Unset = UNSET,
        region: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        type_: StorageConfigType | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(access_key, Unset):
            self._write("access_key", access_key)
        if not isinstance(auth_method, Unset):
            self._write("auth_method", auth_method)
        if not isinstance(bucket, Unset):
            self._write("bucket", bucket)
        if not isinstance(host, Unset):
            self._write("host", host)
        if not isinstance(password, Unset):
            self._write("password", password)
        if not isinstance(path, Unset):
            self._write("path", path)
        if not isinstance(port, Unset):
            self._write("port", port)
        if not isinstance(private_key, Unset):
            self._write("private_key", private_key)
        if not isinstance(region, Unset):
            self._write("region", region)
        if not isinstance(secret, Unset):
            self._write("secret", secret)
        if not isinstance(type_, Unset):
            self._write("type", type_)
        if not isinstance(username, Unset):
            self._write("username", username)

    @property
    def access_key(self) -> str | None:
        """Access key of the storage medium.

        Access key is not required for the `gcs` storage media type.

        Note that this field is not readable by clients, only writeable."""

        return self._opt("access_key", _c_0)

    @access_key.setter
    def access_key(self, value: str) -> None:
        self._write("access_key", value)

    @property
    def auth_method(self) -> StorageConfigAuthMethod | None:
        """Authentication method used for "sftp" type storage medium"""

        return self._opt("auth_method", _c_1)

    @auth_method.setter
    def auth_method(self, value: StorageConfigAuthMethod) -> None:
        self._write("auth_method", value)

    @property
    def bucket(self) -> str | None:
        """Name of the storage medium's bucket."""

        return self._opt("bucket", _c_2)

    @bucket.setter
    def bucket(self, value: str) -> None:
        self._write("bucket", value)

    @property
    def host(self) -> str | None:
        """SSH destination server host for SFTP type storage medium"""

        return self._opt("host", _c_3)

    @host.setter
    def host(self, value: str) -> None:
        self._write("host", value)

    @property
    def password(self) -> str | None:
        """SSH destination server password for SFTP type storage medium when auth_method is
        "PASSWORD". If auth_method is "KEY", this specifies the password for the ssh
        private key."""

        return self._opt("password", _c_4)

    @password.setter
    def password(self, value: str) -> None:
        self._write("password", value)

    @property
    def path(self) -> str | None:
        """Path relative to the bucket root at which the recording will be placed."""

        return self._opt("path", _c_5)

    @path.setter
    def path(self, value: str) -> None:
        self._write("path", value)

    @property
    def port(self) -> float | None:
        """SSH destination server port for SFTP type storage medium"""

        return self._opt("port", _c_6)

    @port.setter
    def port(self, value: float) -> None:
        self._write("port", value)

    @property
    def private_key(self) -> str | None:
        """Private key used to login to destination SSH server for SFTP type storage
        medium, when auth_method used is "KEY" """

        return self._opt("private_key", _c_7)

    @private_key.setter
    def private_key(self, value: str) -> None:
        self._write("private_key", value)

    @property
    def region(self) -> str | None:
        """Region of the storage medium."""

        return self._opt("region", _c_8)

    @region.setter
    def region(self, value: str) -> None:
        self._write("region", value)

    @property
    def secret(self) -> str | None:
        """Secret key of the storage medium.

        Similar to `access_key`, it is only writeable by clients, not readable."""

        return self._opt("secret", _c_9)

    @secret.setter
    def secret(self, value: str) -> None:
        self._write("secret", value)

    @property
    def type_(self) -> StorageConfigType | None:

        return self._opt("type", _c_10)

    @type_.setter
    def type_(self, value: StorageConfigType) -> None:
        self._write("type", value)

    @property
    def username(self) -> str | None:
        """SSH destination server username for SFTP type storage medium"""

        return self._opt("username", _c_11)

    @username.setter
    def username(self, value: str) -> None:
        self._write("username", value)
