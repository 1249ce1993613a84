from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summarization_params import SummarizationParams
    from ..models.transcription_params import TranscriptionParams


_c_0: _rt.Codec[SummarizationParams] = _rt.model("summarization_params", "SummarizationParams")
_c_1: _rt.Codec[TranscriptionParams] = _rt.model("transcription_params", "TranscriptionParams")


class AiConfigParams(_rt.Model):
    """The AI Config allows you to customize the behavior of meeting transcriptions and
    summaries

        Attributes:
            summarization (SummarizationParams | None): Summary Config
            transcription (TranscriptionParams | None): Transcription Configurations
    """

    __slots__ = ()
    _fields = {
        "summarization": (_c_0, False),
        "transcription": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        summarization: SummarizationParams | Unset = UNSET,
        transcription: TranscriptionParams | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(summarization, Unset):
            self._write("summarization", summarization)
        if not isinstance(transcription, Unset):
            self._write("transcription", transcription)

    @property
    def summarization(self) -> SummarizationParams | None:
        """Summary Config"""

        return self._opt("summarization", _c_0)

    @summarization.setter
    def summarization(self, value: SummarizationParams) -> None:
        self._write("summarization", value)

    @property
    def transcription(self) -> TranscriptionParams | None:
        """Transcription Configurations"""

        return self._opt("transcription", _c_1)

    @transcription.setter
    def transcription(self, value: TranscriptionParams) -> None:
        self._write("transcription", value)
