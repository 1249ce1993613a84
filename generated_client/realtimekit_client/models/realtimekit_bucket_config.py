from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[bool] = _rt.BOOL


class RealtimekitBucketConfig(_rt.Model):
    """
    Attributes:
        enabled (bool): Promised by the API. Controls whether recordings are uploaded to RealtimeKit's bucket.

            If set to false, `download_url`, `audio_download_url`, `download_url_expiry`
            won't be generated for a recording.
    """

    __slots__ = ()
    _fields = {
        "enabled": (_c_0, True),
    }
    _required = frozenset(
        {
            "enabled",
        }
    )

    def __init__(
        self,
        *,
        enabled: bool,
    ) -> None:
        super().__init__()
        self._write("enabled", enabled)

    @property
    def enabled(self) -> bool:
        """Controls whether recordings are uploaded to RealtimeKit's bucket.

        If set to false, `download_url`, `audio_download_url`, `download_url_expiry`
        won't be generated for a recording."""

        return self._req("enabled", _c_0)

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._write("enabled", value)
