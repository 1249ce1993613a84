from __future__ import annotations

from .. import model_base as _rt
from ..models.transcription_language import TranscriptionLanguage, check_transcription_language
from ..types import UNSET, Unset

_c_0: _rt.Codec[list[str]] = _rt.list_of(_rt.STR)
_c_1: _rt.Codec[TranscriptionLanguage] = _rt.checked(
    check_transcription_language, "de, el, en-IN, en-US, fr, hi, nl, pl, ru, sv"
)
_c_2: _rt.Codec[bool] = _rt.BOOL


class TranscriptionParams(_rt.Model):
    """Transcription Configurations

    Attributes:
        keywords (list[str] | None): Adds specific terms to improve accurate detection during transcription.
        language (TranscriptionLanguage | None): Specifies the language code for transcription to ensure accurate results.
        profanity_filter (bool | None): Control the inclusion of offensive language in transcriptions.
    """

    __slots__ = ()
    _fields = {
        "keywords": (_c_0, False),
        "language": (_c_1, False),
        "profanity_filter": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        keywords: list[str] | Unset = UNSET,
        language: TranscriptionLanguage | Unset = UNSET,
        profanity_filter: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(keywords, Unset):
            self._write("keywords", keywords)
        if not isinstance(language, Unset):
            self._write("language", language)
        if not isinstance(profanity_filter, Unset):
            self._write("profanity_filter", profanity_filter)

    @property
    def keywords(self) -> list[str] | None:
        """Adds specific terms to improve accurate detection during transcription."""

        return self._opt("keywords", _c_0)

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        self._write("keywords", value)

    @property
    def language(self) -> TranscriptionLanguage | None:
        """Specifies the language code for transcription to ensure accurate results."""

        return self._opt("language", _c_1)

    @language.setter
    def language(self, value: TranscriptionLanguage) -> None:
        self._write("language", value)

    @property
    def profanity_filter(self) -> bool | None:
        """Control the inclusion of offensive language in transcriptions."""

        return self._opt("profanity_filter", _c_2)

    @profanity_filter.setter
    def profanity_filter(self, value: bool) -> None:
        self._write("profanity_filter", value)
