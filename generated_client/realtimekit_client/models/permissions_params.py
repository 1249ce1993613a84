from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.permissions_media_audio_can_produce import (
    PermissionsMediaAudioCanProduce,
    check_permissions_media_audio_can_produce,
)
from ..models.permissions_recorder_type import PermissionsRecorderType, check_permissions_recorder_type
from ..models.permissions_waiting_room_type import PermissionsWaitingRoomType, check_permissions_waiting_room_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat import Chat
    from ..models.connected_meetings import ConnectedMeetings
    from ..models.permissions_media import PermissionsMedia
    from ..models.plugins_params import PluginsParams
    from ..models.polls import Polls


_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[bool] = _rt.BOOL
_c_4: _rt.Codec[bool] = _rt.BOOL
_c_5: _rt.Codec[bool] = _rt.BOOL
_c_6: _rt.Codec[bool] = _rt.BOOL
_c_7: _rt.Codec[Chat] = _rt.model("chat", "Chat")
_c_8: _rt.Codec[ConnectedMeetings] = _rt.model("connected_meetings", "ConnectedMeetings")
_c_9: _rt.Codec[bool] = _rt.BOOL
_c_10: _rt.Codec[bool] = _rt.BOOL
_c_11: _rt.Codec[bool] = _rt.BOOL
_c_12: _rt.Codec[bool] = _rt.BOOL
_c_13: _rt.Codec[bool] = _rt.BOOL
_c_14: _rt.Codec[PermissionsMedia] = _rt.model("permissions_media", "PermissionsMedia")
_c_15: _rt.Codec[bool] = _rt.BOOL
_c_16: _rt.Codec[PluginsParams] = _rt.model("plugins_params", "PluginsParams")
_c_17: _rt.Codec[Polls] = _rt.model("polls", "Polls")
_c_18: _rt.Codec[PermissionsRecorderType] = _rt.checked(check_permissions_recorder_type, "LIVESTREAMER, NONE, RECORDER")
_c_19: _rt.Codec[bool] = _rt.BOOL
_c_20: _rt.Codec[PermissionsWaitingRoomType] = _rt.checked(
    check_permissions_waiting_room_type, "ON_PRIVILEGED_USER_ENTRY, SKIP, SKIP_ON_ACCEPT"
)
_c_21: _rt.Codec[bool] = _rt.BOOL
_c_22: _rt.Codec[bool] = _rt.BOOL
_c_23: _rt.Codec[PermissionsMediaAudioCanProduce] = _rt.checked(
    check_permissions_media_audio_can_produce, "ALLOWED, CAN_REQUEST, NOT_ALLOWED"
)
_c_24: _rt.Codec[bool] = _rt.BOOL
_c_25: _rt.Codec[bool] = _rt.BOOL


