from __future__ import annotations

import datetime

from .. import model_base as _rt
from ..models.livestream_page_status import LivestreamPageStatus, check_livestream_page_status
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_7: _rt.Codec[LivestreamPageStatus | None] = _rt.nullable(
    _rt.checked(check_livestream_page_status, "ERRORED, IDLE, INVOKED, LIVE")
)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)


class Livestream(_rt.Model):
    """
    Attributes:
        id (str | None):
        created_at (datetime.datetime | None): Timestamp the object was created at. The time is returned in ISO format.
        disabled (str | None): Specifies if the livestream was disabled.
        ingest_server (str | None): The server URL to which the RTMP encoder sends the video and audio data.
        meeting_id (str | None): ID of the meeting.
        name (str | None): Name of the livestream.
        playback_url (str | None): The web address that viewers can use to watch the livestream.
        status (LivestreamPageStatus | None):
        stream_key (str | None): Unique key for accessing each livestream.
        updated_at (datetime.datetime | None): Timestamp the object was updated at. The time is returned in ISO format.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, False),
        "created_at": (_c_1, False),
        "disabled": (_c_2, False),
        "ingest_server": (_c_3, False),
        "meeting_id": (_c_4, False),
        "name": (_c_5, False),
        "playback_url": (_c_6, False),
        "status": (_c_7, False),
        "stream_key": (_c_8, False),
        "updated_at": (_c_9, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        disabled: str | None | Unset = UNSET,
        ingest_server: str | None | Unset = UNSET,
        meeting_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        playback_url: str | None | Unset = UNSET,
        status: LivestreamPageStatus | None | Unset = UNSET,
        stream_key: str | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(disabled, Unset):
            self._write("disabled", disabled)
        if not isinstance(ingest_server, Unset):
            self._write("ingest_server", ingest_server)
        if not isinstance(meeting_id, Unset):
            self._write("meeting_id", meeting_id)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(playback_url, Unset):
            self._write("playback_url", playback_url)
        if not isinstance(status, Unset):
            self._write("status", status)
        if not isinstance(stream_key, Unset):
            self._write("stream_key", stream_key)
        if not isinstance(updated_at, Unset):
            self._write("updated_at", updated_at)

    @property
    def id(self) -> str | None:

        return self._opt("id", _c_0)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> datetime.datetime | None:
        """Timestamp the object was created at. The time is returned in ISO format."""

        return self._opt("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None:
        self._write("created_at", value)

    @property
    def disabled(self) -> str | None:
        """Specifies if the livestream was disabled."""

        return self._opt("disabled", _c_2)

    @disabled.setter
    def disabled(self, value: str | None) -> None:
        self._write("disabled", value)

    @property
    def ingest_server(self) -> str | None:
        """The server URL to which the RTMP encoder sends the video and audio data."""

        return self._opt("ingest_server", _c_3)

    @ingest_server.setter
    def ingest_server(self, value: str | None) -> None:
        self._write("ingest_server", value)

    @property
    def meeting_id(self) -> str | None:
        """ID of the meeting."""

        return self._opt("meeting_id", _c_4)

    @meeting_id.setter
    def meeting_id(self, value: str | None) -> None:
        self._write("meeting_id", value)

    @property
    def name(self) -> str | None:
        """Name of the livestream."""

        return self._opt("name", _c_5)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def playback_url(self) -> str | None:
        """The web address that viewers can use to watch the livestream."""

        return self._opt("playback_url", _c_6)

    @playback_url.setter
    def playback_url(self, value: str | None) -> None:
        self._write("playback_url", value)

    @property
    def status(self) -> LivestreamPageStatus | None:

        return self._opt("status", _c_7)

    @status.setter
    def status(self, value: LivestreamPageStatus | None) -> None:
        self._write("status", value)

    @property
    def stream_key(self) -> str | None:
        """Unique key for accessing each livestream."""

        return self._opt("stream_key", _c_8)

    @stream_key.setter
    def stream_key(self, value: str | None) -> None:
        self._write("stream_key", value)

    @property
    def updated_at(self) -> datetime.datetime | None:
        """Timestamp the object was updated at. The time is returned in ISO format."""

        return self._opt("updated_at", _c_9)

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None:
        self._write("updated_at", value)
