from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.screenshare_video_producer_item_quality_limitation_reason import (
    ScreenshareVideoProducerItemQualityLimitationReason,
    check_screenshare_video_producer_item_quality_limitation_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quality_limitation_durations import QualityLimitationDurations


_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_6: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_7: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_10: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_11: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_12: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_13: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_14: _rt.Codec[QualityLimitationDurations | None] = _rt.nullable(
    _rt.model("quality_limitation_durations", "QualityLimitationDurations")
)
_c_15: _rt.Codec[ScreenshareVideoProducerItemQualityLimitationReason | None] = _rt.nullable(
    _rt.checked(check_screenshare_video_producer_item_quality_limitation_reason, "bandwidth, cpu, none, other")
)
_c_16: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_17: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_18: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_19: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class ScreenshareVideoProducerItem(_rt.Model):
    """Per-sample outbound (producer) video statistics.

    Attributes:
        bytes_sent (float | None):
        fir_count (float | None):
        frame_height (float | None):
        frame_width (float | None):
        frames_encoded (float | None):
        frames_per_second (float | None):
        jitter (float | None):
        key_frames_encoded (float | None):
        mid (str | None):
        mos_quality (float | None):
        packets_lost (float | None):
        packets_sent (float | None):
        pli_count (float | None):
        producer_id (str | None):
        quality_limitation_durations (QualityLimitationDurations | None):
        quality_limitation_reason (ScreenshareVideoProducerItemQualityLimitationReason | None):
        quality_limitation_resolution_changes (float | None):
        rtt (float | None):
        ssrc (float | None):
        timestamp (str | None):
    """

    __slots__ = ()
    _fields = {
        "bytes_sent": (_c_0, False),
        "fir_count": (_c_1, False),
        "frame_height": (_c_2, False),
        "frame_width": (_c_3, False),
        "frames_encoded": (_c_4, False),
        "frames_per_second": (_c_5, False),
        "jitter": (_c_6, False),
        "key_frames_encoded": (_c_7, False),
        "mid": (_c_8, False),
        "mos_quality": (_c_9, False),
        "packets_lost": (_c_10, False),
        "packets_sent": (_c_11, False),
        "pli_count": (_c_12, False),
        "producer_id": (_c_13, False),
        "quality_limitation_durations": (_c_14, False),
        "quality_limitation_reason": (_c_15, False),
        "quality_limitation_resolution_changes": (_c_16, False),
        "rtt": (_c_17, False),
        "ssrc": (_c_18, False),
        "timestamp": (_c_19, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        bytes_sent: float | None | Unset = UNSET,
        fir_count: float | None | Unset = UNSET,
        frame_height: float | None | Unset = UNSET,
        frame_width: float | None | Unset = UNSET,
        frames_encoded: float | None | Unset = UNSET,
        frames_per_second: float | None | Unset = UNSET,
        jitter: float | None | Unset = UNSET,
        key_frames_encoded: float | None | Unset = UNSET,
        mid: str | None | Unset = UNSET,
        mos_quality: float | None | Unset = UNSET,
        packets_lost: float | None | Unset = UNSET,
        packets_sent: float | None | Unset = UNSET,
        pli_count: float | None | Unset = UNSET,
        producer_id: str | None | Unset = UNSET,
        quality_limitation_durations: QualityLimitationDurations | None | Unset = UNSET,
        quality_limitation_reason: ScreenshareVideoProducerItemQualityLimitationReason | None | Unset = UNSET,
        quality_limitation_resolution_changes: float | None | Unset = UNSET,
        rtt: float | None | Unset = UNSET,
        ssrc: float | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(bytes_sent, Unset):
            self._write("bytes_sent", bytes_sent)
        if not isinstance(fir_count, Unset):
            self._write("fir_count", fir_count)
        if not isinstance(frame_height, Unset):
            self._write("frame_height", frame_height)
        if not isinstance(frame_width, Unset):
            self._write("frame_width", frame_width)
        if not isinstance(frames_encoded, Unset):
            self._write("frames_encoded", frames_encoded)
        if not isinstance(frames_per_second, Unset):
            self._write("frames_per_second", frames_per_second)
        if not isinstance(jitter, Unset):
            self._write("jitter", jitter)
        if not isinstance(key_frames_encoded, Unset):
            self._write("key_frames_encoded", key_frames_encoded)
        if not isinstance(mid, Unset):
            self._write("mid", mid)
        if not isinstance(mos_quality, Unset):
            self._write("mos_quality", mos_quality)
        if not isinstance(packets_lost, Unset):
            self._write("packets_lost", packets_lost)
        if not isinstance(packets_sent, Unset):
            self._write("packets_sent", packets_sent)
        if not isinstance(pli_count, Unset):
            self._write("pli_count", pli_count)
        if not isinstance(producer_id, Unset):
            self._write("producer_id", producer_id)
        if not isinstance(quality_limitation_durations, Unset):
            self._write("quality_limitation_durations", quality_limitation_durations)
        if not isinstance(quality_limitation_reason, Unset):
            self._write("quality_limitation_reason", quality_limitation_reason)
        if not isinstance(quality_limitation_resolution_changes, Unset):
            self._write("quality_limitation_resolution_changes", quality_limitation_resolution_changes)
        if not isinstance(rtt, Unset):
            self._write("rtt", rtt)
        if not isinstance(ssrc, Unset):
            self._write("ssrc", ssrc)
        if not isinstance(timestamp, Unset):
            self._write("timestamp", timestamp)

    @property
    def bytes_sent(self) -> float | None:

        return self._opt("bytes_sent", _c_0)

    @bytes_sent.setter
    def bytes_sent(self, value: float | None) -> None:
        self._write("bytes_sent", value)

    @property
    def fir_count(self) -> float | None:

        return self._opt("fir_count", _c_1)

    @fir_count.setter
    def fir_count(self, value: float | None) -> None:
        self._write("fir_count", value)

    @property
    def frame_height(self) -> float | None:

        return self._opt("frame_height", _c_2)

    @frame_height.setter
    def frame_height(self, value: float | None) -> None:
        self._write("frame_height", value)

    @property
    def frame_width(self) -> float | None:

        return self._opt("frame_width", _c_3)

    @frame_width.setter
    def frame_width(self, value: float | None) -> None:
        self._write("frame_width", value)

    @property
    def frames_encoded(self) -> float | None:

        return self._opt("frames_encoded", _c_4)

    @frames_encoded.setter
    def frames_encoded(self, value: float | None) -> None:
        self._write("frames_encoded", value)

    @property
    def frames_per_second(self) -> float | None:

        return self._opt("frames_per_second", _c_5)

    @frames_per_second.setter
    def frames_per_second(self, value: float | None) -> None:
        self._write("frames_per_second", value)

    @property
    def jitter(self) -> float | None:

        return self._opt("jitter", _c_6)

    @jitter.setter
    def jitter(self, value: float | None) -> None:
        self._write("jitter", value)

    @property
    def key_frames_encoded(self) -> float | None:

        return self._opt("key_frames_encoded", _c_7)

    @key_frames_encoded.setter
    def key_frames_encoded(self, value: float | None) -> None:
        self._write("key_frames_encoded", value)

    @property
    def mid(self) -> str | None:

        return self._opt("mid", _c_8)

    @mid.setter
    def mid(self, value: str | None) -> None:
        self._write("mid", value)

    @property
    def mos_quality(self) -> float | None:

        return self._opt("mos_quality", _c_9)

    @mos_quality.setter
    def mos_quality(self, value: float | None) -> None:
        self._write("mos_quality", value)

    @property
    def packets_lost(self) -> float | None:

        return self._opt("packets_lost", _c_10)

    @packets_lost.setter
    def packets_lost(self, value: float | None) -> None:
        self._write("packets_lost", value)

    @property
    def packets_sent(self) -> float | None:

        return self._opt("packets_sent", _c_11)

    @packets_sent.setter
    def packets_sent(self, value: float | None) -> None:
        self._write("packets_sent", value)

    @property
    def pli_count(self) -> float | None:

        return self._opt("pli_count", _c_12)

    @pli_count.setter
    def pli_count(self, value: float | None) -> None:
        self._write("pli_count", value)

    @property
    def producer_id(self) -> str | None:

        return self._opt("producer_id", _c_13)

    @producer_id.setter
    def producer_id(self, value: str | None) -> None:
        self._write("producer_id", value)

    @property
    def quality_limitation_durations(self) -> QualityLimitationDurations | None:

        return self._opt("quality_limitation_durations", _c_14)

    @quality_limitation_durations.setter
    def quality_limitation_durations(self, value: QualityLimitationDurations | None) -> None:
        self._write("quality_limitation_durations", value)

    @property
    def quality_limitation_reason(self) -> ScreenshareVideoProducerItemQualityLimitationReason | None:

        return self._opt("quality_limitation_reason", _c_15)

    @quality_limitation_reason.setter
    def quality_limitation_reason(self, value: ScreenshareVideoProducerItemQualityLimitationReason | None) -> None:
        self._write("quality_limitation_reason", value)

    @property
    def quality_limitation_resolution_changes(self) -> float | None:

        return self._opt("quality_limitation_resolution_changes", _c_16)

    @quality_limitation_resolution_changes.setter
    def quality_limitation_resolution_changes(self, value: float | None) -> None:
        self._write("quality_limitation_resolution_changes", value)

    @property
    def rtt(self) -> float | None:

        return self._opt("rtt", _c_17)

    @rtt.setter
    def rtt(self, value: float | None) -> None:
        self._write("rtt", value)

    @property
    def ssrc(self) -> float | None:

        return self._opt("ssrc", _c_18)

    @ssrc.setter
    def ssrc(self, value: float | None) -> None:
        self._write("ssrc", value)

    @property
    def timestamp(self) -> str | None:

        return self._opt("timestamp", _c_19)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)
