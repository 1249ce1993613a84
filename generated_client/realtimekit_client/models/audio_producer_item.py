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
_c_9: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class AudioProducerItem(_rt.Model):
    """Per-sample outbound (producer) audio statistics.

    Attributes:
        bytes_sent (float | None):
        jitter (float | None):
        mid (str | None):
        mos_quality (float | None):
        packets_lost (float | None):
        packets_sent (float | None):
        producer_id (str | None):
        rtt (float | None):
        ssrc (float | None):
        timestamp (str | None):
    """

    __slots__ = ()
    _fields = {
        "bytes_sent": (_c_0, False),
        "jitter": (_c_1, False),
        "mid": (_c_2, False),
        "mos_quality": (_c_3, False),
        "packets_lost": (_c_4, False),
        "packets_sent": (_c_5, False),
        "producer_id": (_c_6, False),
        "rtt": (_c_7, False),
        "ssrc": (_c_8, False),
        "timestamp": (_c_9, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        bytes_sent: float | None | Unset = UNSET,
        jitter: float | None | Unset = UNSET,
        mid: str | None | Unset = UNSET,
        mos_quality: float | None | Unset = UNSET,
        packets_lost: float | None | Unset = UNSET,
        packets_sent: float | None | Unset = UNSET,
        producer_id: str | None | Unset = UNSET,
        rtt: float | None | Unset = UNSET,
        ssrc: float | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(bytes_sent, Unset):
            self._write("bytes_sent", bytes_sent)
        if not isinstance(jitter, Unset):
            self._write("jitter", jitter)
        if not isinstance(mid, Unset):
            self._write("mid", mid)
        if not isinstance(mos_quality, Unset):
            self._write("mos_quality", mos_quality)
        if not isinstance(packets_lost, Unset):
            self._write("packets_lost", packets_lost)
        if not isinstance(packets_sent, Unset):
            self._write("packets_sent", packets_sent)
        if not isinstance(producer_id, Unset):
            self._write("producer_id", producer_id)
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
    def jitter(self) -> float | None:

        return self._opt("jitter", _c_1)

    @jitter.setter
    def jitter(self, value: float | None) -> None:
        self._write("jitter", value)

    @property
    def mid(self) -> str | None:

        return self._opt("mid", _c_2)

    @mid.setter
    def mid(self, value: str | None) -> None:
        self._write("mid", value)

    @property
    def mos_quality(self) -> float | None:

        return self._opt("mos_quality", _c_3)

    @mos_quality.setter
    def mos_quality(self, value: float | None) -> None:
        self._write("mos_quality", value)

    @property
    def packets_lost(self) -> float | None:

        return self._opt("packets_lost", _c_4)

    @packets_lost.setter
    def packets_lost(self, value: float | None) -> None:
        self._write("packets_lost", value)

    @property
    def packets_sent(self) -> float | None:

        return self._opt("packets_sent", _c_5)

    @packets_sent.setter
    def packets_sent(self, value: float | None) -> None:
        self._write("packets_sent", value)

    @property
    def producer_id(self) -> str | None:

        return self._opt("producer_id", _c_6)

    @producer_id.setter
    def producer_id(self, value: str | None) -> None:
        self._write("producer_id", value)

    @property
    def rtt(self) -> float | None:

        return self._opt("rtt", _c_7)

    @rtt.setter
    def rtt(self, value: float | None) -> None:
        self._write("rtt", value)

    @property
    def ssrc(self) -> float | None:

        return self._opt("ssrc", _c_8)

    @ssrc.setter
    def ssrc(self, value: float | None) -> None:
        self._write("ssrc", value)

    @property
    def timestamp(self) -> str | None:

        return self._opt("timestamp", _c_9)

    @timestamp.setter
    def timestamp(self, value: str | None) -> None:
        self._write("timestamp", value)
