from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.added_item import AddedItem


_c_0: _rt.Codec[AddedItem | None] = _rt.nullable(_rt.model("added_item", "AddedItem"))
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class SelectedDeviceUpdate(_rt.Model):
    """
    Attributes:
        device (AddedItem | None): A media device (camera, microphone, or speaker).
        timestamp (str | None):
    """

    __slots__ = ()
    _fields = {
        "device": (_c_0, False),
        "timestamp": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        device: AddedItem | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(device, Unset):
            self._write("device", device)
        if not isinstance(timestamp, Unset):
            self._write("timestamp", timestamp)

    @property
    def device(self) -> AddedItem | None:
        """A media device (camera, microphone, or speaker)."""

        return self._opt("device", _c_0)

    @device.setter
    def device(self, value: AddedItem | None) -> None:
        self._write("device", value)

    @property
    def timestamp(self) -> str | None:

        return self._opt("timestamp", _c_1)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)
