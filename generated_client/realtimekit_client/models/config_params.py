from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.config_view_type import ConfigViewType, check_config_view_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.max_video_streams import MaxVideoStreams
    from ..models.media_params import MediaParams


_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[MaxVideoStreams] = _rt.model("max_video_streams", "MaxVideoStreams")
_c_2: _rt.Codec[MediaParams] = _rt.model("media_params", "MediaParams")
_c_3: _rt.Codec[ConfigViewType] = _rt.checked(check_config_view_type, "AUDIO_ROOM, GROUP_CALL, LIVESTREAM, WEBINAR")
_c_4: _rt.Codec[list[int] | None] = _rt.nullable(_rt.list_of(_rt.INT))


class ConfigParams(_rt.Model):
    """
    Attributes:
        max_screenshare_count (float): Promised by the API. Maximum number of screen shares that can be active at a given time
        max_video_streams (MaxVideoStreams): Promised by the API. Maximum number of streams that are visible on a device
        media (MediaParams): Promised by the API. Media configuration options. eg: Video quality
        view_type (ConfigViewType): Promised by the API. Type of the meeting
        livestream_viewer_qualities (list[int] | None): Livestream viewer quality levels.
    """

    __slots__ = ()
    _fields = {
        "max_screenshare_count": (_c_0, True),
        "max_video_streams": (_c_1, True),
        "media": (_c_2, True),
        "view_type": (_c_3, True),
        "livestream_viewer_qualities": (_c_4, False),
    }
    _required = frozenset(
        {
            "max_screenshare_count",
            "max_video_streams",
            "media",
            "view_type",
        }
    )

    def __init__(
        self,
        *,
        max_screenshare_count: float,
        max_video_streams: MaxVideoStreams,
        media: MediaParams,
        view_type: ConfigViewType,
        livestream_viewer_qualities: list[int] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("max_screenshare_count", max_screenshare_count)
        self._write("max_video_streams", max_video_streams)
        self._write("media", media)
        self._write("view_type", view_type)
        if not isinstance(livestream_viewer_qualities, Unset):
            self._write("livestream_viewer_qualities", livestream_viewer_qualities)

    @property
    def max_screenshare_count(self) -> float:
        """Maximum number of screen shares that can be active at a given time"""

        return self._req("max_screenshare_count", _c_0)

    @max_screenshare_count.setter
    def max_screenshare_count(self, value: float) -> None:
        self._write("max_screenshare_count", value)

    @property
    def max_video_streams(self) -> MaxVideoStreams:
        """Maximum number of streams that are visible on a device"""

        return self._req("max_video_streams", _c_1)

    @max_video_streams.setter
    def max_video_streams(self, value: MaxVideoStreams) -> None:
        self._write("max_video_streams", value)

    @property
    def media(self) -> MediaParams:
        """Media configuration options. eg: Video quality"""

        return self._req("media", _c_2)

    @media.setter
    def media(self, value: MediaParams) -> None:
        self._write("media", value)

    @property
    def view_type(self) -> ConfigViewType:
        """Type of the meeting"""

        return self._req("view_type", _c_3)

    @view_type.setter
    def view_type(self, value: ConfigViewType) -> None:
        self._write("view_type", value)

    @property
    def livestream_viewer_qualities(self) -> list[int] | None:
        """Livestream viewer quality levels."""

        return self._opt("livestream_viewer_qualities", _c_4)

    @livestream_viewer_qualities.setter
    def livestream_viewer_qualities(self, value: list[int] | None) -> None:
        self._write("livestream_viewer_qualities", value)
