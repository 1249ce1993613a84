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
    from ..models.chat_params import ChatParams
    from ..models.connected_meetings_params import ConnectedMeetingsParams
    from ..models.polls_params import PollsParams
    from ..models.preset_update_params_permissions_media import PresetUpdateParamsPermissionsMedia
    from ..models.preset_update_params_permissions_plugins import PresetUpdateParamsPermissionsPlugins


_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[bool] = _rt.BOOL
_c_4: _rt.Codec[bool] = _rt.BOOL
_c_5: _rt.Codec[bool] = _rt.BOOL
_c_6: _rt.Codec[bool] = _rt.BOOL
_c_7: _rt.Codec[bool] = _rt.BOOL
_c_8: _rt.Codec[ChatParams] = _rt.model("chat_params", "ChatParams")
_c_9: _rt.Codec[ConnectedMeetingsParams] = _rt.model("connected_meetings_params", "ConnectedMeetingsParams")
_c_10: _rt.Codec[bool] = _rt.BOOL
_c_11: _rt.Codec[bool] = _rt.BOOL
_c_12: _rt.Codec[bool] = _rt.BOOL
_c_13: _rt.Codec[bool] = _rt.BOOL
_c_14: _rt.Codec[bool] = _rt.BOOL
_c_15: _rt.Codec[bool] = _rt.BOOL
_c_16: _rt.Codec[PresetUpdateParamsPermissionsMedia] = _rt.model(
    "preset_update_params_permissions_media", "PresetUpdateParamsPermissionsMedia"
)
_c_17: _rt.Codec[bool] = _rt.BOOL
_c_18: _rt.Codec[PresetUpdateParamsPermissionsPlugins] = _rt.model(
    "preset_update_params_permissions_plugins", "PresetUpdateParamsPermissionsPlugins"
)
_c_19: _rt.Codec[PollsParams] = _rt.model("polls_params", "PollsParams")
_c_20: _rt.Codec[PermissionsRecorderType] = _rt.checked(check_permissions_recorder_type, "LIVESTREAMER, NONE, RECORDER")
_c_21: _rt.Codec[bool] = _rt.BOOL
_c_22: _rt.Codec[PermissionsMediaAudioCanProduce] = _rt.checked(
    check_permissions_media_audio_can_produce, "ALLOWED, CAN_REQUEST, NOT_ALLOWED"
)
_c_23: _rt.Codec[bool] = _rt.BOOL
_c_24: _rt.Codec[bool] = _rt.BOOL
_c_25: _rt.Codec[PermissionsWaitingRoomType] = _rt.checked(
    check_permissions_waiting_room_type, "ON_PRIVILEGED_USER_ENTRY, SKIP, SKIP_ON_ACCEPT"
)


