from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jitter_buffer_delay import JitterBufferDelay
    from ..models.packet_loss import PacketLoss
    from ..models.quality_mos import QualityMos


_c_0: _rt.Codec[JitterBufferDelay | None] = _rt.nullable(_rt.model("jitter_buffer_delay", "JitterBufferDelay"))
_c_1: _rt.Codec[PacketLoss | None] = _rt.nullable(_rt.model("packet_loss", "PacketLoss"))
_c_2: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))


class AudioConsumerCumulative(_rt.Model):
    """Aggregated inbound (consumer) audio statistics for the session.

    Attributes:
        jitter_buffer_delay (JitterBufferDelay | None): Cumulative latency distribution (milliseconds-based thresholds).
        packet_loss (PacketLoss | None): Cumulative packet loss distribution.
        quality_mos (QualityMos | None): Distribution summary with average and percentiles.
    """

    __slots__ = ()
    _fields = {
        "jitter_buffer_delay": (_c_0, False),
        "packet_loss": (_c_1, False),
        "quality_mos": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        jitter_buffer_delay: JitterBufferDelay | None | Unset = UNSET,
        packet_loss: PacketLoss | None | Unset = UNSET,
        quality_mos: QualityMos | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(jitter_buffer_delay, Unset):
            self._write("jitter_buffer_delay", jitter_buffer_delay)
        if not isinstance(packet_loss, Unset):
            self._write("packet_loss", packet_loss)
        if not isinstance(quality_mos, Unset):
            self._write("quality_mos", quality_mos)

    @property
    def jitter_buffer_delay(self) -> JitterBufferDelay | None:
        """Cumulative latency distribution (milliseconds-based thresholds)."""

        return self._opt("jitter_buffer_delay", _c_0)

    @jitter_buffer_delay.setter
    def jitter_buffer_delay(self, value: JitterBufferDelay | None) -> None:
        self._write("jitter_buffer_delay", value)

    @property
    def packet_loss(self) -> PacketLoss | None:
        """Cumulative packet loss distribution."""

        return self._opt("packet_loss", _c_1)

    @packet_loss.setter
    def packet_loss(self, value: PacketLoss | None) -> None:
        self._write("packet_loss", value)

    @property
    def quality_mos(self) -> QualityMos | None:
        """Distribution summary with average and percentiles."""

        return self._opt("quality_mos", _c_2)

    @quality_mos.setter
    def quality_mos(self, value: QualityMos | None) -> None:
        self._write("quality_mos", value)
