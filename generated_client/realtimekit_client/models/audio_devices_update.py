from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.added_item import AddedItem


_c_0: _rt.Codec[list[AddedItem] | None] = _rt.nullable(_rt.list_of(_rt.model("added_item", "AddedItem")))
_c_1: _rt.Codec[list[AddedItem] | None] = _rt.nullable(_rt.list_of(_rt.model("added_item", "AddedItem")))
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class AudioDevicesUpdate(_rt.Model):
    """A change to the set of available devices at a point in time.

    Attributes:
        added (list[AddedItem] | None): Devices that became available.
        removed (list[AddedItem] | None): Devices that became unavailable.
        timestamp (str | None): Timestamp of the device update.
    """

    __slots__ = ()
    _fields = {
        "added": (_c_0, False),
        "removed": (_c_1, False),
        "timestamp": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        added: list[AddedItem] | None | Unset = UNSET,
        removed: list[AddedItem] | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(added, Unset):
            self._write("added", added)
        if not isinstance(removed, Unset):
            self._write("removed", removed)
        if not isinstance(timestamp, Unset):
            self._write("timestamp", timestamp)

    @property
    def added(self) -> list[AddedItem] | None:
        """Devices that became available."""

        return self._opt("added", _c_0)

    @added.setter
    def added(self, value: list[AddedItem] | None) -> None:
        self._write("added", value)

    @property
    def removed(self) -> list[AddedItem] | None:
        """Devices that became unavailable."""

        return self._opt("removed", _c_1)

    @removed.setter
    def removed(self, value: list[AddedItem] | None) -> None:
        self._write("removed", value)

    @property
    def timestamp(self) -> str | None:
        """Timestamp of the device update."""

        return self._opt("timestamp", _c_2)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)
