from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summarization import Summarization
    from ..models.transcription import Transcription


_c_0: _rt.Codec[Summarization | None] = _rt.nullable(_rt.model("summarization", "Summarization"))
_c_1: _rt.Codec[Transcription | None] = _rt.nullable(_rt.model("transcription", "Transcription"))


class AiConfig(_rt.Model):
    """The AI Config allows you to customize the behavior of meeting transcriptions and
    summaries

        Attributes:
            summarization (Summarization | None): Summary Config
            transcription (Transcription | None): Transcription Configurations
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
        summarization: Summarization | None | Unset = UNSET,
        transcription: Transcription | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(summarization, Unset):
            self._write("summarization", summarization)
        if not isinstance(transcription, Unset):
            self._write("transcription", transcription)

    @property
    def summarization(self) -> Summarization | None:
        """Summary Config"""

        return self._opt("summarization", _c_0)

    @summarization.setter
    def summarization(self, value: Summarization | None) -> None:
        self._write("summarization", value)

    @property
    def transcription(self) -> Transcription | None:
        """Transcription Configurations"""

        return self._opt("transcription", _c_1)

    @transcription.setter
    def transcription(self, value: Transcription | None) -> None:
        self._write("transcription", value)
