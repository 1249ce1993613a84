from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_consumer_cumulative import AudioConsumerCumulative
    from ..models.audio_consumer_item import AudioConsumerItem
    from ..models.audio_producer_cumulative import AudioProducerCumulative
    from ..models.audio_producer_item import AudioProducerItem
    from ..models.screenshare_video_consumer_cumulative import ScreenshareVideoConsumerCumulative
    from ..models.screenshare_video_consumer_item import ScreenshareVideoConsumerItem
    from ..models.screenshare_video_producer_cumulative import ScreenshareVideoProducerCumulative
    from ..models.screenshare_video_producer_item import ScreenshareVideoProducerItem


_c_0: _rt.Codec[list[AudioConsumerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_consumer_item", "AudioConsumerItem"))
)
_c_1: _rt.Codec[AudioConsumerCumulative | None] = _rt.nullable(
    _rt.model("audio_consumer_cumulative", "AudioConsumerCumulative")
)
_c_2: _rt.Codec[list[AudioProducerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_producer_item", "AudioProducerItem"))
)
_c_3: _rt.Codec[AudioProducerCumulative | None] = _rt.nullable(
    _rt.model("audio_producer_cumulative", "AudioProducerCumulative")
)
_c_4: _rt.Codec[list[AudioConsumerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_consumer_item", "AudioConsumerItem"))
)
_c_5: _rt.Codec[AudioConsumerCumulative | None] = _rt.nullable(
    _rt.model("audio_consumer_cumulative", "AudioConsumerCumulative")
)
_c_6: _rt.Codec[list[AudioProducerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("audio_producer_item", "AudioProducerItem"))
)
_c_7: _rt.Codec[AudioProducerCumulative | None] = _rt.nullable(
    _rt.model("audio_producer_cumulative", "AudioProducerCumulative")
)
_c_8: _rt.Codec[list[ScreenshareVideoConsumerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("screenshare_video_consumer_item", "ScreenshareVideoConsumerItem"))
)
_c_9: _rt.Codec[ScreenshareVideoConsumerCumulative | None] = _rt.nullable(
    _rt.model("screenshare_video_consumer_cumulative", "ScreenshareVideoConsumerCumulative")
)
_c_10: _rt.Codec[list[ScreenshareVideoProducerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("screenshare_video_producer_item", "ScreenshareVideoProducerItem"))
)
_c_11: _rt.Codec[ScreenshareVideoProducerCumulative | None] = _rt.nullable(
    _rt.model("screenshare_video_producer_cumulative", "ScreenshareVideoProducerCumulative")
)
_c_12: _rt.Codec[list[ScreenshareVideoConsumerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("screenshare_video_consumer_item", "ScreenshareVideoConsumerItem"))
)
_c_13: _rt.Codec[ScreenshareVideoConsumerCumulative | None] = _rt.nullable(
    _rt.model("screenshare_video_consumer_cumulative", "ScreenshareVideoConsumerCumulative")
)
_c_14: _rt.Codec[list[ScreenshareVideoProducerItem] | None] = _rt.nullable(
    _rt.list_of(_rt.model("screenshare_video_producer_item", "ScreenshareVideoProducerItem"))
)
_c_15: _rt.Codec[ScreenshareVideoProducerCumulative | None] = _rt.nullable(
    _rt.model("screenshare_video_producer_cumulative", "ScreenshareVideoProducerCumulative")
)


class Quality(_rt.Model):
    """Media quality statistics for the participant.

    Attributes:
        audio_consumer (list[AudioConsumerItem] | None):
        audio_consumer_cumulative (AudioConsumerCumulative | None): Aggregated inbound (consumer) audio statistics for the session.
        audio_producer (list[AudioProducerItem] | None):
        audio_producer_cumulative (AudioProducerCumulative | None): Aggregated outbound (producer) audio statistics for the session.
        screenshare_audio_consumer (list[AudioConsumerItem] | None):
        screenshare_audio_consumer_cumulative (AudioConsumerCumulative | None): Aggregated inbound (consumer) audio statistics for the session.
        screenshare_audio_producer (list[AudioProducerItem] | None):
        screenshare_audio_producer_cumulative (AudioProducerCumulative | None): Aggregated outbound (producer) audio statistics for the session.
        screenshare_video_consumer (list[ScreenshareVideoConsumerItem] | None):
        screenshare_video_consumer_cumulative (ScreenshareVideoConsumerCumulative | None): Aggregated inbound (consumer) video statistics for the session.
        screenshare_video_producer (list[ScreenshareVideoProducerItem] | None):
        screenshare_video_producer_cumulative (ScreenshareVideoProducerCumulative | None): Aggregated outbound (producer) video statistics for the session.
        video_consumer (list[ScreenshareVideoConsumerItem] | None):
        video_consumer_cumulative (ScreenshareVideoConsumerCumulative | None): Aggregated inbound (consumer) video statistics for the session.
        video_producer (list[ScreenshareVideoProducerItem] | None):
        video_producer_cumulative (ScreenshareVideoProducerCumulative | None): Aggregated outbound (producer) video statistics for the session.
    """

    __slots__ = ()
    _fields = {
        "audio_consumer": (_c_0, False),
        "audio_consumer_cumulative": (_c_1, False),
        "audio_producer": (_c_2, False),
        "audio_producer_cumulative": (_c_3, False),
        "screenshare_audio_consumer": (_c_4, False),
        "screenshare_audio_consumer_cumulative": (_c_5, False),
        "screenshare_audio_producer": (_c_6, False),
        "screenshare_audio_producer_cumulative": (_c_7, False),
        "screenshare_video_consumer": (_c_8, False),
        "screenshare_video_consumer_cumulative": (_c_9, False),
        "screenshare_video_producer": (_c_10, False),
        "screenshare_video_producer_cumulative": (_c_11, False),
        "video_consumer": (_c_12, False),
        "video_consumer_cumulative": (_c_13, False),
        "video_producer": (_c_14, False),
        "video_producer_cumulative": (_c_15, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        audio_consumer: list[AudioConsumerItem] | None | Unset = UNSET,
        audio_consumer_cumulative: AudioConsumerCumulative | None | Unset = UNSET,
        audio_producer: list[AudioProducerItem] | None | Unset = UNSET,
        audio_producer_cumulative: AudioProducerCumulative | None | Unset = UNSET,
        screenshare_audio_consumer: list[AudioConsumerItem] | None | Unset = UNSET,
        screenshare_audio_consumer_cumulative: AudioConsumerCumulative | None | Unset = UNSET,
        screenshare_audio_producer: list[AudioProducerItem] | None | Unset = UNSET,
        screenshare_audio_producer_cumulative: AudioProducerCumulative | None | Unset = UNSET,
        screenshare_video_consumer: list[ScreenshareVideoConsumerItem] | None | Unset = UNSET,
        screenshare_video_consumer_cumulative: ScreenshareVideoConsumerCumulative | None | Unset = UNSET,
        screenshare_video_producer: list[ScreenshareVideoProducerItem] | None | Unset = UNSET,
        screenshare_video_producer_cumulative: ScreenshareVideoProducerCumulative | None | Unset = UNSET,
        video_consumer: list[ScreenshareVideoConsumerItem] | None | Unset = UNSET,
        video_consumer_cumulative: ScreenshareVideoConsumerCumulative | None | Unset = UNSET,
        video_producer: list[ScreenshareVideoProducerItem] | None | Unset = UNSET,
        video_producer_cumulative: ScreenshareVideoProducerCumulative | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(audio_consumer, Unset):
            self._write("audio_consumer", audio_consumer)
        if not isinstance(audio_consumer_cumulative, Unset):
            self._write("audio_consumer_cumulative", audio_consumer_cumulative)
        if not isinstance(audio_producer, Unset):
            self._write("audio_producer", audio_producer)
        if not isinstance(audio_producer_cumulative, Unset):
            self._write("audio_producer_cumulative", audio_producer_cumulative)
        if not isinstance(screenshare_audio_consumer, Unset):
            self._write("screenshare_audio_consumer", screenshare_audio_consumer)
        if not isinstance(screenshare_audio_consumer_cumulative, Unset):
            self._write("screenshare_audio_consumer_cumulative", screenshare_audio_consumer_cumulative)
        if not isinstance(screenshare_audio_producer, Unset):
            self._write("screenshare_audio_producer", screenshare_audio_producer)
        if not isinstance(screenshare_audio_producer_cumulative, Unset):
            self._write("screenshare_audio_producer_cumulative", screenshare_audio_producer_cumulative)
        if not isinstance(screenshare_video_consumer, Unset):
            self._write("screenshare_video_consumer", screenshare_video_consumer)
        if not isinstance(screenshare_video_consumer_cumulative, Unset):
            self._write("screenshare_video_consumer_cumulative", screenshare_video_consumer_cumulative)
        if not isinstance(screenshare_video_producer, Unset):
            self._write("screenshare_video_producer", screenshare_video_producer)
        if not isinstance(screenshare_video_producer_cumulative, Unset):
            self._write("screenshare_video_producer_cumulative", screenshare_video_producer_cumulative)
        if not isinstance(video_consumer, Unset):
            self._write("video_consumer", video_consumer)
        if not isinstance(video_consumer_cumulative, Unset):
            self._write("video_consumer_cumulative", video_consumer_cumulative)
        if not isinstance(video_producer, Unset):
            self._write("video_producer", video_producer)
        if not isinstance(video_producer_cumulative, Unset):
            self._write("video_producer_cumulative", video_producer_cumulative)

    @property
    def audio_consumer(self) -> list[AudioConsumerItem] | None:

        return self._opt("audio_consumer", _c_0)

    @audio_consumer.setter
    def audio_consumer(self, value: list[AudioConsumerItem] | None) -> None:
        self._write("audio_consumer", value)

    @property
    def audio_consumer_cumulative(self) -> AudioConsumerCumulative | None:
        """Aggregated inbound (consumer) audio statistics for the session."""

        return self._opt("audio_consumer_cumulative", _c_1)

    @audio_consumer_cumulative.setter
    def audio_consumer_cumulative(self, value: AudioConsumerCumulative | None) -> None:
        self._write("audio_consumer_cumulative", value)

    @property
    def audio_producer(self) -> list[AudioProducerItem] | None:

        return self._opt("audio_producer", _c_2)

    @audio_producer.setter
    def audio_producer(self, value: list[AudioProducerItem] | None) -> None:
        self._write("audio_producer", value)

    @property
    def audio_producer_cumulative(self) -> AudioProducerCumulative | None:
        """Aggregated outbound (producer) audio statistics for the session."""

        return self._opt("audio_producer_cumulative", _c_3)

    @audio_producer_cumulative.setter
    def audio_producer_cumulative(self, value: AudioProducerCumulative | None) -> None:
        self._write("audio_producer_cumulative", value)

    @property
    def screenshare_audio_consumer(self) -> list[AudioConsumerItem] | None:

        return self._opt("screenshare_audio_consumer", _c_4)

    @screenshare_audio_consumer.setter
    def screenshare_audio_consumer(self, value: list[AudioConsumerItem] | None) -> None:
        self._write("screenshare_audio_consumer", value)

    @property
    def screenshare_audio_consumer_cumulative(self) -> AudioConsumerCumulative | None:
        """Aggregated inbound (consumer) audio statistics for the session."""

        return self._opt("screenshare_audio_consumer_cumulative", _c_5)

    @screenshare_audio_consumer_cumulative.setter
    def screenshare_audio_consumer_cumulative(self, value: AudioConsumerCumulative | None) -> None:
        self._write("screenshare_audio_consumer_cumulative", value)

    @property
    def screenshare_audio_producer(self) -> list[AudioProducerItem] | None:

        return self._opt("screenshare_audio_producer", _c_6)

    @screenshare_audio_producer.setter
    def screenshare_audio_producer(self, value: list[AudioProducerItem] | None) -> None:
        self._write("screenshare_audio_producer", value)

    @property
    def screenshare_audio_producer_cumulative(self) -> AudioProducerCumulative | None:
        """Aggregated outbound (producer) audio statistics for the session."""

        return self._opt("screenshare_audio_producer_cumulative", _c_7)

    @screenshare_audio_producer_cumulative.setter
    def screenshare_audio_producer_cumulative(self, value: AudioProducerCumulative | None) -> None:
        self._write("screenshare_audio_producer_cumulative", value)

    @property
    def screenshare_video_consumer(self) -> list[ScreenshareVideoConsumerItem] | None:

        return self._opt("screenshare_video_consumer", _c_8)

    @screenshare_video_consumer.setter
    def screenshare_video_consumer(self, value: list[ScreenshareVideoConsumerItem] | None) -> None:
        self._write("screenshare_video_consumer", value)

    @property
    def screenshare_video_consumer_cumulative(self) -> ScreenshareVideoConsumerCumulative | None:
        """Aggregated inbound (consumer) video statistics for the session."""

        return self._opt("screenshare_video_consumer_cumulative", _c_9)

    @screenshare_video_consumer_cumulative.setter
    def screenshare_video_consumer_cumulative(self, value: ScreenshareVideoConsumerCumulative | None) -> None:
        self._write("screenshare_video_consumer_cumulative", value)

    @property
    def screenshare_video_producer(self) -> list[ScreenshareVideoProducerItem] | None:

        return self._opt("screenshare_video_producer", _c_10)

    @screenshare_video_producer.setter
    def screenshare_video_producer(self, value: list[ScreenshareVideoProducerItem] | None) -> None:
        self._write("screenshare_video_producer", value)

    @property
    def screenshare_video_producer_cumulative(self) -> ScreenshareVideoProducerCumulative | None:
        """Aggregated outbound (producer) video statistics for the session."""

        return self._opt("screenshare_video_producer_cumulative", _c_11)

    @screenshare_video_producer_cumulative.setter
    def screenshare_video_producer_cumulative(self, value: ScreenshareVideoProducerCumulative | None) -> None:
        self._write("screenshare_video_producer_cumulative", value)

    @property
    def video_consumer(self) -> list[ScreenshareVideoConsumerItem] | None:

        return self._opt("video_consumer", _c_12)

    @video_consumer.setter
    def video_consumer(self, value: list[ScreenshareVideoConsumerItem] | None) -> None:
        self._write("video_consumer", value)

    @property
    def video_consumer_cumulative(self) -> ScreenshareVideoConsumerCumulative | None:
        """Aggregated inbound (consumer) video statistics for the session."""

        return self._opt("video_consumer_cumulative", _c_13)

    @video_consumer_cumulative.setter
    def video_consumer_cumulative(self, value: ScreenshareVideoConsumerCumulative | None) -> None:
        self._write("video_consumer_cumulative", value)

    @property
    def video_producer(self) -> list[ScreenshareVideoProducerItem] | None:

        return self._opt("video_producer", _c_14)

    @video_producer.setter
    def video_producer(self, value: list[ScreenshareVideoProducerItem] | None) -> None:
        self._write("video_producer", value)

    @property
    def video_producer_cumulative(self) -> ScreenshareVideoProducerCumulative | None:
        """Aggregated outbound (producer) video statistics for the session."""

        return self._opt("video_producer_cumulative", _c_15)

    @video_producer_cumulative.setter
    def video_producer_cumulative(self, value: ScreenshareVideoProducerCumulative | None) -> None:
        self._write("video_producer_cumulative", value)
