from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layers import Layers


_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[Layers] = _rt.model("layers", "Layers")
_c_2: _rt.Codec[list[str]] = _rt.list_of(_rt.STR)


class TrackRecordingParams(_rt.Model):
    """
    Attributes:
        meeting_id (str): Promised by the API. ID of the meeting to record.
        layers (Layers | None): Optional audio layer configuration.

            If omitted, RealtimeKit records all participant audio using the default file
            name prefix.
        user_ids (list[str] | None): Optional list of participant user IDs to record.

            Selective track recording (`user_ids`) is in early beta contact support to use
            this feature.
    """

    __slots__ = ()
    _fields = {
        "meeting_id": (_c_0, True),
        "layers": (_c_1, False),
        "user_ids": (_c_2, False),
    }
    _required = frozenset(
        {
            "meeting_id",
        }
    )

    def __init__(
        self,
        *,
        meeting_id: str,
        layers: Layers | Unset = UNSET,
        user_ids: list[str] | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("meeting_id", meeting_id)
        if not isinstance(layers, Unset):
            self._write("layers", layers)
        if not isinstance(user_ids, Unset):
            self._write("user_ids", user_ids)

    @property
    def meeting_id(self) -> str:
        """ID of the meeting to record."""

        return self._req("meeting_id", _c_0)

    @meeting_id.setter
    def meeting_id(self, value: str) -> None:
        self._write("meeting_id", value)

    @property
    def layers(self) -> Layers | None:
        """Optional audio layer configuration.

        If omitted, RealtimeKit records all participant audio using the default file
        name prefix."""

        return self._opt("layers", _c_1)

    @layers.setter
    def layers(self, value: Layers) -> None:
        self._write("layers", value)

    @property
    def user_ids(self) -> list[str] | None:
        """Optional list of participant user IDs to record.

        Selective track recording (`user_ids`) is in early beta contact support to use
        this feature."""

        return self._opt("user_ids", _c_2)

    @user_ids.setter
    def user_ids(self, value: list[str]) -> None:
        self._write("user_ids", value)
