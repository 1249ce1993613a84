from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    pass


class Layers(_rt.Model):
    """Optional audio layer configuration.

    If omitted, RealtimeKit records all participant audio using the default file
    name prefix.

    """

    __slots__ = ()
    _fields = {}
    _required = frozenset({})
    _extra = _rt.model("layers_value", "LayersValue")

    def __init__(
        self,
    ) -> None:
        super().__init__()
