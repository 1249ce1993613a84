from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.poll import Poll


_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[Poll | None] = _rt.nullable(_rt.model("poll", "Poll"))


class PollResult(_rt.Model):
    """
    Attributes:
        action (str | None):
        poll (Poll | None):
    """

    __slots__ = ()
    _fields = {
        "action": (_c_0, False),
        "poll": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        action: str | None | Unset = UNSET,
        poll: Poll | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(action, Unset):
            self._write("action", action)
        if not isinstance(poll, Unset):
            self._write("poll", poll)

    @property
    def action(self) -> str | None:

        return self._opt("action", _c_0)

    @action.setter
    def action(self, value: str | None) -> None:
        self._write("action", value)

    @property
    def poll(self) -> Poll | None:

        return self._opt("poll", _c_1)

    @poll.setter
    def poll(self, value: Poll | None) -> None:
        self._write("poll", value)
