from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)


class KickAllResult(_rt.Model):
    """
    Attributes:
        action (str | None):
        kicked_participants_count (float | None):
    """

    __slots__ = ()
    _fields = {
        "action": (_c_0, False),
        "kicked_participants_count": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        action: str | None | Unset = UNSET,
        kicked_participants_count: float | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(action, Unset):
            self._write("action", action)
        if not isinstance(kicked_participants_count, Unset):
            self._write("kicked_participants_count", kicked_participants_count)

    @property
    def action(self) -> str | None:

        return self._opt("action", _c_0)

    @action.setter
    def action(self, value: str | None) -> None:
        self._write("action", value)

    @property
    def kicked_participants_count(self) -> float | None:

        return self._opt("kicked_participants_count", _c_1)

    @kicked_participants_count.setter
    def kicked_participants_count(self, value: float | None) -> None:
        self._write("kicked_participants_count", value)
