from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_1: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_3: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_4: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_5: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_6: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_7: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_8: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_9: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_10: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_11: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_12: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_13: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class AudioConsumerItem(_rt.Model):
    """Per-sample inbound (consumer) audio statistics.

    Attributes:
        bytes_received (float | None):
        concealment_events (float | None):
        consumer_id (str | None):
        jitter (float | None):
        jitter_buffer_delay (float | None):
        jitter_buffer_emitted_count (float | None):
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
        "concealment_events": (_c_1, False),
        "consumer_id": (_c_2, False),
        "jitter": (_c_3, False),
        "jitter_buffer_delay": (_c_4, False),
        "jitter_buffer_emitted_count": (_c_5, False),
        "mid": (_c_6, False),
        "mos_quality": (_c_7, False),
        "packets_lost": (_c_8, False),
        "packets_received": (_c_9, False),
        "peer_id": (_c_10, False),
        "producer_id": (_c_11, False),
        "ssrc": (_c_12, False),
        "timestamp": (_c_13, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        bytes_received: float | None | Unset = UNSET,
        concealment_events: float | None | Unset = UNSET,
        consumer_id: str | None | Unset = UNSET,
        jitter: float | None | Unset = UNSET,
        jitter_buffer_delay: float | None | Unset = UNSET,
        jitter_buffer_emitted_count: float | None | Unset = UNSET,
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
        if not isinstance(concealment_events, Unset):
            self._write("concealment_events", concealment_events)
        if not isinstance(consumer_id, Unset):
            self._write("consumer_id", consumer_id)
        if not isinstance(jitter, Unset):
            self._write("jitter", jitter)
        if not isinstance(jitter_buffer_delay, Unset):
            self._write("jitter_buffer_delay", jitter_buffer_delay)
        if not isinstance(jitter_buffer_emitted_count, Unset):
            self._write("jitter_buffer_emitted_count", jitter_buffer_emitted_count)
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
    def concealment_events(self) -> float | None:

        return self._opt("concealment_events", _c_1)

    @concealment_events.setter
    def concealment_events(self, value: float | None) -> None:
        self._write("concealment_events", value)

    @property
    def consumer_id(self) -> str | None:

        return self._opt("consumer_id", _c_2)

    @consumer_id.setter
    def consumer_id(self, value: str | None) -> None:
        self._write("consumer_id", value)

    @property
    def jitter(self) -> float | None:

        return self._opt("jitter", _c_3)

    @jitter.setter
    def jitter(self, value: float | None) -> None:
        self._write("jitter", value)

    @property
    def jitter_buffer_delay(self) -> float | None:

        return self._opt("jitter_buffer_delay", _c_4)

    @jitter_buffer_delay.setter
    def jitter_buffer_delay(self, value: float | None) -> None:
        self._write("jitter_buffer_delay", value)

    @property
    def jitter_buffer_emitted_count(self) -> float | None:

        return self._opt("jitter_buffer_emitted_count", _c_5)

    @jitter_buffer_emitted_count.setter
    def jitter_buffer_emitted_count(self, value: float | None) -> None:
        self._write("jitter_buffer_emitted_count", value)

    @property
    def mid(self) -> str | None:

        return self._opt("mid", _c_6)

    @mid.setter
    def mid(self, value: str | None) -> None:
        self._write("mid", value)

    @property
    def mos_quality(self) -> float | None:

        return self._opt("mos_quality", _c_7)

    @mos_quality.setter
    def mos_quality(self, value: float | None) -> None:
        self._write("mos_quality", value)

    @property
    def packets_lost(self) -> float | None:

        return self._opt("packets_lost", _c_8)

    @packets_lost.setter
    def packets_lost(self, value: float | None) -> None:
        self._write("packets_lost", value)

    @property
    def packets_received(self) -> float | None:

        return self._opt("packets_received", _c_9)

    @packets_received.setter
    def packets_received(self, value: float | None) -> None:
        self._write("packets_received", value)

    @property
    def peer_id(self) -> str | None:

        return self._opt("peer_id", _c_10)

    @peer_id.setter
    def peer_id(self, value: str | None) -> None:
        self._write("peer_id", value)

    @property
    def producer_id(self) -> str | None:

        return self._opt("producer_id", _c_11)

    @producer_id.setter
    def producer_id(self, value: str | None) -> None:
        self._write("producer_id", value)

    @property
    def ssrc(self) -> float | None:

        return self._opt("ssrc", _c_12)

    @ssrc.setter
    def ssrc(self, value: float | None) -> None:
        self._write("ssrc", value)

    @property
    def timestamp(self) -> str | None:

        return self._opt("timestamp", _c_13)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)
