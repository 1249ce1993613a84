from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_7: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class CreatedLivestream(_rt.Model):
    """
    Attributes:
        disabled (bool | None):
        id (str | None):
        ingest_server (str | None):
        meeting_id (str | None):
        name (str | None):
        playback_url (str | None):
        status (str | None):
        stream_key (str | None):
    """

    __slots__ = ()
    _fields = {
        "disabled": (_c_0, False),
        "id": (_c_1, False),
        "ingest_server": (_c_2, False),
        "meeting_id": (_c_3, False),
        "name": (_c_4, False),
        "playback_url": (_c_5, False),
        "status": (_c_6, False),
        "stream_key": (_c_7, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        disabled: bool | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        ingest_server: str | None | Unset = UNSET,
        meeting_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        playback_url: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        stream_key: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
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

    @property
    def disabled(self) -> bool | None:

        return self._opt("disabled", _c_0)

    @disabled.setter
    def disabled(self, value: bool | None) -> None:
        self._write("disabled", value)

    @property
    def id(self) -> str | None:

        return self._opt("id", _c_1)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def ingest_server(self) -> str | None:

        return self._opt("ingest_server", _c_2)

    @ingest_server.setter
    def ingest_server(self, value: str | None) -> None:
        self._write("ingest_server", value)

    @property
    def meeting_id(self) -> str | None:

        return self._opt("meeting_id", _c_3)

    @meeting_id.setter
    def meeting_id(self, value: str | None) -> None:
        self._write("meeting_id", value)

    @property
    def name(self) -> str | None:

        return self._opt("name", _c_4)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def playback_url(self) -> str | None:

        return self._opt("playback_url", _c_5)

    @playback_url.setter
    def playback_url(self, value: str | None) -> None:
        self._write("playback_url", value)

    @property
    def status(self) -> str | None:

        return self._opt("status", _c_6)

    @status.setter
    def status(self, value: str | None) -> None:
        self._write("status", value)

    @property
    def stream_key(self) -> str | None:

        return self._opt("stream_key", _c_7)

    @stream_key.setter
    def stream_key(self, value: str | None) -> None:
        self._write("stream_key", value)