class PresetUpdateParamsPermissions(_rt.Model):
    """
    Attributes:
        accept_stage_requests (bool | None):
        accept_waiting_requests (bool | None): Whether this participant can accept waiting requests
        can_accept_production_requests (bool | None):
        can_change_participant_permissions (bool | None):
        can_edit_display_name (bool | None):
        can_livestream (bool | None):
        can_record (bool | None):
        can_spotlight (bool | None):
        chat (ChatParams | None):
        connected_meetings (ConnectedMeetingsParams | None):
        disable_participant_audio (bool | None):
        disable_participant_screensharing (bool | None):
        disable_participant_video (bool | None):
        hidden_participant (bool | None): Whether this participant is visible to others or not
        is_recorder (bool | None):
        kick_participant (bool | None):
        media (PresetUpdateParamsPermissionsMedia | None): Media permissions
        pin_participant (bool | None):
        plugins (PresetUpdateParamsPermissionsPlugins | None): Plugin permissions
        polls (PollsParams | None): Poll permissions
        recorder_type (PermissionsRecorderType | None): Type of the recording peer
        show_participant_list (bool | None):
        stage_access (PermissionsMediaAudioCanProduce | None): Can produce audio
        stage_enabled (bool | None):
        transcription_enabled (bool | None):
        waiting_room_type (PermissionsWaitingRoomType | None): Waiting room type
    """

    __slots__ = ()
    _fields = {
        "accept_stage_requests": (_c_0, False),
        "accept_waiting_requests": (_c_1, False),
        "can_accept_production_requests": (_c_2, False),
        "can_change_participant_permissions": (_c_3, False),
        "can_edit_display_name": (_c_4, False),
        "can_livestream": (_c_5, False),
        "can_record": (_c_6, False),
        "can_spotlight": (_c_7, False),
        "chat": (_c_8, False),
        "connected_meetings": (_c_9, False),
        "disable_participant_audio": (_c_10, False),
        "disable_participant_screensharing": (_c_11, False),
        "disable_participant_video": (_c_12, False),
        "hidden_participant": (_c_13, False),
        "is_recorder": (_c_14, False),
        "kick_participant": (_c_15, False),
        "media": (_c_16, False),
        "pin_participant": (_c_17, False),
        "plugins": (_c_18, False),
        "polls": (_c_19, False),
        "recorder_type": (_c_20, False),
        "show_participant_list": (_c_21, False),
        "stage_access": (_c_22, False),
        "stage_enabled": (_c_23, False),
        "transcription_enabled": (_c_24, False),
        "waiting_room_type": (_c_25, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        accept_stage_requests: bool | Unset = UNSET,
        accept_waiting_requests: bool | Unset = UNSET,
        can_accept_production_requests: bool | Unset = UNSET,
        can_change_participant_permissions: bool | Unset = UNSET,
        can_edit_display_name: bool | Unset = UNSET,
        can_livestream: bool | Unset = UNSET,
        can_record: bool | Unset = UNSET,
        can_spotlight: bool | Unset = UNSET,
        chat: ChatParams | Unset = UNSET,
        connected_meetings: ConnectedMeetingsParams | Unset = UNSET,
        disable_participant_audio: bool | Unset = UNSET,
        disable_participant_screensharing: bool | Unset = UNSET,
        disable_participant_video: bool | Unset = UNSET,
        hidden_participant: bool | Unset = UNSET,
        is_recorder: bool | Unset = UNSET,
        kick_participant: bool | Unset = UNSET,
        media: PresetUpdateParamsPermissionsMedia | Unset = UNSET,
        pin_participant: bool | Unset = UNSET,
        plugins: PresetUpdateParamsPermissionsPlugins | Unset = UNSET,
        polls: PollsParams | Unset = UNSET,
        recorder_type: PermissionsRecorderType | Unset = UNSET,
        show_participant_list: bool | Unset = UNSET,
        stage_access: PermissionsMediaAudioCanProduce | Unset = UNSET,
        stage_enabled: bool | Unset = UNSET,
        transcription_enabled: bool | Unset = UNSET,
        waiting_room_type: PermissionsWaitingRoomType | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(accept_stage_requests, Unset):
            self._write("accept_stage_requests", accept_stage_requests)
        if not isinstance(accept_waiting_requests, Unset):
            self._write("accept_waiting_requests", accept_waiting_requests)
        if not isinstance(can_accept_production_requests, Unset):
            self._write("can_accept_production_requests", can_accept_production_requests)
        if not isinstance(can_change_participant_permissions, Unset):
            self._write("can_change_participant_permissions", can_change_participant_permissions)
        if not isinstance(can_edit_display_name, Unset):
            self._write("can_edit_display_name", can_edit_display_name)
        if not isinstance(can_livestream, Unset):
            self._write("can_livestream", can_livestream)
        if not isinstance(can_record, Unset):
            self._write("can_record", can_record)
        if not isinstance(can_spotlight, Unset):
            self._write("can_spotlight", can_spotlight)
        if not isinstance(chat, Unset):
            self._write("chat", chat)
        if not isinstance(connected_meetings, Unset):
            self._write("connected_meetings", connected_meetings)
        if not isinstance(disable_participant_audio, Unset):
            self._write("disable_participant_audio", disable_participant_audio)
        if not isinstance(disable_participant_screensharing, Unset):
            self._write("disable_participant_screensharing", disable_participant_screensharing)
        if not isinstance(disable_participant_video, Unset):
            self._write("disable_participant_video", disable_participant_video)
        if not isinstance(hidden_participant, Unset):
            self._write("hidden_participant", hidden_participant)
        if not isinstance(is_recorder, Unset):
            self._write("is_recorder", is_recorder)
        if not isinstance(kick_participant, Unset):
            self._write("kick_participant", kick_participant)
        if not isinstance(media, Unset):
            self._write("media", media)
        if not isinstance(pin_participant, Unset):
            self._write("pin_participant", pin_participant)
        if not isinstance(plugins, Unset):
            self._write("plugins", plugins)
        if not isinstance(polls, Unset):
            self._write("polls", polls)
        if not isinstance(recorder_type, Unset):
            self._write("recorder_type", recorder_type)
        if not isinstance(show_participant_list, Unset):
            self._write("show_participant_list", show_participant_list)
        if not isinstance(stage_access, Unset):
            self._write("stage_access", stage_access)
        if not isinstance(stage_enabled, Unset):
            self._write("stage_enabled", stage_enabled)
        if not isinstance(transcription_enabled, Unset):
            self._write("transcription_enabled", transcription_enabled)
        if not isinstance(waiting_room_type, Unset):
            self._write("waiting_room_type", waiting_room_type)

    @property
    def accept_stage_requests(self) -> bool | None:

        return self._opt("accept_stage_requests", _c_0)

    @accept_stage_requests.setter
    def accept_stage_requests(self, value: bool) -> None:
        self._write("accept_stage_requests", value)

    @property
    def accept_waiting_requests(self) -> bool | None:
        """Whether this participant can accept waiting requests"""

        return self._opt("accept_waiting_requests", _c_1)

    @accept_waiting_requests.setter
    def accept_waiting_requests(self, value: bool) -> None:
        self._write("accept_waiting_requests", value)

    @property
    def can_accept_production_requests(self) -> bool | None:

        return self._opt("can_accept_production_requests", _c_2)

    @can_accept_production_requests.setter
    def can_accept_production_requests(self, value: bool) -> None:
        self._write("can_accept_production_requests", value)

    @property
    def can_change_participant_permissions(self) -> bool | None:

        return self._opt("can_change_participant_permissions", _c_3)

    @can_change_participant_permissions.setter
    def can_change_participant_permissions(self, value: bool) -> None:
        self._write("can_change_participant_permissions", value)

    @property
    def can_edit_display_name(self) -> bool | None:

        return self._opt("can_edit_display_name", _c_4)

    @can_edit_display_name.setter
    def can_edit_display_name(self, value: bool) -> None:
        self._write("can_edit_display_name", value)

    @property
    def can_livestream(self) -> bool | None:

        return self._opt("can_livestream", _c_5)

    @can_livestream.setter
    def can_livestream(self, value: bool) -> None:
        self._write("can_livestream", value)

    @property
    def can_record(self) -> bool | None:

        return self._opt("can_record", _c_6)

    @can_record.setter
    def can_record(self, value: bool) -> None:
        self._write("can_record", value)

    @property
    def can_spotlight(self) -> bool | None:

        return self._opt("can_spotlight", _c_7)

    @can_spotlight.setter
    def can_spotlight(self, value: bool) -> None:
        self._write("can_spotlight", value)

    @property
    def chat(self) -> ChatParams | None:

        return self._opt("chat", _c_8)

    @chat.setter
    def chat(self, value: ChatParams) -> None:
        self._write("chat", value)

    @property
    def connected_meetings(self) -> ConnectedMeetingsParams | None:

        return self._opt("connected_meetings", _c_9)

    @connected_meetings.setter
    def connected_meetings(self, value: ConnectedMeetingsParams) -> None:
        self._write("connected_meetings", value)

    @property
    def disable_participant_audio(self) -> bool | None:

        return self._opt("disable_participant_audio", _c_10)

    @disable_participant_audio.setter
    def disable_participant_audio(self, value: bool) -> None:
        self._write("disable_participant_audio", value)

    @property
    def disable_participant_screensharing(self) -> bool | None:

        return self._opt("disable_participant_screensharing", _c_11)

    @disable_participant_screensharing.setter
    def disable_participant_screensharing(self, value: bool) -> None:
        self._write("disable_participant_screensharing", value)

    @property
    def disable_participant_video(self) -> bool | None:

        return self._opt("disable_participant_video", _c_12)

    @disable_participant_video.setter
    def disable_participant_video(self, value: bool) -> None:
        self._write("disable_participant_video", value)

    @property
    def hidden_participant(self) -> bool | None:
        """Whether this participant is visible to others or not"""

        return self._opt("hidden_participant", _c_13)

    @hidden_participant.setter
    def hidden_participant(self, value: bool) -> None:
        self._write("hidden_participant", value)

    @property
    def is_recorder(self) -> bool | None:

        return self._opt("is_recorder", _c_14)

    @is_recorder.setter
    def is_recorder(self, value: bool) -> None:
        self._write("is_recorder", value)

    @property
    def kick_participant(self) -> bool | None:

        return self._opt("kick_participant", _c_15)

    @kick_participant.setter
    def kick_participant(self, value: bool) -> None:
        self._write("kick_participant", value)

    @property
    def media(self) -> PresetUpdateParamsPermissionsMedia | None:
        """Media permissions"""

        return self._opt("media", _c_16)

    @media.setter
    def media(self, value: PresetUpdateParamsPermissionsMedia) -> None:
        self._write("media", value)

    @property
    def pin_participant(self) -> bool | None:

        return self._opt("pin_participant", _c_17)

    @pin_participant.setter
    def pin_participant(self, value: bool) -> None:
        self._write("pin_participant", value)

    @property
    def plugins(self) -> PresetUpdateParamsPermissionsPlugins | None:
        """Plugin permissions"""

        return self._opt("plugins", _c_18)

    @plugins.setter
    def plugins(self, value: PresetUpdateParamsPermissionsPlugins) -> None:
        self._write("plugins", value)

    @property
    def polls(self) -> PollsParams | None:
        """Poll permissions"""

        return self._opt("polls", _c_19)

    @polls.setter
    def polls(self, value: PollsParams) -> None:
        self._write("polls", value)

    @property
    def recorder_type(self) -> PermissionsRecorderType | None:
        """Type of the recording peer"""

        return self._opt("recorder_type", _c_20)

    @recorder_type.setter
    def recorder_type(self, value: PermissionsRecorderType) -> None:
        self._write("recorder_type", value)

    @property
    def show_participant_list(self) -> bool | None:

        return self._opt("show_participant_list", _c_21)

    @show_participant_list.setter
    def show_participant_list(self, value: bool) -> None:
        self._write("show_participant_list", value)

    @property
    def stage_access(self) -> PermissionsMediaAudioCanProduce | None:
        """Can produce audio"""

        return self._opt("stage_access", _c_22)

    @stage_access.setter
    def stage_access(self, value: PermissionsMediaAudioCanProduce) -> None:
        self._write("stage_access", value)

    @property
    def stage_enabled(self) -> bool | None:

        return self._opt("stage_enabled", _c_23)

    @stage_enabled.setter
    def stage_enabled(self, value: bool) -> None:
        self._write("stage_enabled", value)

    @property
    def transcription_enabled(self) -> bool | None:

        return self._opt("transcription_enabled", _c_24)

    @transcription_enabled.setter
    def transcription_enabled(self, value: bool) -> None:
        self._write("transcription_enabled", value)

    @property
    def waiting_room_type(self) -> PermissionsWaitingRoomType | None:
        """Waiting room type"""

        return self._opt("waiting_room_type", _c_25)

    @waiting_room_type.setter
    def waiting_room_type(self, value: PermissionsWaitingRoomType) -> None:
        self._write("waiting_room_type", value)
