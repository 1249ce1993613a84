from typing import Literal

TranscriptionLanguage = Literal["de", "el", "en-IN", "en-US", "fr", "hi", "nl", "pl", "ru", "sv"]

TRANSCRIPTION_LANGUAGE_VALUES: set[TranscriptionLanguage] = {
    "de",
    "el",
    "en-IN",
    "en-US",
    "fr",
    "hi",
    "nl",
    "pl",
    "ru",
    "sv",
}


def check_transcription_language(value: str) -> TranscriptionLanguage:
    if value in TRANSCRIPTION_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_LANGUAGE_VALUES!r}")
