from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consuming_transport_item import ConsumingTransportItem


_c_0: _rt.Codec[list[ConsumingTransportItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("consuming_transport_item", "ConsumingTransportItem"))
)
_c_1: _rt.Codec[list[ConsumingTransportItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("consuming_transport_item", "ConsumingTransportItem"))
)


class CandidatePairs(_rt.Model):
    """
    Attributes:
        consuming_transport (list[ConsumingTransportItem] | None):
        producing_transport (list[ConsumingTransportItem] | None):
    """

    __slots__ = ()
    _fields = {
        "consuming_transport": (_c_0, False),
        "producing_transport": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        consuming_transport: list[ConsumingTransportItem] | None | Unset = UNSET,
        producing_transport: list[ConsumingTransportItem] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(consuming_transport, Unset):
            self._write("consuming_transport", consuming_transport)
        if not isinstance(producing_transport, Unset):
            self._write("producing_transport", producing_transport)

    @property
    def consuming_transport(self) -> list[ConsumingTransportItem] | None:

        return self._opt("consuming_transport", _c_0)

    @consuming_transport.setter
    def consuming_transport(self, value: list[ConsumingTransportItem] | None) -> None:
        self._write("consuming_transport", value)

    @property
    def producing_transport(self) -> list[ConsumingTransportItem] | None:

        return self._opt("producing_transport", _c_1)

    @producing_transport.setter
    def producing_transport(self, value: list[ConsumingTransportItem] | None) -> None:
        self._write("producing_transport", value)
