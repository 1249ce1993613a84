from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issues import Issues
    from ..models.jitter_buffer_delay import JitterBufferDelay
    from ..models.packet_loss import PacketLoss
    from ..models.quality_mos import QualityMos


_c_0: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))
_c_1: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))
_c_2: _rt.Codec[Issues | None] = _rt.nullable(_rt.model("issues", "Issues"))
_c_3: _rt.Codec[JitterBufferDelay | None] = _rt.nullable(_rt.model("jitter_buffer_delay", "JitterBufferDelay"))
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[PacketLoss | None] = _rt.nullable(_rt.model("packet_loss", "PacketLoss"))
_c_6: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))


class ScreenshareVideoConsumerCumulative(_rt.Model):
    """Aggregated inbound (consumer) video statistics for the session.

    Attributes:
        frame_per_second (QualityMos | None): Distribution summary with average and percentiles.
        frame_width (QualityMos | None): Distribution summary with average and percentiles.
        issues (Issues | None):
        jitter_buffer_delay (JitterBufferDelay | None): Cumulative latency distribution (milliseconds-based thresholds).
        key_frames_decoded_fraction (float | None):
        packet_loss (PacketLoss | None): Cumulative packet loss distribution.
        quality_mos (QualityMos | None): Distribution summary with average and percentiles.
    """

    __slots__ = ()
    _fields = {
        "frame_per_second": (_c_0, False),
        "frame_width": (_c_1, False),
        "issues": (_c_2, False),
        "jitter_buffer_delay": (_c_3, False),
        "key_frames_decoded_fraction": (_c_4, False),
        "packet_loss": (_c_5, False),
        "quality_mos": (_c_6, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        frame_per_second: QualityMos | None | Unset = UNSET,
        frame_width: QualityMos | None | Unset = UNSET,
        issues: Issues | None | Unset = UNSET,
        jitter_buffer_delay: JitterBufferDelay | None | Unset = UNSET,
        key_frames_decoded_fraction: float | None | Unset = UNSET,
        packet_loss: PacketLoss | None | Unset = UNSET,
        quality_mos: QualityMos | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(frame_per_second, Unset):
            self._write("frame_per_second", frame_per_second)
        if not isinstance(frame_width, Unset):
            self._write("frame_width", frame_width)
        if not isinstance(issues, Unset):
            self._write("issues", issues)
        if not isinstance(jitter_buffer_delay, Unset):
            self._write("jitter_buffer_delay", jitter_buffer_delay)
        if not isinstance(key_frames_decoded_fraction, Unset):
            self._write("key_frames_decoded_fraction", key_frames_decoded_fraction)
        if not isinstance(packet_loss, Unset):
            self._write("packet_loss", packet_loss)
        if not isinstance(quality_mos, Unset):
            self._write("quality_mos", quality_mos)

    @property
    def frame_per_second(self) -> QualityMos | None:
        """Distribution summary with average and percentiles."""

        return self._opt("frame_per_second", _c_0)

    @frame_per_second.setter
    def frame_per_second(self, value: QualityMos | None) -> None:
        self._write("frame_per_second", value)

    @property
    def frame_width(self) -> QualityMos | None:
        """Distribution summary with average and percentiles."""

        return self._opt("frame_width", _c_1)

    @frame_width.setter
    def frame_width(self, value: QualityMos | None) -> None:
        self._write("frame_width", value)

    @property
    def issues(self) -> Issues | None:

        return self._opt("issues", _c_2)

    @issues.setter
    def issues(self, value: Issues | None) -> None:
        self._write("issues", value)

    @property
    def jitter_buffer_delay(self) -> JitterBufferDelay | None:
        """Cumulative latency distribution (milliseconds-based thresholds)."""

        return self._opt("jitter_buffer_delay", _c_3)

    @jitter_buffer_delay.setter
    def jitter_buffer_delay(self, value: JitterBufferDelay | None) -> None:
        self._write("jitter_buffer_delay", value)

    @property
    def key_frames_decoded_fraction(self) -> float | None:

        return self._opt("key_frames_decoded_fraction", _c_4)

    @key_frames_decoded_fraction.setter
    def key_frames_decoded_fraction(self, value: float | None) -> None:
        self._write("key_frames_decoded_fraction", value)

    @property
    def packet_loss(self) -> PacketLoss | None:
        """Cumulative packet loss distribution."""

        return self._opt("packet_loss", _c_5)

    @packet_loss.setter
    def packet_loss(self, value: PacketLoss | None) -> None:
        self._write("packet_loss", value)

    @property
    def quality_mos(self) -> QualityMos | None:
        """Distribution summary with average and percentiles."""

        return self._opt("quality_mos", _c_6)

    @quality_mos.setter
    def quality_mos(self, value: QualityMos | None) -> None:
        self._write("quality_mos", value)
