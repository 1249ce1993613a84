from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jitter_buffer_delay import JitterBufferDelay
    from ..models.packet_loss import PacketLoss
    from ..models.quality_mos import QualityMos
    from ..models.screenshare_video_producer_cumulative_issues import ScreenshareVideoProducerCumulativeIssues


_c_0: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))
_c_1: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[ScreenshareVideoProducerCumulativeIssues | None] = _rt.nullable(
    _rt.model("screenshare_video_producer_cumulative_issues", "ScreenshareVideoProducerCumulativeIssues")
)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[PacketLoss | None] = _rt.nullable(_rt.model("packet_loss", "PacketLoss"))
_c_6: _rt.Codec[QualityMos | None] = _rt.nullable(_rt.model("quality_mos", "QualityMos"))
_c_7: _rt.Codec[JitterBufferDelay | None] = _rt.nullable(_rt.model("jitter_buffer_delay", "JitterBufferDelay"))


class ScreenshareVideoProducerCumulative(_rt.Model):
    """Aggregated outbound (producer) video statistics for the session.

    Attributes:
        frame_per_second (QualityMos | None): Distribution summary with average and percentiles.
        frame_width (QualityMos | None): Distribution summary with average and percentiles.
        high_negative_feedback_fraction (float | None):
        issues (ScreenshareVideoProducerCumulativeIssues | None):
        key_frames_encoded_fraction (float | None):
        packet_loss (PacketLoss | None): Cumulative packet loss distribution.
        quality_mos (QualityMos | None): Distribution summary with average and percentiles.
        rtt (JitterBufferDelay | None): Cumulative latency distribution (milliseconds-based thresholds).
    """

    __slots__ = ()
    _fields = {
        "frame_per_second": (_c_0, False),
        "frame_width": (_c_1, False),
        "high_negative_feedback_fraction": (_c_2, False),
        "issues": (_c_3, False),
        "key_frames_encoded_fraction": (_c_4, False),
        "packet_loss": (_c_5, False),
        "quality_mos": (_c_6, False),
        "rtt": (_c_7, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        frame_per_second: QualityMos | None | Unset = UNSET,
        frame_width: QualityMos | None | Unset = UNSET,
        high_negative_feedback_fraction: float | None | Unset = UNSET,
        issues: ScreenshareVideoProducerCumulativeIssues | None | Unset = UNSET,
        key_frames_encoded_fraction: float | None | Unset = UNSET,
        packet_loss: PacketLoss | None | Unset = UNSET,
        quality_mos: QualityMos | None | Unset = UNSET,
        rtt: JitterBufferDelay | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(frame_per_second, Unset):
            self._write("frame_per_second", frame_per_second)
        if not isinstance(frame_width, Unset):
            self._write("frame_width", frame_width)
        if not isinstance(high_negative_feedback_fraction, Unset):
            self._write("high_negative_feedback_fraction", high_negative_feedback_fraction)
        if not isinstance(issues, Unset):
            self._write("issues", issues)
        if not isinstance(key_frames_encoded_fraction, Unset):
            self._write("key_frames_encoded_fraction", key_frames_encoded_fraction)
        if not isinstance(packet_loss, Unset):
            self._write("packet_loss", packet_loss)
        if not isinstance(quality_mos, Unset):
            self._write("quality_mos", quality_mos)
        if not isinstance(rtt, Unset):
            self._write("rtt", rtt)

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
    def high_negative_feedback_fraction(self) -> float | None:

        return self._opt("high_negative_feedback_fraction", _c_2)

    @high_negative_feedback_fraction.setter
    def high_negative_feedback_fraction(self, value: float | None) -> None:
        self._write("high_negative_feedback_fraction", value)

    @property
    def issues(self) -> ScreenshareVideoProducerCumulativeIssues | None:

        return self._opt("issues", _c_3)

    @issues.setter
    def issues(self, value: ScreenshareVideoProducerCumulativeIssues | None) -> None:
        self._write("issues", value)

    @property
    def key_frames_encoded_fraction(self) -> float | None:

        return self._opt("key_frames_encoded_fraction", _c_4)

    @key_frames_encoded_fraction.setter
    def key_frames_encoded_fraction(self, value: float | None) -> None:
        self._write("key_frames_encoded_fraction", value)

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

    @property
    def rtt(self) -> JitterBufferDelay | None:
        """Cumulative latency distribution (milliseconds-based thresholds)."""

        return self._opt("rtt", _c_7)

    @rtt.setter
    def rtt(self, value: JitterBufferDelay | None) -> None:
        self._write("rtt", value)
