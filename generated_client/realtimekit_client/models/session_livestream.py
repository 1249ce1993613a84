from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paging import Paging


_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[Paging | None] = _rt.nullable(_rt.model("paging", "Paging"))
_c_7: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class SessionLivestream(_rt.Model):
    """
    Attributes:
        created_at (str | None):
        err_message (str | None):
        id (str | None):
        ingest_seconds (float | None):
        invoked_time (str | None):
        livestream_id (str | None):
        paging (Paging | None):
        stopped_time (str | None):
        updated_at (str | None):
        viewer_seconds (float | None):
    """

    __slots__ = ()
    _fields = {
        "created_at": (_c_0, False),
        "err_message": (_c_1, False),
        "id": (_c_2, False),
        "ingest_seconds": (_c_3, False),
        "invoked_time": (_c_4, False),
        "livestream_id": (_c_5, False),
        "paging": (_c_6, False),
        "stopped_time": (_c_7, False),
        "updated_at": (_c_8, False),
        "viewer_seconds": (_c_9, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        created_at: str | None | Unset = UNSET,
        err_message: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        ingest_seconds: float | None | Unset = UNSET,
        invoked_time: str | None | Unset = UNSET,
        livestream_id: str | None | Unset = UNSET,
        paging: Paging | None | Unset = UNSET,
        stopped_time: str | None | Unset = UNSET,
        updated_at: str | None | Unset = UNSET,
        viewer_seconds: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(created_at, Unset):
            self._write("created_at", created_at)
        if not isinstance(err_message, Unset):
            self._write("err_message", err_message)
        if not isinstance(id, Unset):
            self._write("id", id)
        if not isinstance(ingest_seconds, Unset):
            self._write("ingest_seconds", ingest_seconds)
        if not isinstance(invoked_time, Unset):
            self._write("invoked_time", invoked_time)
        if not isinstance(livestream_id, Unset):
            self._write("livestream_id", livestream_id)
        if not isinstance(paging, Unset):
            self._write("paging", paging)
        if not isinstance(stopped_time, Unset):
            self._write("stopped_time", stopped_time)
        if not isinstance(updated_at, Unset):
            self._write("updated_at", updated_at)
        if not isinstance(viewer_seconds, Unset):
            self._write("viewer_seconds", viewer_seconds)

    @property
    def created_at(self) -> str | None:

        return self._opt("created_at", _c_0)

    @created_at.setter
    def created_at(self, value: str | None) -> None:
        self._write("created_at", value)

    @property
    def err_message(self) -> str | None:

        return self._opt("err_message", _c_1)

    @err_message.setter
    def err_message(self, value: str | None) -> None:
        self._write("err_message", value)

    @property
    def id(self) -> str | None:

        return self._opt("id", _c_2)

    @id.setter
    def id(self, value: str | None) -> None:
        self._write("id", value)

    @property
    def ingest_seconds(self) -> float | None:

        return self._opt("ingest_seconds", _c_3)

    @ingest_seconds.setter
    def ingest_seconds(self, value: float | None) -> None:
        self._write("ingest_seconds", value)

    @property
    def invoked_time(self) -> str | None:

        return self._opt("invoked_time", _c_4)

    @invoked_time.setter
    def invoked_time(self, value: str | None) -> None:
        self._write("invoked_time", value)

    @property
    def livestream_id(self) -> str | None:

        return self._opt("livestream_id", _c_5)

    @livestream_id.setter
    def livestream_id(self, value: str | None) -> None:
        self._write("livestream_id", value)

    @property
    def paging(self) -> Paging | None:

        return self._opt("paging", _c_6)

    @paging.setter
    def paging(self, value: Paging | None) -> None:
        self._write("paging", value)

    @property
    def stopped_time(self) -> str | None:

        return self._opt("stopped_time", _c_7)

    @stopped_time.setter
    def stopped_time(self, value: str | None) -> None:
        self._write("stopped_time", value)

    @property
    def updated_at(self) -> str | None:

        return self._opt("updated_at", _c_8)

    @updated_at.setter
    def updated_at(self, value: str | None) -> None:
        self._write("updated_at", value)

    @property
    def viewer_seconds(self) -> float | None:

        return self._opt("viewer_seconds", _c_9)

    @viewer_seconds.setter
    def viewer_seconds(self, value: float | None) -> None:
        self._write("viewer_seconds", value)
