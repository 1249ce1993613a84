from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL


class Polls(_rt.Model):
    """Poll permissions

    Attributes:
        can_create (bool): Promised by the API. Can create polls
        can_view (bool): Promised by the API. Can view polls
        can_vote (bool): Promised by the API. Can vote on polls
    """

    __slots__ = ()
    _fields = {
        "can_create": (_c_0, True),
        "can_view": (_c_1, True),
        "can_vote": (_c_2, True),
    }
    _required = frozenset(
        {
            "can_create",
            "can_view",
            "can_vote",
        }
    )

    def __init__(
        self,
        *,
        can_create: bool,
        can_view: bool,
        can_vote: bool,
    ) -> None:
        super().__init__()
        self._write("can_create", can_create)
        self._write("can_view", can_view)
        self._write("can_vote", can_vote)

    @property
    def can_create(self) -> bool:
        """Can create polls"""

        return self._req("can_create", _c_0)

    @can_create.setter
    def can_create(self, value: bool) -> None:
        self._write("can_create", value)

    @property
    def can_view(self) -> bool:
        """Can view polls"""

        return self._req("can_view", _c_1)

    @can_view.setter
    def can_view(self, value: bool) -> None:
        self._write("can_view", value)

    @property
    def can_vote(self) -> bool:
        """Can vote on polls"""

        return self._req("can_vote", _c_2)

    @can_vote.setter
    def can_vote(self, value: bool) -> None:
        self._write("can_vote", value)
