from typing import Literal

ScreenshareVideoProducerItemQualityLimitationReason = Literal["bandwidth", "cpu", "none", "other"]

SCREENSHARE_VIDEO_PRODUCER_ITEM_QUALITY_LIMITATION_REASON_VALUES: set[
    ScreenshareVideoProducerItemQualityLimitationReason
] = {
    "bandwidth",
    "cpu",
    "none",
    "other",
}


def check_screenshare_video_producer_item_quality_limitation_reason(
    value: str,
) -> ScreenshareVideoProducerItemQualityLimitationReason:
    if value in SCREENSHARE_VIDEO_PRODUCER_ITEM_QUALITY_LIMITATION_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCREENSHARE_VIDEO_PRODUCER_ITEM_QUALITY_LIMITATION_REASON_VALUES!r}"
    )
