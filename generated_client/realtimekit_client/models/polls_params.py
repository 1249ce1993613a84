from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL


class PollsParams(_rt.Model):
    """Poll permissions

    Attributes:
        can_create (bool | None): Can create polls
        can_view (bool | None): Can view polls
        can_vote (bool | None): Can vote on polls
    """

    __slots__ = ()
    _fields = {
        "can_create": (_c_0, False),
        "can_view": (_c_1, False),
        "can_vote": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        can_create: bool | Unset = UNSET,
        can_view: bool | Unset = UNSET,
        can_vote: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(can_create, Unset):
            self._write("can_create", can_create)
        if not isinstance(can_view, Unset):
            self._write("can_view", can_view)
        if not isinstance(can_vote, Unset):
            self._write("can_vote", can_vote)

    @property
    def can_create(self) -> bool | None:
        """Can create polls"""

        return self._opt("can_create", _c_0)

    @can_create.setter
    def can_create(self, value: bool) -> None:
        self._write("can_create", value)

    @property
    def can_view(self) -> bool | None:
        """Can view polls"""

        return self._opt("can_view", _c_1)

    @can_view.setter
    def can_view(self, value: bool) -> None:
        self._write("can_view", value)

    @property
    def can_vote(self) -> bool | None:
        """Can vote on polls"""

        return self._opt("can_vote", _c_2)

    @can_vote.setter
    def can_vote(self, value: bool) -> None:
        self._write("can_vote", value)
