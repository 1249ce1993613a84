from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_metadata import EventMetadata


_c_0: _rt.Codec[EventMetadata | None] = _rt.nullable(_rt.model("event_metadata", "EventMetadata"))
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class Event(_rt.Model):
    """A timestamped event recorded during the participant's connection.

    Attributes:
        metadata (EventMetadata | None): Event-specific metadata.

            Keys vary per event; values are primitive scalars (string, number, boolean, or
            null).
        name (str | None): Name of the event.
        timestamp (str | None): Timestamp when the event occurred.
    """

    __slots__ = ()
    _fields = {
        "metadata": (_c_0, False),
        "name": (_c_1, False),
        "timestamp": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        metadata: EventMetadata | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(metadata, Unset):
            self._write("metadata", metadata)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(timestamp, Unset):
            self._write("timestamp", timestamp)

    @property
    def metadata(self) -> EventMetadata | None:
        """Event-specific metadata.

        Keys vary per event; values are primitive scalars (string, number, boolean, or
        null)."""

        return self._opt("metadata", _c_0)

    @metadata.setter
    def metadata(self, value: EventMetadata | None) -> None:
        self._write("metadata", value)

    @property
    def name(self) -> str | None:
        """Name of the event."""

        return self._opt("name", _c_1)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def timestamp(self) -> str | None:
        """Timestamp when the event occurred."""

        return self._opt("timestamp", _c_2)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)
