from __future__ import annotations

import datetime

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_7: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_8: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_9: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class LivestreamDetailsSession(_rt.Model):
    """
    Attributes:
        id (str | None): ID of the session.
        created_at (datetime.datetime | None): Timestamp the object was created at. The time is returned in ISO format.
        err_message (str | None):
        ingest_seconds (float | None): The time duration for which the input was given or the meeting was streamed.
        invoked_time (datetime.datetime | None): Timestamp the object was invoked. The time is returned in ISO format.
        livestream_id (str | None):
        started_time (datetime.datetime | None): Timestamp the object was started. The time is returned in ISO format.
        stopped_time (datetime.datetime | None): Timestamp the object was stopped. The time is returned in ISO format.
        updated_at (datetime.datetime | None): Timestamp the object was updated at. The time is returned in ISO format.
        viewer_seconds (float | None): The total view time for which the viewers watched the stream.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, False),
        "created_at": (_c_1, False),
        "err_message": (_c_2, False),
        "ingest_seconds": (_c_3, False),
        "invoked_time": (_c_4, False),
        "livestream_id": (_c_5, False),
        "started_time": (_c_6, False),
        "stopped_time": (_c_7, False),
        "updated_at": (_c_8, False),
        "viewer_seconds": (_c_9, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        err_message: str | None | Unset = UNSET,
        ingest_seconds: float | None | Unset = UNSET,
        invoked_time: datetime.datetime | None | Unset = UNSET,
        livestream_id: str | None | Unset = UNSET,
        started_time: datetime.datetime | None | Unset = UNSET,
        stopped_time: datetime.datetime | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
        viewer_seconds: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(err_message, Unset):
            self._write("err_message", err_message)
        if not isinstance(ingest_seconds, Unset):
            self._write("ingest_seconds", ingest_seconds)
        if not isinstance(invoked_time, Unset):
            self._write("invoked_time", invoked_time)
        if not isinstance(livestream_id, Unset):
            self._write("livestream_id", livestream_id)
        if not isinstance(started_time, Unset):
            self._write("started_time", started_time)
        if not isinstance(stopped_time, Unset):
            self._write("stopped_time", stopped_time)
        if not isinstance(updated_at, Unset):
            self._write("updated_at", updated_at)
        if not isinstance(viewer_seconds, Unset):
            self._write("viewer_seconds", viewer_seconds)

    @property
    def id(self) -> str | None:
        """ID of the session."""

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
    def err_message(self) -> str | None:

        return self._opt("err_message", _c_2)

    @err_message.setter
    def err_message(self, value: str | None) -> None:
        self._write("err_message", value)

    @property
    def ingest_seconds(self) -> float | None:
        """The time duration for which the input was given or the meeting was streamed."""

        return self._opt("ingest_seconds", _c_3)

    @ingest_seconds.setter
    def ingest_seconds(self, value: float | None) -> None:
        self._write("ingest_seconds", value)

    @property
    def invoked_time(self) -> datetime.datetime | None:
        """Timestamp the object was invoked. The time is returned in ISO format."""

        return self._opt("invoked_time", _c_4)

    @invoked_time.setter
    def invoked_time(self, value: datetime.datetime | None) -> None:
        self._write("invoked_time", value)

    @property
    def livestream_id(self) -> str | None:

        return self._opt("livestream_id", _c_5)

    @livestream_id.setter
    def livestream_id(self, value: str | None) -> None:
        self._write("livestream_id", value)

    @property
    def started_time(self) -> datetime.datetime | None:
        """Timestamp the object was started. The time is returned in ISO format."""

        return self._opt("started_time", _c_6)

    @started_time.setter
    def started_time(self, value: datetime.datetime | None) -> None:
        self._write("started_time", value)

    @property
    def stopped_time(self) -> datetime.datetime | None:
        """Timestamp the object was stopped. The time is returned in ISO format."""

        return self._opt("stopped_time", _c_7)

    @stopped_time.setter
    def stopped_time(self, value: datetime.datetime | None) -> None:
        self._write("stopped_time", value)

    @property
    def updated_at(self) -> datetime.datetime | None:
        """Timestamp the object was updated at. The time is returned in ISO format."""

        return self._opt("updated_at", _c_8)

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None:
        self._write("updated_at", value)

    @property
    def viewer_seconds(self) -> float | None:
        """The total view time for which the viewers watched the stream."""

        return self._opt("viewer_seconds", _c_9)

    @viewer_seconds.setter
    def viewer_seconds(self, value: float | None) -> None:
        self._write("viewer_seconds", value)
