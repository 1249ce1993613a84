from typing import Literal

SummarizationTextFormat = Literal["markdown", "plain_text"]

SUMMARIZATION_TEXT_FORMAT_VALUES: set[SummarizationTextFormat] = {
    "markdown",
    "plain_text",
}


def check_summarization_text_format(value: str) -> SummarizationTextFormat:
    if value in SUMMARIZATION_TEXT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUMMARIZATION_TEXT_FORMAT_VALUES!r}")
