from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_7: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class MeetingLivestreamsLivestream(_rt.Model):
    """
    Attributes:
        created_at (str | None):
        disabled (bool | None):
        id (str | None):
        ingest_server (str | None):
        meeting_id (str | None):
        name (str | None):
        playback_url (str | None):
        status (str | None):
        stream_key (str | None):
        updated_at (str | None):
    """

    __slots__ = ()
    _fields = {
        "created_at": (_c_0, False),
        "disabled": (_c_1, False),
        "id": (_c_2, False),
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
        created_at: str | None | Unset = UNSET,
        disabled: bool | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        ingest_server: str | None | Unset = UNSET,
        meeting_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        playback_url: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        stream_key: str | None | Unset = UNSET,
        updated_at: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(disabled, Unset):
            self._write("disabled", disabled)
        if not isinstance(id, Unset):
            self._write("id", id)
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
    def created_at(self) -> str | None:

        return self._opt("created_at", _c_0)

    @created_at.setter
    def created_at(self, value: str | None) -> None:
        self._write("created_at", value)

    @property
    def disabled(self) -> bool | None:

        return self._opt("disabled", _c_1)

    @disabled.setter
    def disabled(self, value: bool | None) -> None:
        self._write("disabled", value)

    @property
    def id(self) -> str | None:

        return self._opt("id", _c_2)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def ingest_server(self) -> str | None:

        return self._opt("ingest_server", _c_3)

    @ingest_server.setter
    def ingest_server(self, value: str | None) -> None:
        self._write("ingest_server", value)

    @property
    def meeting_id(self) -> str | None:

        return self._opt("meeting_id", _c_4)

    @meeting_id.setter
    def meeting_id(self, value: str | None) -> None:
        self._write("meeting_id", value)

    @property
    def name(self) -> str | None:

        return self._opt("name", _c_5)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def playback_url(self) -> str | None:

        return self._opt("playback_url", _c_6)

    @playback_url.setter
    def playback_url(self, value: str | None) -> None:
        self._write("playback_url", value)

    @property
    def status(self) -> str | None:

        return self._opt("status", _c_7)

    @status.setter
    def status(self, value: str | None) -> None:
        self._write("status", value)

    @property
    def stream_key(self) -> str | None:

        return self._opt("stream_key", _c_8)

    @stream_key.setter
    def stream_key(self, value: str | None) -> None:
        self._write("stream_key", value)

    @property
    def updated_at(self) -> str | None:

        return self._opt("updated_at", _c_9)

    @updated_at.setter
    def updated_at(self, value: str | None) -> None:
        self._write("updated_at", value)
