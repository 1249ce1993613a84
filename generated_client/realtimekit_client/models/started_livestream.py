from __future__ import annotations

from .. import model_base as _rt
from ..models.livestream_page_status import LivestreamPageStatus, check_livestream_page_status
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[LivestreamPageStatus | None] = _rt.nullable(
    _rt.checked(check_livestream_page_status, "ERRORED, IDLE, INVOKED, LIVE")
)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class StartedLivestream(_rt.Model):
    """
    Attributes:
        id (str | None): The livestream ID.
        ingest_server (str | None): The server URL to which the RTMP encoder sends the video and audio data.
        playback_url (str | None): The web address that viewers can use to watch the livestream.
        status (LivestreamPageStatus | None):
        stream_key (str | None): Unique key for accessing each livestream.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, False),
        "ingest_server": (_c_1, False),
        "playback_url": (_c_2, False),
        "status": (_c_3, False),
        "stream_key": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        ingest_server: str | None | Unset = UNSET,
        playback_url: str | None | Unset = UNSET,
        status: LivestreamPageStatus | None | Unset = UNSET,
        stream_key: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(ingest_server, Unset):
            self._write("ingest_server", ingest_server)
        if not isinstance(playback_url, Unset):
            self._write("playback_url", playback_url)
        if not isinstance(status, Unset):
            self._write("status", status)
        if not isinstance(stream_key, Unset):
            self._write("stream_key", stream_key)

    @property
    def id(self) -> str | None:
        """The livestream ID."""

        return self._opt("id", _c_0)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def ingest_server(self) -> str | None:
        """The server URL to which the RTMP encoder sends the video and audio data."""

        return self._opt("ingest_server", _c_1)

    @ingest_server.setter
    def ingest_server(self, value: str | None) -> None:
        self._write("ingest_server", value)

    @property
    def playback_url(self) -> str | None:
        """The web address that viewers can use to watch the livestream."""

        return self._opt("playback_url", _c_2)

    @playback_url.setter
    def playback_url(self, value: str | None) -> None:
        self._write("playback_url", value)

    @property
    def status(self) -> LivestreamPageStatus | None:

        return self._opt("status", _c_3)

    @status.setter
    def status(self, value: LivestreamPageStatus | None) -> None:
        self._write("status", value)

    @property
    def stream_key(self) -> str | None:
        """Unique key for accessing each livestream."""

        return self._opt("stream_key", _c_4)

    @stream_key.setter
    def stream_key(self, value: str | None) -> None:
        self._write("stream_key", value)
