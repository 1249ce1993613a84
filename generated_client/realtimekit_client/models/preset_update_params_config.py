from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.config_view_type import ConfigViewType, check_config_view_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.max_video_streams_params import MaxVideoStreamsParams
    from ..models.preset_update_params_config_media import PresetUpdateParamsConfigMedia


_c_0: _rt.Codec[list[int] | None] = _rt.nullable(_rt.list_of(_rt.INT))
_c_1: _rt.Codec[float] = _rt.FLOAT
_c_2: _rt.Codec[MaxVideoStreamsParams] = _rt.model("max_video_streams_params", "MaxVideoStreamsParams")
_c_3: _rt.Codec[PresetUpdateParamsConfigMedia] = _rt.model(
    "preset_update_params_config_media", "PresetUpdateParamsConfigMedia"
)
_c_4: _rt.Codec[ConfigViewType] = _rt.checked(check_config_view_type, "AUDIO_ROOM, GROUP_CALL, LIVESTREAM, WEBINAR")


class PresetUpdateParamsConfig(_rt.Model):
    """
    Attributes:
        livestream_viewer_qualities (list[int] | None): Livestream viewer quality levels.
        max_screenshare_count (float | None): Maximum number of screen shares that can be active at a given time
        max_video_streams (MaxVideoStreamsParams | None): Maximum number of streams that are visible on a device
        media (PresetUpdateParamsConfigMedia | None): Media configuration options. eg: Video quality
        view_type (ConfigViewType | None): Type of the meeting
    """

    __slots__ = ()
    _fields = {
        "livestream_viewer_qualities": (_c_0, False),
        "max_screenshare_count": (_c_1, False),
        "max_video_streams": (_c_2, False),
        "media": (_c_3, False),
        "view_type": (_c_4, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        livestream_viewer_qualities: list[int] | None | Unset = UNSET,
        max_screenshare_count: float | Unset = UNSET,
        max_video_streams: MaxVideoStreamsParams | Unset = UNSET,
        media: PresetUpdateParamsConfigMedia | Unset = UNSET,
        view_type: ConfigViewType | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(livestream_viewer_qualities, Unset):
            self._write("livestream_viewer_qualities", livestream_viewer_qualities)
        if not isinstance(max_screenshare_count, Unset):
            self._write("max_screenshare_count", max_screenshare_count)
        if not isinstance(max_video_streams, Unset):
            self._write("max_video_streams", max_video_streams)
        if not isinstance(media, Unset):
            self._write("media", media)
        if not isinstance(view_type, Unset):
            self._write("view_type", view_type)

    @property
    def livestream_viewer_qualities(self) -> list[int] | None:
        """Livestream viewer quality levels."""

        return self._opt("livestream_viewer_qualities", _c_0)

    @livestream_viewer_qualities.setter
    def livestream_viewer_qualities(self, value: list[int] | None) -> None:
        self._write("livestream_viewer_qualities", value)

    @property
    def max_screenshare_count(self) -> float | None:
        """Maximum number of screen shares that can be active at a given time"""

        return self._opt("max_screenshare_count", _c_1)

    @max_screenshare_count.setter
    def max_screenshare_count(self, value: float) -> None:
        self._write("max_screenshare_count", value)

    @property
    def max_video_streams(self) -> MaxVideoStreamsParams | None:
        """Maximum number of streams that are visible on a device"""

        return self._opt("max_video_streams", _c_2)

    @max_video_streams.setter
    def max_video_streams(self, value: MaxVideoStreamsParams) -> None:
        self._write("max_video_streams", value)

    @property
    def media(self) -> PresetUpdateParamsConfigMedia | None:
        """Media configuration options. eg: Video quality"""

        return self._opt("media", _c_3)

    @media.setter
    def media(self, value: PresetUpdateParamsConfigMedia) -> None:
        self._write("media", value)

    @property
    def view_type(self) -> ConfigViewType | None:
        """Type of the meeting"""

        return self._opt("view_type", _c_4)

    @view_type.setter
    def view_type(self, value: ConfigViewType) -> None:
        self._write("view_type", value)
