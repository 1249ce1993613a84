from __future__ import annotations

from .. import model_base as _rt


class EventMetadata(_rt.Model):
    """Event-specific metadata.

    Keys vary per event; values are primitive scalars (string, number, boolean, or
    null).

    """

    __slots__ = ()
    _fields = {}
    _required = frozenset({})
    _extra = _rt.nullable(
        _rt.union(
            _rt.STR,
            _rt.FLOAT,
            _rt.BOOL,
        )
    )

    def __init__(
        self,
    ) -> None:
        super().__init__()
