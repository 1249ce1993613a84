from __future__ import annotations

from .. import model_base as _rt


class CreateAnIndependentLivestreamBody(_rt.Model):
    __slots__ = ()
    _fields = {}
    _required = frozenset({})

    def __init__(
        self,
    ) -> None:
        super().__init__()
