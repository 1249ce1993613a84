from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_2: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_3: _rt.Codec[list[str] | None] = _rt.nullable(_rt.list_of(_rt.STR))
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class PcMetadataItem(_rt.Model):
    """
    Attributes:
        effective_network_type (str | None):
        reflexive_connectivity (bool | None):
        relay_connectivity (bool | None):
        sdp (list[str] | None):
        timestamp (str | None):
        turn_connectivity (bool | None):
    """

    __slots__ = ()
    _fields = {
        "effective_network_type": (_c_0, False),
        "reflexive_connectivity": (_c_1, False),
        "relay_connectivity": (_c_2, False),
        "sdp": (_c_3, False),
        "timestamp": (_c_4, False),
        "turn_connectivity": (_c_5, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        effective_network_type: str | None | Unset = UNSET,
        reflexive_connectivity: bool | None | Unset = UNSET,
        relay_connectivity: bool | None | Unset = UNSET,
        sdp: list[str] | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
        turn_connectivity: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(effective_network_type, Unset):
            self._write("effective_network_type", effective_network_type)
        if not isinstance(reflexive_connectivity, Unset):
            self._write("reflexive_connectivity", reflexive_connectivity)
        if not isinstance(relay_connectivity, Unset):
            self._write("relay_connectivity", relay_connectivity)
        if not isinstance(sdp, Unset):
            self._write("sdp", sdp)
        if not isinstance(timestamp, Unset):
            self._write("timestamp", timestamp)
        if not isinstance(turn_connectivity, Unset):
            self._write("turn_connectivity", turn_connectivity)

    @property
    def effective_network_type(self) -> str | None:

        return self._opt("effective_network_type", _c_0)

    @effective_network_type.setter
    def effective_network_type(self, value: str | None) -> None:
        self._write("effective_network_type", value)

    @property
    def reflexive_connectivity(self) -> bool | None:

        return self._opt("reflexive_connectivity", _c_1)

    @reflexive_connectivity.setter
    def reflexive_connectivity(self, value: bool | None) -> None:
        self._write("reflexive_connectivity", value)

    @property
    def relay_connectivity(self) -> bool | None:

        return self._opt("relay_connectivity", _c_2)

    @relay_connectivity.setter
    def relay_connectivity(self, value: bool | None) -> None:
        self._write("relay_connectivity", value)

    @property
    def sdp(self) -> list[str] | None:

        return self._opt("sdp", _c_3)

    @sdp.setter
    def sdp(self, value: list[str] | None) -> None:
        self._write("sdp", value)

    @property
    def timestamp(self) -> str | None:

        return self._opt("timestamp", _c_4)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)

    @property
    def turn_connectivity(self) -> bool | None:

        return self._opt("turn_connectivity", _c_5)

    @turn_connectivity.setter
    def turn_connectivity(self, value: bool | None) -> None:
        self._write("turn_connectivity", value)
