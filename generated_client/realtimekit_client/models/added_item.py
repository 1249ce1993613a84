from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class AddedItem(_rt.Model):
    """A media device (camera, microphone, or speaker).

    Attributes:
        device_id (str | None): ID of the device.
        kind (str | None): Kind of device, for example audioinput or videoinput.
        label (str | None): Human-readable label of the device.
    """

    __slots__ = ()
    _fields = {
        "device_id": (_c_0, False),
        "kind": (_c_1, False),
        "label": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        device_id: str | None | Unset = UNSET,
        kind: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(device_id, Unset):
            self._write("device_id", device_id)
        if not isinstance(kind, Unset):
            self._write("kind", kind)
        if not isinstance(label, Unset):
            self._write("label", label)

    @property
    def device_id(self) -> str | None:
        """ID of the device."""

        return self._opt("device_id", _c_0)

    @device_id.setter
    def device_id(self, value: str | None) -> None:
        self._write("device_id", value)

    @property
    def kind(self) -> str | None:
        """Kind of device, for example audioinput or videoinput."""

        return self._opt("kind", _c_1)

    @kind.setter
    def kind(self, value: str | None) -> None:
        self._write("kind", value)

    @property
    def label(self) -> str | None:
        """Human-readable label of the device."""

        return self._opt("label", _c_2)

    @label.setter
    def label(self, value: str | None) -> None:
        self._write("label", value)