class PermissionsParams(_rt.Model):
    """
    Attributes:
        accept_waiting_requests (bool): Promised by the API. Whether this participant can accept waiting requests
        can_accept_production_requests (bool): Promised by the API.
        can_change_participant_permissions (bool): Promised by the API.
        can_edit_display_name (bool): Promised by the API.
        can_livestream (bool): Promised by the API.
        can_record (bool): Promised by the API.
        can_spotlight (bool): Promised by the API.
        chat (Chat): Promised by the API.
        connected_meetings (ConnectedMeetings): Promised by the API.
        disable_participant_audio (bool): Promised by the API.
        disable_participant_screensharing (bool): Promised by the API.
        disable_participant_video (bool): Promised by the API.
        hidden_participant (bool): Promised by the API. Whether this participant is visible to others or not
        kick_participant (bool): Promised by the API.
        media (PermissionsMedia): Promised by the API. Media permissions
        pin_participant (bool): Promised by the API.
        plugins (PluginsParams): Promised by the API. Plugin permissions
        polls (Polls): Promised by the API. Poll permissions
        recorder_type (PermissionsRecorderType): Promised by the API. Type of the recording peer
        show_participant_list (bool): Promised by the API.
        waiting_room_type (PermissionsWaitingRoomType): Promised by the API. Waiting room type
        accept_stage_requests (bool | None):
        is_recorder (bool | None):
        stage_access (PermissionsMediaAudioCanProduce | None): Can produce audio
        stage_enabled (bool | None):
        transcription_enabled (bool | None):
    """

    __slots__ = ()
    _fields = {
        "accept_waiting_requests": (_c_0, True),
        "can_accept_production_requests": (_c_1, True),
        "can_change_participant_permissions": (_c_2, True),
        "can_edit_display_name": (_c_3, True),
        "can_livestream": (_c_4, True),
        "can_record": (_c_5, True),
        "can_spotlight": (_c_6, True),
        "chat": (_c_7, True),
        "connected_meetings": (_c_8, True),
        "disable_participant_audio": (_c_9, True),
        "disable_participant_screensharing": (_c_10, True),
        "disable_participant_video": (_c_11, True),
        "hidden_participant": (_c_12, True),
        "kick_participant": (_c_13, True),
        "media": (_c_14, True),
        "pin_participant": (_c_15, True),
        "plugins": (_c_16, True),
        "polls": (_c_17, True),
        "recorder_type": (_c_18, True),
        "show_participant_list": (_c_19, True),
        "waiting_room_type": (_c_20, True),
        "accept_stage_requests": (_c_21, False),
        "is_recorder": (_c_22, False),
        "stage_access": (_c_23, False),
        "stage_enabled": (_c_24, False),
        "transcription_enabled": (_c_25, False),
    }
    _required = frozenset(
        {
            "accept_waiting_requests",
            "can_accept_production_requests",
            "can_change_participant_permissions",
            "can_edit_display_name",
            "can_livestream",
            "can_record",
            "can_spotlight",
            "chat",
            "connected_meetings",
            "disable_participant_audio",
            "disable_participant_screensharing",
            "disable_participant_video",
            "hidden_participant",
            "kick_participant",
            "media",
            "pin_participant",
            "plugins",
            "polls",
            "recorder_type",
            "show_participant_list",
            "waiting_room_type",
        }
    )

    def __init__(
        self,
        *,
        accept_waiting_requests: bool,
        can_accept_production_requests: bool,
        can_change_participant_permissions: bool,
        can_edit_display_name: bool,
        can_livestream: bool,
        can_record: bool,
        can_spotlight: bool,
        chat: Chat,
        connected_meetings: ConnectedMeetings,
        disable_participant_audio: bool,
        disable_participant_screensharing: bool,
        disable_participant_video: bool,
        hidden_participant: bool,
        kick_participant: bool,
        media: PermissionsMedia,
        pin_participant: bool,
        plugins: PluginsParams,
        polls: Polls,
        recorder_type: PermissionsRecorderType,
        show_participant_list: bool,
        waiting_room_type: PermissionsWaitingRoomType,
        accept_stage_requests: bool | Unset = UNSET,
        is_recorder: bool | Unset = UNSET,
        stage_access: PermissionsMediaAudioCanProduce | Unset = UNSET,
        stage_enabled: bool | Unset = UNSET,
        transcription_enabled: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("accept_waiting_requests", accept_waiting_requests)
        self._write("can_accept_production_requests", can_accept_production_requests)
        self._write("can_change_participant_permissions", can_change_participant_permissions)
        self._write("can_edit_display_name", can_edit_display_name)
        self._write("can_livestream", can_livestream)
        self._write("can_record", can_record)
        self._write("can_spotlight", can_spotlight)
        self._write("chat", chat)
        self._write("connected_meetings", connected_meetings)
        self._write("disable_participant_audio", disable_participant_audio)
        self._write("disable_participant_screensharing", disable_participant_screensharing)
        self._write("disable_participant_video", disable_participant_video)
        self._write("hidden_participant", hidden_participant)
        self._write("kick_participant", kick_participant)
        self._write("media", media)
        self._write("pin_participant", pin_participant)
        self._write("plugins", plugins)
        self._write("polls", polls)
        self._write("recorder_type", recorder_type)
        self._write("show_participant_list", show_participant_list)
        self._write("waiting_room_type", waiting_room_type)
        if not isinstance(accept_stage_requests, Unset):
            self._write("accept_stage_requests", accept_stage_requests)
        if not isinstance(is_recorder, Unset):
            self._write("is_recorder", is_recorder)
        if not isinstance(stage_access, Unset):
            self._write("stage_access", stage_access)
        if not isinstance(stage_enabled, Unset):
            self._write("stage_enabled", stage_enabled)
        if not isinstance(transcription_enabled, Unset):
            self._write("transcription_enabled", transcription_enabled)

    @property
    def accept_waiting_requests(self) -> bool:
        """Whether this participant can accept waiting requests"""

        return self._req("accept_waiting_requests", _c_0)

    @accept_waiting_requests.setter
    def accept_waiting_requests(self, value: bool) -> None:
        self._write("accept_waiting_requests", value)

    @property
    def can_accept_production_requests(self) -> bool:

        return self._req("can_accept_production_requests", _c_1)

    @can_accept_production_requests.setter
    def can_accept_production_requests(self, value: bool) -> None:
        self._write("can_accept_production_requests", value)

    @property
    def can_change_participant_permissions(self) -> bool:

        return self._req("can_change_participant_permissions", _c_2)

    @can_change_participant_permissions.setter
    def can_change_participant_permissions(self, value: bool) -> None:
        self._write("can_change_participant_permissions", value)

    @property
    def can_edit_display_name(self) -> bool:

        return self._req("can_edit_display_name", _c_3)

    @can_edit_display_name.setter
    def can_edit_display_name(self, value: bool) -> None:
        self._write("can_edit_display_name", value)

    @property
    def can_livestream(self) -> bool:

        return self._req("can_livestream", _c_4)

    @can_livestream.setter
    def can_livestream(self, value: bool) -> None:
        self._write("can_livestream", value)

    @property
    def can_record(self) -> bool:

        return self._req("can_record", _c_5)

    @can_record.setter
    def can_record(self, value: bool) -> None:
        self._write("can_record", value)

    @property
    def can_spotlight(self) -> bool:

        return self._req("can_spotlight", _c_6)

    @can_spotlight.setter
    def can_spotlight(self, value: bool) -> None:
        self._write("can_spotlight", value)

    @property
    def chat(self) -> Chat:

        return self._req("chat", _c_7)

    @chat.setter
    def chat(self, value: Chat) -> None:
        self._write("chat", value)

    @property
    def connected_meetings(self) -> ConnectedMeetings:

        return self._req("connected_meetings", _c_8)

    @connected_meetings.setter
    def connected_meetings(self, value: ConnectedMeetings) -> None:
        self._write("connected_meetings", value)

    @property
    def disable_participant_audio(self) -> bool:

        return self._req("disable_participant_audio", _c_9)

    @disable_participant_audio.setter
    def disable_participant_audio(self, value: bool) -> None:
        self._write("disable_participant_audio", value)

    @property
    def disable_participant_screensharing(self) -> bool:

        return self._req("disable_participant_screensharing", _c_10)

    @disable_participant_screensharing.setter
    def disable_participant_screensharing(self, value: bool) -> None:
        self._write("disable_participant_screensharing", value)

    @property
    def disable_participant_video(self) -> bool:

        return self._req("disable_participant_video", _c_11)

    @disable_participant_video.setter
    def disable_participant_video(self, value: bool) -> None:
        self._write("disable_participant_video", value)

    @property
    def hidden_participant(self) -> bool:
        """Whether this participant is visible to others or not"""

        return self._req("hidden_participant", _c_12)

    @hidden_participant.setter
    def hidden_participant(self, value: bool) -> None:
        self._write("hidden_participant", value)

    @property
    def kick_participant(self) -> bool:

        return self._req("kick_participant", _c_13)

    @kick_participant.setter
    def kick_participant(self, value: bool) -> None:
        self._write("kick_participant", value)

    @property
    def media(self) -> PermissionsMedia:
        """Media permissions"""

        return self._req("media", _c_14)

    @media.setter
    def media(self, value: PermissionsMedia) -> None:
        self._write("media", value)

    @property
    def pin_participant(self) -> bool:

        return self._req("pin_participant", _c_15)

    @pin_participant.setter
    def pin_participant(self, value: bool) -> None:
        self._write("pin_participant", value)

    @property
    def plugins(self) -> PluginsParams:
        """Plugin permissions"""

        return self._req("plugins", _c_16)

    @plugins.setter
    def plugins(self, value: PluginsParams) -> None:
        self._write("plugins", value)

    @property
    def polls(self) -> Polls:
        """Poll permissions"""

        return self._req("polls", _c_17)

    @polls.setter
    def polls(self, value: Polls) -> None:
        self._write("polls", value)

    @property
    def recorder_type(self) -> PermissionsRecorderType:
        """Type of the recording peer"""

        return self._req("recorder_type", _c_18)

    @recorder_type.setter
    def recorder_type(self, value: PermissionsRecorderType) -> None:
        self._write("recorder_type", value)

    @property
    def show_participant_list(self) -> bool:

        return self._req("show_participant_list", _c_19)

    @show_participant_list.setter
    def show_participant_list(self, value: bool) -> None:
        self._write("show_participant_list", value)

    @property
    def waiting_room_type(self) -> PermissionsWaitingRoomType:
        """Waiting room type"""

        return self._req("waiting_room_type", _c_20)

    @waiting_room_type.setter
    def waiting_room_type(self, value: PermissionsWaitingRoomType) -> None:
        self._write("waiting_room_type", value)

    @property
    def accept_stage_requests(self) -> bool | None:

        return self._opt("accept_stage_requests", _c_21)

    @accept_stage_requests.setter
    def accept_stage_requests(self, value: bool) -> None:
        self._write("accept_stage_requests", value)

    @property
    def is_recorder(self) -> bool | None:

        return self._opt("is_recorder", _c_22)

    @is_recorder.setter
    def is_recorder(self, value: bool) -> None:
        self._write("is_recorder", value)

    @property
    def stage_access(self) -> PermissionsMediaAudioCanProduce | None:
        """Can produce audio"""

        return self._opt("stage_access", _c_23)

    @stage_access.setter
    def stage_access(self, value: PermissionsMediaAudioCanProduce) -> None:
        self._write("stage_access", value)

    @property
    def stage_enabled(self) -> bool | None:

        return self._opt("stage_enabled", _c_24)

    @stage_enabled.setter
    def stage_enabled(self, value: bool) -> None:
        self._write("stage_enabled", value)

    @property
    def transcription_enabled(self) -> bool | None:

        return self._opt("transcription_enabled", _c_25)

    @transcription_enabled.setter
    def transcription_enabled(self, value: bool) -> None:
        self._write("transcription_enabled", value)
