from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jitter_buffer_delay import JitterBufferDelay
    from ..models.packet_loss import PacketLoss
    from ..models.quality_mos import QualityMos


_c_0: _rt.Codec[PacketLoss | None] = _rt.nullable(_rt.model("packet_loss", "PacketLoss"))
_c_1: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))
_c_2: _rt.Codec[JitterBufferDelay | None] = _rt.nullable(_rt.model("jitter_buffer_delay", "JitterBufferDelay"))


class AudioProducerCumulative(_rt.Model):
    """Aggregated outbound (producer) audio statistics for the session.

    Attributes:
        packet_loss (PacketLoss | None): Cumulative packet loss distribution.
        quality_mos (QualityMos | None): Distribution summary with average and percentiles.
        rtt (JitterBufferDelay | None): Cumulative latency distribution (milliseconds-based thresholds).
    """

    __slots__ = ()
    _fields = {
        "packet_loss": (_c_0, False),
        "quality_mos": (_c_1, False),
        "rtt": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        packet_loss: PacketLoss | None | Unset = UNSET,
        quality_mos: QualityMos | None | Unset = UNSET,
        rtt: JitterBufferDelay | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(packet_loss, Unset):
            self._write("packet_loss", packet_loss)
        if not isinstance(quality_mos, Unset):
            self._write("quality_mos", quality_mos)
        if not isinstance(rtt, Unset):
            self._write("rtt", rtt)

    @property
    def packet_loss(self) -> PacketLoss | None:
        """Cumulative packet loss distribution."""

        return self._opt("packet_loss", _c_0)

    @packet_loss.setter
    def packet_loss(self, value: PacketLoss | None) -> None:
        self._write("packet_loss", value)

    @property
    def quality_mos(self) -> QualityMos | None:
        """Distribution summary with average and percentiles."""

        return self._opt("quality_mos", _c_1)

    @quality_mos.setter
    def quality_mos(self, value: QualityMos | None) -> None:
        self._write("quality_mos", value)

    @property
    def rtt(self) -> JitterBufferDelay | None:
        """Cumulative latency distribution (milliseconds-based thresholds)."""

        return self._opt("rtt", _c_2)

    @rtt.setter
    def rtt(self, value: JitterBufferDelay | None) -> None:
        self._write("rtt", value)
