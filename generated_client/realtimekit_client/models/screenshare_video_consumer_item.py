from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_2: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_6: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_7: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_8: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_9: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_10: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_11: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_12: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_13: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_14: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_15: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_16: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_17: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_18: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_19: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class ScreenshareVideoConsumerItem(_rt.Model):
    """Per-sample inbound (consumer) video statistics.

    Attributes:
        bytes_received (float | None):
        consumer_id (str | None):
        fir_count (float | None):
        frame_height (float | None):
        frame_width (float | None):
        frames_decoded (float | None):
        frames_dropped (float | None):
        frames_per_second (float | None):
        jitter (float | None):
        jitter_buffer_delay (float | None):
        jitter_buffer_emitted_count (float | None):
        key_frames_decoded (float | None):
        mid (str | None):
        mos_quality (float | None):
        packets_lost (float | None):
        packets_received (float | None):
        peer_id (str | None):
        producer_id (str | None):
        ssrc (float | None):
        timestamp (str | None):
    """

    __slots__ = ()
    _fields = {
        "bytes_received": (_c_0, False),
        "consumer_id": (_c_1, False),
        "fir_count": (_c_2, False),
        "frame_height": (_c_3, False),
        "frame_width": (_c_4, False),
        "frames_decoded": (_c_5, False),
        "frames_dropped": (_c_6, False),
        "frames_per_second": (_c_7, False),
        "jitter": (_c_8, False),
        "jitter_buffer_delay": (_c_9, False),
        "jitter_buffer_emitted_count": (_c_10, False),
        "key_frames_decoded": (_c_11, False),
        "mid": (_c_12, False),
        "mos_quality": (_c_13, False),
        "packets_lost": (_c_14, False),
        "packets_received": (_c_15, False),
        "peer_id": (_c_16, False),
        "producer_id": (_c_17, False),
        "ssrc": (_c_18, False),
        "timestamp": (_c_19, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        bytes_received: float | None | Unset = UNSET,
        consumer_id: str | None | Unset = UNSET,
        fir_count: float | None | Unset = UNSET,
        frame_height: float | None | Unset = UNSET,
        frame_width: float | None | Unset = UNSET,
        frames_decoded: float | None | Unset = UNSET,
        frames_dropped: float | None | Unset = UNSET,
        frames_per_second: float | None | Unset = UNSET,
        jitter: float | None | Unset = UNSET,
        jitter_buffer_delay: float | None | Unset = UNSET,
        jitter_buffer_emitted_count: float | None | Unset = UNSET,
        key_frames_decoded: float | None | Unset = UNSET,
        mid: str | None | Unset = UNSET,
        mos_quality: float | None | Unset = UNSET,
        packets_lost: float | None | Unset = UNSET,
        packets_received: float | None | Unset = UNSET,
        peer_id: str | None | Unset = UNSET,
        producer_id: str | None | Unset = UNSET,
        ssrc: float | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(bytes_received, Unset):
            self._write("bytes_received", bytes_received)
        if not isinstance(consumer_id, Unset):
            self._write("consumer_id", consumer_id)
        if not isinstance(fir_count, Unset):
            self._write("fir_count", fir_count)
        if not isinstance(frame_height, Unset):
            self._write("frame_height", frame_height)
        if not isinstance(frame_width, Unset):
            self._write("frame_width", frame_width)
        if not isinstance(frames_decoded, Unset):
            self._write("frames_decoded", frames_decoded)
        if not isinstance(frames_dropped, Unset):
            self._write("frames_dropped", frames_dropped)
        if not isinstance(frames_per_second, Unset):
            self._write("frames_per_second", frames_per_second)
        if not isinstance(jitter, Unset):
            self._write("jitter", jitter)
        if not isinstance(jitter_buffer_delay, Unset):
            self._write("jitter_buffer_delay", jitter_buffer_delay)
        if not isinstance(jitter_buffer_emitted_count, Unset):
            self._write("jitter_buffer_emitted_count", jitter_buffer_emitted_count)
        if not isinstance(key_frames_decoded, Unset):
            self._write("key_frames_decoded", key_frames_decoded)
        if not isinstance(mid, Unset):
            self._write("mid", mid)
        if not isinstance(mos_quality, Unset):
            self._write("mos_quality", mos_quality)
        if not isinstance(packets_lost, Unset):
            self._write("packets_lost", packets_lost)
        if not isinstance(packets_received, Unset):
            self._write("packets_received", packets_received)
        if not isinstance(peer_id, Unset):
            self._write("peer_id", peer_id)
        if not isinstance(producer_id, Unset):
            self._write("producer_id", producer_id)
        if not isinstance(ssrc, Unset):
            self._write("ssrc", ssrc)
        if not isinstance(timestamp, Unset):
            self._write("timestamp", timestamp)

    @property
    def bytes_received(self) -> float | None:

        return self._opt("bytes_received", _c_0)

    @bytes_received.setter
    def bytes_received(self, value: float | None) -> None:
        self._write("bytes_received", value)

    @property
    def consumer_id(self) -> str | None:

        return self._opt("consumer_id", _c_1)

    @consumer_id.setter
    def consumer_id(self, value: str | None) -> None:
        self._write("consumer_id", value)

    @property
    def fir_count(self) -> float | None:

        return self._opt("fir_count", _c_2)

    @fir_count.setter
    def fir_count(self, value: float | None) -> None:
        self._write("fir_count", value)

    @property
    def frame_height(self) -> float | None:

        return self._opt("frame_height", _c_3)

    @frame_height.setter
    def frame_height(self, value: float | None) -> None:
        self._write("frame_height", value)

    @property
    def frame_width(self) -> float | None:

        return self._opt("frame_width", _c_4)

    @frame_width.setter
    def frame_width(self, value: float | None) -> None:
        self._write("frame_width", value)

    @property
    def frames_decoded(self) -> float | None:

        return self._opt("frames_decoded", _c_5)

    @frames_decoded.setter
    def frames_decoded(self, value: float | None) -> None:
        self._write("frames_decoded", value)

    @property
    def frames_dropped(self) -> float | None:

        return self._opt("frames_dropped", _c_6)

    @frames_dropped.setter
    def frames_dropped(self, value: float | None) -> None:
        self._write("frames_dropped", value)

    @property
    def frames_per_second(self) -> float | None:

        return self._opt("frames_per_second", _c_7)

    @frames_per_second.setter
    def frames_per_second(self, value: float | None) -> None:
        self._write("frames_per_second", value)

    @property
    def jitter(self) -> float | None:

        return self._opt("jitter", _c_8)

    @jitter.setter
    def jitter(self, value: float | None) -> None:
        self._write("jitter", value)

    @property
    def jitter_buffer_delay(self) -> float | None:

        return self._opt("jitter_buffer_delay", _c_9)

    @jitter_buffer_delay.setter
    def jitter_buffer_delay(self, value: float | None) -> None:
        self._write("jitter_buffer_delay", value)

    @property
    def jitter_buffer_emitted_count(self) -> float | None:

        return self._opt("jitter_buffer_emitted_count", _c_10)

    @jitter_buffer_emitted_count.setter
    def jitter_buffer_emitted_count(self, value: float | None) -> None:
        self._write("jitter_buffer_emitted_count", value)

    @property
    def key_frames_decoded(self) -> float | None:

        return self._opt("key_frames_decoded", _c_11)

    @key_frames_decoded.setter
    def key_frames_decoded(self, value: float | None) -> None:
        self._write("key_frames_decoded", value)

    @property
    def mid(self) -> str | None:

        return self._opt("mid", _c_12)

    @mid.setter
    def mid(self, value: str | None) -> None:
        self._write("mid", value)

    @property
    def mos_quality(self) -> float | None:

        return self._opt("mos_quality", _c_13)

    @mos_quality.setter
    def mos_quality(self, value: float | None) -> None:
        self._write("mos_quality", value)

    @property
    def packets_lost(self) -> float | None:

        return self._opt("packets_lost", _c_14)

    @packets_lost.setter
    def packets_lost(self, value: float | None) -> None:
        self._write("packets_lost", value)

    @property
    def packets_received(self) -> float | None:

        return self._opt("packets_received", _c_15)

    @packets_received.setter
    def packets_received(self, value: float | None) -> None:
        self._write("packets_received", value)

    @property
    def peer_id(self) -> str | None:

        return self._opt("peer_id", _c_16)

    @peer_id.setter
    def peer_id(self, value: str | None) -> None:
        self._write("peer_id", value)

    @property
    def producer_id(self) -> str | None:

        return self._opt("producer_id", _c_17)

    @producer_id.setter
    def producer_id(self, value: str | None) -> None:
        self._write("producer_id", value)

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
