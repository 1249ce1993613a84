from typing import Literal

SummarizationSummaryType = Literal[
    "client_check_in",
    "code_review",
    "daily_standup",
    "general",
    "interview",
    "lecture",
    "one_on_one_meeting",
    "sales_call",
    "team_meeting",
]

SUMMARIZATION_SUMMARY_TYPE_VALUES: set[SummarizationSummaryType] = {
    "client_check_in",
    "code_review",
    "daily_standup",
    "general",
    "interview",
    "lecture",
    "one_on_one_meeting",
    "sales_call",
    "team_meeting",
}


def check_summarization_summary_type(value: str) -> SummarizationSummaryType:
    if value in SUMMARIZATION_SUMMARY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUMMARIZATION_SUMMARY_TYPE_VALUES!r}")
