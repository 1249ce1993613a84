from __future__ import annotations

from .. import model_base as _rt
from ..models.summarization_summary_type import SummarizationSummaryType, check_summarization_summary_type
from ..models.summarization_text_format import SummarizationTextFormat, check_summarization_text_format
from ..types import UNSET, Unset

_c_0: _rt.Codec[SummarizationSummaryType] = _rt.checked(
    check_summarization_summary_type,
    "client_check_in, code_review, daily_standup, general, interview, lecture, one_on_one_meeting, sales_call, team_meeting",
)
_c_1: _rt.Codec[SummarizationTextFormat] = _rt.checked(check_summarization_text_format, "markdown, plain_text")
_c_2: _rt.Codec[int] = _rt.INT


class SummarizationParams(_rt.Model):
    """Summary Config

    Attributes:
        summary_type (SummarizationSummaryType | None): Defines the style of the summary, such as general, team meeting, or sales call.
        text_format (SummarizationTextFormat | None): Determines the text format of the summary, such as plain text or markdown.
        word_limit (int | None): Sets the maximum number of words in the meeting summary.
    """

    __slots__ = ()
    _fields = {
        "summary_type": (_c_0, False),
        "text_format": (_c_1, False),
        "word_limit": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        summary_type: SummarizationSummaryType | Unset = UNSET,
        text_format: SummarizationTextFormat | Unset = UNSET,
        word_limit: int | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(summary_type, Unset):
            self._write("summary_type", summary_type)
        if not isinstance(text_format, Unset):
            self._write("text_format", text_format)
        if not isinstance(word_limit, Unset):
            self._write("word_limit", word_limit)

    @property
    def summary_type(self) -> SummarizationSummaryType | None:
        """Defines the style of the summary, such as general, team meeting, or sales call."""

        return self._opt("summary_type", _c_0)

    @summary_type.setter
    def summary_type(self, value: SummarizationSummaryType) -> None:
        self._write("summary_type", value)

    @property
    def text_format(self) -> SummarizationTextFormat | None:
        """Determines the text format of the summary, such as plain text or markdown."""

        return self._opt("text_format", _c_1)

    @text_format.setter
    def text_format(self, value: SummarizationTextFormat) -> None:
        self._write("text_format", value)

    @property
    def word_limit(self) -> int | None:
        """Sets the maximum number of words in the meeting summary."""

        return self._opt("word_limit", _c_2)

    @word_limit.setter
    def word_limit(self, value: int) -> None:
        self._write("word_limit", value)
