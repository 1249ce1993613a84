"""Contains all the data models used in inputs/outputs (loaded lazily on first attribute access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_livestream import ActiveLivestream
    from .active_livestream_response import ActiveLivestreamResponse
    from .active_livestream_session import ActiveLivestreamSession
    from .active_recording import ActiveRecording
    from .active_recording_response import ActiveRecordingResponse
    from .added_item import AddedItem
    from .ai_config import AiConfig
    from .ai_config_params import AiConfigParams
    from .app import App
    from .app_created import AppCreated
    from .app_created_response import AppCreatedResponse
    from .app_list_response import AppListResponse
    from .app_params import AppParams
    from .asn import Asn
    from .audio import Audio
    from .audio_config import AudioConfig
    from .audio_config_channel import AudioConfigChannel
    from .audio_config_codec import AudioConfigCodec
    from .audio_config_params import AudioConfigParams
    from .audio_consumer_cumulative import AudioConsumerCumulative
    from .audio_consumer_item import AudioConsumerItem
    from .audio_devices_update import AudioDevicesUpdate
    from .audio_params import AudioParams
    from .audio_producer_cumulative import AudioProducerCumulative
    from .audio_producer_item import AudioProducerItem
    from .background import Background
    from .background_params import BackgroundParams
    from .brand import Brand
    from .brand_params import BrandParams
    from .browser_metadata import BrowserMetadata
    from .caller import Caller
    from .caller_type import CallerType
    from .candidate_pairs import CandidatePairs
    from .chat import Chat
    from .chat_download import ChatDownload
    from .chat_download_response import ChatDownloadResponse
    from .chat_params import ChatParams
    from .colors import Colors
    from .colors_params import ColorsParams
    from .config import Config
    from .config_params import ConfigParams
    from .config_view_type import ConfigViewType
    from .connected_meetings import ConnectedMeetings
    from .connected_meetings_params import ConnectedMeetingsParams
    from .consuming_transport_item import ConsumingTransportItem
    from .created_livestream import CreatedLivestream
    from .created_livestream_response import CreatedLivestreamResponse
    from .day_stat import DayStat
    from .daywise_analytics import DaywiseAnalytics
    from .daywise_analytics_response import DaywiseAnalyticsResponse
    from .deleted_participant import DeletedParticipant
    from .deleted_participant_response import DeletedParticipantResponse
    from .design_tokens import DesignTokens
    from .design_tokens_border_radius import DesignTokensBorderRadius
    from .design_tokens_border_width import DesignTokensBorderWidth
    from .design_tokens_params import DesignTokensParams
    from .design_tokens_theme import DesignTokensTheme
    from .device_info import DeviceInfo
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .event import Event
    from .event_metadata import EventMetadata
    from .filters import Filters
    from .format_ import Format
    from .interactive_config import InteractiveConfig
    from .interactive_config_type import InteractiveConfigType
    from .ip_information import IpInformation
    from .issues import Issues
    from .jitter_buffer_delay import JitterBufferDelay
    from .json_object import JsonObject
    from .kick_all_result import KickAllResult
    from .kick_all_result_response import KickAllResultResponse
    from .kick_params import KickParams
    from .kick_result import KickResult
    from .kick_result_response import KickResultResponse
    from .kicked_participant import KickedParticipant
    from .layers import Layers
    from .layers_value import LayersValue
    from .layers_value_media_kind import LayersValueMediaKind
    from .live_stream_sort_order import LiveStreamSortOrder
    from .live_streaming_config import LiveStreamingConfig
    from .live_streaming_config_params import LiveStreamingConfigParams
    from .livestream import Livestream
    from .livestream_analytics import LivestreamAnalytics
    from .livestream_analytics_response import LivestreamAnalyticsResponse
    from .livestream_day_analytics import LivestreamDayAnalytics
    from .livestream_day_analytics_list_response import LivestreamDayAnalyticsListResponse
    from .livestream_details import LivestreamDetails
    from .livestream_details_response import LivestreamDetailsResponse
    from .livestream_details_session import LivestreamDetailsSession
    from .livestream_page import LivestreamPage
    from .livestream_page_paging import LivestreamPagePaging
    from .livestream_page_response import LivestreamPageResponse
    from .livestream_page_status import LivestreamPageStatus
    from .livestream_response import LivestreamResponse
    from .livestream_session import LivestreamSession
    from .livestream_session_response import LivestreamSessionResponse
    from .max_video_streams import MaxVideoStreams
    from .max_video_streams_params import MaxVideoStreamsParams
    from .media import Media
    from .media_params import MediaParams
    from .meeting import Meeting
    from .meeting_info import MeetingInfo
    from .meeting_info_list_response import MeetingInfoListResponse
    from .meeting_info_list_response_paging import MeetingInfoListResponsePaging
    from .meeting_info_status import MeetingInfoStatus
    from .meeting_livestreams import MeetingLivestreams
    from .meeting_livestreams_livestream import MeetingLivestreamsLivestream
    from .meeting_livestreams_response import MeetingLivestreamsResponse
    from .meeting_params import MeetingParams
    from .meeting_response import MeetingResponse
    from .meeting_update_params import MeetingUpdateParams
    from .metadata import Metadata
    from .native_metadata import NativeMetadata
    from .packet_loss import PacketLoss
    from .paging import Paging
    from .participant import Participant
    from .participant_list_response import ParticipantListResponse
    from .participant_params import ParticipantParams
    from .participant_response import ParticipantResponse
    from .participant_token import ParticipantToken
    from .participant_token_response import ParticipantTokenResponse
    from .participant_update_params import ParticipantUpdateParams
    from .participant_with_token import ParticipantWithToken
    from .participant_with_token_response import ParticipantWithTokenResponse
    from .pc_metadata_item import PcMetadataItem
    from .peer_details import PeerDetails
    from .peer_event import PeerEvent
    from .peer_event_event_name import PeerEventEventName
    from .peer_event_preset_view_type import PeerEventPresetViewType
    from .peer_report import PeerReport
    from .peer_report_result import PeerReportResult
    from .peer_report_result_response import PeerReportResultResponse
    from .permissions import Permissions
    from .permissions_media import PermissionsMedia
    from .permissions_media_audio import PermissionsMediaAudio
    from .permissions_media_audio_can_produce import PermissionsMediaAudioCanProduce
    from .permissions_params import PermissionsParams
    from .permissions_recorder_type import PermissionsRecorderType
    from .permissions_waiting_room_type import PermissionsWaitingRoomType
    from .plugins import Plugins
    from .plugins_config import PluginsConfig
    from .plugins_config_value import PluginsConfigValue
    from .plugins_config_value_access_control import PluginsConfigValueAccessControl
    from .plugins_params import PluginsParams
    from .plugins_params_config import PluginsParamsConfig
    from .plugins_params_config_value import PluginsParamsConfigValue
    from .poll import Poll
    from .poll_option import PollOption
    from .poll_params import PollParams
    from .poll_result import PollResult
    from .poll_result_response import PollResultResponse
    from .poll_vote import PollVote
    from .polls import Polls
    from .polls_params import PollsParams
    from .preset import Preset
    from .preset_info import PresetInfo
    from .preset_info_list_response import PresetInfoListResponse
    from .preset_params import PresetParams
    from .preset_response import PresetResponse
    from .preset_update_params import PresetUpdateParams
    from .preset_update_params_config import PresetUpdateParamsConfig
    from .preset_update_params_config_media import PresetUpdateParamsConfigMedia
    from .preset_update_params_config_media_video import PresetUpdateParamsConfigMediaVideo
    from .preset_update_params_permissions import PresetUpdateParamsPermissions
    from .preset_update_params_permissions_media import PresetUpdateParamsPermissionsMedia
    from .preset_update_params_permissions_media_audio import PresetUpdateParamsPermissionsMediaAudio
    from .preset_update_params_permissions_plugins import PresetUpdateParamsPermissionsPlugins
    from .preset_update_params_ui import PresetUpdateParamsUi
    from .preset_update_params_ui_design_tokens import PresetUpdateParamsUiDesignTokens
    from .private import Private
    from .private_params import PrivateParams
    from .public import Public
    from .public_params import PublicParams
    from .quality import Quality
    from .quality_limitation_durations import QualityLimitationDurations
    from .quality_mos import QualityMos
    from .realtimekit_bucket_config import RealtimekitBucketConfig
    from .recording import Recording
    from .recording_action_params import RecordingActionParams
    from .recording_action_params_action import RecordingActionParamsAction
    from .recording_config import RecordingConfig
    from .recording_config_params import RecordingConfigParams
    from .recording_config_params_video_config import RecordingConfigParamsVideoConfig
    from .recording_info import RecordingInfo
    from .recording_info_list_response import RecordingInfoListResponse
    from .recording_info_status import RecordingInfoStatus
    from .recording_params import RecordingParams
    from .recording_response import RecordingResponse
    from .recording_stats import RecordingStats
    from .screenshare import Screenshare
    from .screenshare_params import ScreenshareParams
    from .screenshare_quality import ScreenshareQuality
    from .screenshare_video_consumer_cumulative import ScreenshareVideoConsumerCumulative
    from .screenshare_video_consumer_item import ScreenshareVideoConsumerItem
    from .screenshare_video_producer_cumulative import ScreenshareVideoProducerCumulative
    from .screenshare_video_producer_cumulative_issues import ScreenshareVideoProducerCumulativeIssues
    from .screenshare_video_producer_item import ScreenshareVideoProducerItem
    from .screenshare_video_producer_item_quality_limitation_reason import (
        ScreenshareVideoProducerItemQualityLimitationReason,
    )
    from .selected_device_update import SelectedDeviceUpdate
    from .session import Session
    from .session_list import SessionList
    from .session_list_response import SessionListResponse
    from .session_livestream import SessionLivestream
    from .session_livestream_response import SessionLivestreamResponse
    from .session_participant import SessionParticipant
    from .session_participant_details import SessionParticipantDetails
    from .session_participant_details_response import SessionParticipantDetailsResponse
    from .session_participant_list import SessionParticipantList
    from .session_participant_list_response import SessionParticipantListResponse
    from .session_response import SessionResponse
    from .session_sort_by import SessionSortBy
    from .session_sort_by_2 import SessionSortBy2
    from .session_stats import SessionStats
    from .session_stats_day_stat import SessionStatsDayStat
    from .session_status import SessionStatus
    from .session_type import SessionType
    from .sessions import Sessions
    from .size import Size
    from .sort_by import SortBy
    from .sort_order import SortOrder
    from .start_livestream_params import StartLivestreamParams
    from .start_reason import StartReason
    from .start_reason_reason import StartReasonReason
    from .started_livestream import StartedLivestream
    from .started_livestream_response import StartedLivestreamResponse
    from .stop_livestream_result import StopLivestreamResult
    from .stop_livestream_result_response import StopLivestreamResultResponse
    from .stop_reason import StopReason
    from .stop_reason_reason import StopReasonReason
    from .storage_config import StorageConfig
    from .storage_config_auth_method import StorageConfigAuthMethod
    from .storage_config_params import StorageConfigParams
    from .storage_config_type import StorageConfigType
    from .summarization import Summarization
    from .summarization_params import SummarizationParams
    from .summarization_summary_type import SummarizationSummaryType
    from .summarization_text_format import SummarizationTextFormat
    from .summary_download import SummaryDownload
    from .summary_download_response import SummaryDownloadResponse
    from .summary_job import SummaryJob
    from .summary_job_response import SummaryJobResponse
    from .track_recording import TrackRecording
    from .track_recording_params import TrackRecordingParams
    from .track_recording_response import TrackRecordingResponse
    from .transcript_download import TranscriptDownload
    from .transcript_download_response import TranscriptDownloadResponse
    from .transcription import Transcription
    from .transcription_language import TranscriptionLanguage
    from .transcription_params import TranscriptionParams
    from .ui import Ui
    from .ui_params import UiParams
    from .unauthorized_response import UnauthorizedResponse
    from .video import Video
    from .video_config import VideoConfig
    from .video_config_codec import VideoConfigCodec
    from .video_config_params import VideoConfigParams
    from .video_params import VideoParams
    from .view import View
    from .watermark import Watermark
    from .watermark_params import WatermarkParams
    from .watermark_position import WatermarkPosition
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_list_response import WebhookListResponse
    from .webhook_params import WebhookParams
    from .webhook_response import WebhookResponse
    from .webhook_update_params import WebhookUpdateParams

# class name -> relative module that defines it
_LAZY_MODELS: dict[str, str] = {
    "ActiveLivestream": ".active_livestream",
    "ActiveLivestreamResponse": ".active_livestream_response",
    "ActiveLivestreamSession": ".active_livestream_session",
    "ActiveRecording": ".active_recording",
    "ActiveRecordingResponse": ".active_recording_response",
    "AddedItem": ".added_item",
    "AiConfig": ".ai_config",
    "AiConfigParams": ".ai_config_params",
    "App": ".app",
    "AppCreated": ".app_created",
    "AppCreatedResponse": ".app_created_response",
    "AppListResponse": ".app_list_response",
    "AppParams": ".app_params",
    "Asn": ".asn",
    "Audio": ".audio",
    "AudioConfig": ".audio_config",
    "AudioConfigChannel": ".audio_config_channel",
    "AudioConfigCodec": ".audio_config_codec",
    "AudioConfigParams": ".audio_config_params",
    "AudioConsumerCumulative": ".audio_consumer_cumulative",
    "AudioConsumerItem": ".audio_consumer_item",
    "AudioDevicesUpdate": ".audio_devices_update",
    "AudioParams": ".audio_params",
    "AudioProducerCumulative": ".audio_producer_cumulative",
    "AudioProducerItem": ".audio_producer_item",
    "Background": ".background",
    "BackgroundParams": ".background_params",
    "Brand": ".brand",
    "BrandParams": ".brand_params",
    "BrowserMetadata": ".browser_metadata",
    "Caller": ".caller",
    "CallerType": ".caller_type",
    "CandidatePairs": ".candidate_pairs",
    "Chat": ".chat",
    "ChatDownload": ".chat_download",
    "ChatDownloadResponse": ".chat_download_response",
    "ChatParams": ".chat_params",
    "Colors": ".colors",
    "ColorsParams": ".colors_params",
    "Config": ".config",
    "ConfigParams": ".config_params",
    "ConfigViewType": ".config_view_type",
    "ConnectedMeetings": ".connected_meetings",
    "ConnectedMeetingsParams": ".connected_meetings_params",
    "ConsumingTransportItem": ".consuming_transport_item",
    "CreatedLivestream": ".created_livestream",
    "CreatedLivestreamResponse": ".created_livestream_response",
    "DayStat": ".day_stat",
    "DaywiseAnalytics": ".daywise_analytics",
    "DaywiseAnalyticsResponse": ".daywise_analytics_response",
    "DeletedParticipant": ".deleted_participant",
    "DeletedParticipantResponse": ".deleted_participant_response",
    "DesignTokens": ".design_tokens",
    "DesignTokensBorderRadius": ".design_tokens_border_radius",
    "DesignTokensBorderWidth": ".design_tokens_border_width",
    "DesignTokensParams": ".design_tokens_params",
    "DesignTokensTheme": ".design_tokens_theme",
    "DeviceInfo": ".device_info",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventMetadata": ".event_metadata",
    "Filters": ".filters",
    "Format": ".format_",
    "InteractiveConfig": ".interactive_config",
    "InteractiveConfigType": ".interactive_config_type",
    "IpInformation": ".ip_information",
    "Issues": ".issues",
    "JitterBufferDelay": ".jitter_buffer_delay",
    "JsonObject": ".json_object",
    "KickAllResult": ".kick_all_result",
    "KickAllResultResponse": ".kick_all_result_response",
    "KickParams": ".kick_params",
    "KickResult": ".kick_result",
    "KickResultResponse": ".kick_result_response",
    "KickedParticipant": ".kicked_participant",
    "Layers": ".layers",
    "LayersValue": ".layers_value",
    "LayersValueMediaKind": ".layers_value_media_kind",
    "LiveStreamSortOrder": ".live_stream_sort_order",
    "LiveStreamingConfig": ".live_streaming_config",
    "LiveStreamingConfigParams": ".live_streaming_config_params",
    "Livestream": ".livestream",
    "LivestreamAnalytics": ".livestream_analytics",
    "LivestreamAnalyticsResponse": ".livestream_analytics_response",
    "LivestreamDayAnalytics": ".livestream_day_analytics",
    "LivestreamDayAnalyticsListResponse": ".livestream_day_analytics_list_response",
    "LivestreamDetails": ".livestream_details",
    "LivestreamDetailsResponse": ".livestream_details_response",
    "LivestreamDetailsSession": ".livestream_details_session",
    "LivestreamPage": ".livestream_page",
    "LivestreamPagePaging": ".livestream_page_paging",
    "LivestreamPageResponse": ".livestream_page_response",
    "LivestreamPageStatus": ".livestream_page_status",
    "LivestreamResponse": ".livestream_response",
    "LivestreamSession": ".livestream_session",
    "LivestreamSessionResponse": ".livestream_session_response",
    "MaxVideoStreams": ".max_video_streams",
    "MaxVideoStreamsParams": ".max_video_streams_params",
    "Media": ".media",
    "MediaParams": ".media_params",
    "Meeting": ".meeting",
    "MeetingInfo": ".meeting_info",
    "MeetingInfoListResponse": ".meeting_info_list_response",
    "MeetingInfoListResponsePaging": ".meeting_info_list_response_paging",
    "MeetingInfoStatus": ".meeting_info_status",
    "MeetingLivestreams": ".meeting_livestreams",
    "MeetingLivestreamsLivestream": ".meeting_livestreams_livestream",
    "MeetingLivestreamsResponse": ".meeting_livestreams_response",
    "MeetingParams": ".meeting_params",
    "MeetingResponse": ".meeting_response",
    "MeetingUpdateParams": ".meeting_update_params",
    "Metadata": ".metadata",
    "NativeMetadata": ".native_metadata",
    "PacketLoss": ".packet_loss",
    "Paging": ".paging",
    "Participant": ".participant",
    "ParticipantListResponse": ".participant_list_response",
    "ParticipantParams": ".participant_params",
    "ParticipantResponse": ".participant_response",
    "ParticipantToken": ".participant_token",
    "ParticipantTokenResponse": ".participant_token_response",
    "ParticipantUpdateParams": ".participant_update_params",
    "ParticipantWithToken": ".participant_with_token",
    "ParticipantWithTokenResponse": ".participant_with_token_response",
    "PcMetadataItem": ".pc_metadata_item",
    "PeerDetails": ".peer_details",
    "PeerEvent": ".peer_event",
    "PeerEventEventName": ".peer_event_event_name",
    "PeerEventPresetViewType": ".peer_event_preset_view_type",
    "PeerReport": ".peer_report",
    "PeerReportResult": ".peer_report_result",
    "PeerReportResultResponse": ".peer_report_result_response",
    "Permissions": ".permissions",
    "PermissionsMedia": ".permissions_media",
    "PermissionsMediaAudio": ".permissions_media_audio",
    "PermissionsMediaAudioCanProduce": ".permissions_media_audio_can_produce",
    "PermissionsParams": ".permissions_params",
    "PermissionsRecorderType": ".permissions_recorder_type",
    "PermissionsWaitingRoomType": ".permissions_waiting_room_type",
    "Plugins": ".plugins",
    "PluginsConfig": ".plugins_config",
    "PluginsConfigValue": ".plugins_config_value",
    "PluginsConfigValueAccessControl": ".plugins_config_value_access_control",
    "PluginsParams": ".plugins_params",
    "PluginsParamsConfig": ".plugins_params_config",
    "PluginsParamsConfigValue": ".plugins_params_config_value",
    "Poll": ".poll",
    "PollOption": ".poll_option",
    "PollParams": ".poll_params",
    "PollResult": ".poll_result",
    "PollResultResponse": ".poll_result_response",
    "PollVote": ".poll_vote",
    "Polls": ".polls",
    "PollsParams": ".polls_params",
    "Preset": ".preset",
    "PresetInfo": ".preset_info",
    "PresetInfoListResponse": ".preset_info_list_response",
    "PresetParams": ".preset_params",
    "PresetResponse": ".preset_response",
    "PresetUpdateParams": ".preset_update_params",
    "PresetUpdateParamsConfig": ".preset_update_params_config",
    "PresetUpdateParamsConfigMedia": ".preset_update_params_config_media",
    "PresetUpdateParamsConfigMediaVideo": ".preset_update_params_config_media_video",
    "PresetUpdateParamsPermissions": ".preset_update_params_permissions",
    "PresetUpdateParamsPermissionsMedia": ".preset_update_params_permissions_media",
    "PresetUpdateParamsPermissionsMediaAudio": ".preset_update_params_permissions_media_audio",
    "PresetUpdateParamsPermissionsPlugins": ".preset_update_params_permissions_plugins",
    "PresetUpdateParamsUi": ".preset_update_params_ui",
    "PresetUpdateParamsUiDesignTokens": ".preset_update_params_ui_design_tokens",
    "Private": ".private",
    "PrivateParams": ".private_params",
    "Public": ".public",
    "PublicParams": ".public_params",
    "Quality": ".quality",
    "QualityLimitationDurations": ".quality_limitation_durations",
    "QualityMos": ".quality_mos",
    "RealtimekitBucketConfig": ".realtimekit_bucket_config",
    "Recording": ".recording",
    "RecordingActionParams": ".recording_action_params",
    "RecordingActionParamsAction": ".recording_action_params_action",
    "RecordingConfig": ".recording_config",
    "RecordingConfigParams": ".recording_config_params",
    "RecordingConfigParamsVideoConfig": ".recording_config_params_video_config",
    "RecordingInfo": ".recording_info",
    "RecordingInfoListResponse": ".recording_info_list_response",
    "RecordingInfoStatus": ".recording_info_status",
    "RecordingParams": ".recording_params",
    "RecordingResponse": ".recording_response",
    "RecordingStats": ".recording_stats",
    "Screenshare": ".screenshare",
    "ScreenshareParams": ".screenshare_params",
    "ScreenshareQuality": ".screenshare_quality",
    "ScreenshareVideoConsumerCumulative": ".screenshare_video_consumer_cumulative",
    "ScreenshareVideoConsumerItem": ".screenshare_video_consumer_item",
    "ScreenshareVideoProducerCumulative": ".screenshare_video_producer_cumulative",
    "ScreenshareVideoProducerCumulativeIssues": ".screenshare_video_producer_cumulative_issues",
    "ScreenshareVideoProducerItem": ".screenshare_video_producer_item",
    "ScreenshareVideoProducerItemQualityLimitationReason": ".screenshare_video_producer_item_quality_limitation_reason",
    "SelectedDeviceUpdate": ".selected_device_update",
    "Session": ".session",
    "SessionList": ".session_list",
    "SessionListResponse": ".session_list_response",
    "SessionLivestream": ".session_livestream",
    "SessionLivestreamResponse": ".session_livestream_response",
    "SessionParticipant": ".session_participant",
    "SessionParticipantDetails": ".session_participant_details",
    "SessionParticipantDetailsResponse": ".session_participant_details_response",
    "SessionParticipantList": ".session_participant_list",
    "SessionParticipantListResponse": ".session_participant_list_response",
    "SessionResponse": ".session_response",
    "SessionSortBy": ".session_sort_by",
    "SessionSortBy2": ".session_sort_by_2",
    "SessionStats": ".session_stats",
    "SessionStatsDayStat": ".session_stats_day_stat",
    "SessionStatus": ".session_status",
    "SessionType": ".session_type",
    "Sessions": ".sessions",
    "Size": ".size",
    "SortBy": ".sort_by",
    "SortOrder": ".sort_order",
    "StartLivestreamParams": ".start_livestream_params",
    "StartReason": ".start_reason",
    "StartReasonReason": ".start_reason_reason",
    "StartedLivestream": ".started_livestream",
    "StartedLivestreamResponse": ".started_livestream_response",
    "StopLivestreamResult": ".stop_livestream_result",
    "StopLivestreamResultResponse": ".stop_livestream_result_response",
    "StopReason": ".stop_reason",
    "StopReasonReason": ".stop_reason_reason",
    "StorageConfig": ".storage_config",
    "StorageConfigAuthMethod": ".storage_config_auth_method",
    "StorageConfigParams": ".storage_config_params",
    "StorageConfigType": ".storage_config_type",
    "Summarization": ".summarization",
    "SummarizationParams": ".summarization_params",
    "SummarizationSummaryType": ".summarization_summary_type",
    "SummarizationTextFormat": ".summarization_text_format",
    "SummaryDownload": ".summary_download",
    "SummaryDownloadResponse": ".summary_download_response",
    "SummaryJob": ".summary_job",
    "SummaryJobResponse": ".summary_job_response",
    "TrackRecording": ".track_recording",
    "TrackRecordingParams": ".track_recording_params",
    "TrackRecordingResponse": ".track_recording_response",
    "TranscriptDownload": ".transcript_download",
    "TranscriptDownloadResponse": ".transcript_download_response",
    "Transcription": ".transcription",
    "TranscriptionLanguage": ".transcription_language",
    "TranscriptionParams": ".transcription_params",
    "Ui": ".ui",
    "UiParams": ".ui_params",
    "UnauthorizedResponse": ".unauthorized_response",
    "Video": ".video",
    "VideoConfig": ".video_config",
    "VideoConfigCodec": ".video_config_codec",
    "VideoConfigParams": ".video_config_params",
    "VideoParams": ".video_params",
    "View": ".view",
    "Watermark": ".watermark",
    "WatermarkParams": ".watermark_params",
    "WatermarkPosition": ".watermark_position",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookListResponse": ".webhook_list_response",
    "WebhookParams": ".webhook_params",
    "WebhookResponse": ".webhook_response",
    "WebhookUpdateParams": ".webhook_update_params",
}

__all__ = (
    "ActiveLivestream",
    "ActiveLivestreamResponse",
    "ActiveLivestreamSession",
    "ActiveRecording",
    "ActiveRecordingResponse",
    "AddedItem",
    "AiConfig",
    "AiConfigParams",
    "App",
    "AppCreated",
    "AppCreatedResponse",
    "AppListResponse",
    "AppParams",
    "Asn",
    "Audio",
    "AudioConfig",
    "AudioConfigChannel",
    "AudioConfigCodec",
    "AudioConfigParams",
    "AudioConsumerCumulative",
    "AudioConsumerItem",
    "AudioDevicesUpdate",
    "AudioParams",
    "AudioProducerCumulative",
    "AudioProducerItem",
    "Background",
    "BackgroundParams",
    "Brand",
    "BrandParams",
    "BrowserMetadata",
    "Caller",
    "CallerType",
    "CandidatePairs",
    "Chat",
    "ChatDownload",
    "ChatDownloadResponse",
    "ChatParams",
    "Colors",
    "ColorsParams",
    "Config",
    "ConfigParams",
    "ConfigViewType",
    "ConnectedMeetings",
    "ConnectedMeetingsParams",
    "ConsumingTransportItem",
    "CreatedLivestream",
    "CreatedLivestreamResponse",
    "DayStat",
    "DaywiseAnalytics",
    "DaywiseAnalyticsResponse",
    "DeletedParticipant",
    "DeletedParticipantResponse",
    "DesignTokens",
    "DesignTokensBorderRadius",
    "DesignTokensBorderWidth",
    "DesignTokensParams",
    "DesignTokensTheme",
    "DeviceInfo",
    "ErrorDetail",
    "ErrorResponse",
    "Event",
    "EventMetadata",
    "Filters",
    "Format",
    "InteractiveConfig",
    "InteractiveConfigType",
    "IpInformation",
    "Issues",
    "JitterBufferDelay",
    "JsonObject",
    "KickAllResult",
    "KickAllResultResponse",
    "KickedParticipant",
    "KickParams",
    "KickResult",
    "KickResultResponse",
    "Layers",
    "LayersValue",
    "LayersValueMediaKind",
    "Livestream",
    "LivestreamAnalytics",
    "LivestreamAnalyticsResponse",
    "LivestreamDayAnalytics",
    "LivestreamDayAnalyticsListResponse",
    "LivestreamDetails",
    "LivestreamDetailsResponse",
    "LivestreamDetailsSession",
    "LiveStreamingConfig",
    "LiveStreamingConfigParams",
    "LivestreamPage",
    "LivestreamPagePaging",
    "LivestreamPageResponse",
    "LivestreamPageStatus",
    "LivestreamResponse",
    "LivestreamSession",
    "LivestreamSessionResponse",
    "LiveStreamSortOrder",
    "MaxVideoStreams",
    "MaxVideoStreamsParams",
    "Media",
    "MediaParams",
    "Meeting",
    "MeetingInfo",
    "MeetingInfoListResponse",
    "MeetingInfoListResponsePaging",
    "MeetingInfoStatus",
    "MeetingLivestreams",
    "MeetingLivestreamsLivestream",
    "MeetingLivestreamsResponse",
    "MeetingParams",
    "MeetingResponse",
    "MeetingUpdateParams",
    "Metadata",
    "NativeMetadata",
    "PacketLoss",
    "Paging",
    "Participant",
    "ParticipantListResponse",
    "ParticipantParams",
    "ParticipantResponse",
    "ParticipantToken",
    "ParticipantTokenResponse",
    "ParticipantUpdateParams",
    "ParticipantWithToken",
    "ParticipantWithTokenResponse",
    "PcMetadataItem",
    "PeerDetails",
    "PeerEvent",
    "PeerEventEventName",
    "PeerEventPresetViewType",
    "PeerReport",
    "PeerReportResult",
    "PeerReportResultResponse",
    "Permissions",
    "PermissionsMedia",
    "PermissionsMediaAudio",
    "PermissionsMediaAudioCanProduce",
    "PermissionsParams",
    "PermissionsRecorderType",
    "PermissionsWaitingRoomType",
    "Plugins",
    "PluginsConfig",
    "PluginsConfigValue",
    "PluginsConfigValueAccessControl",
    "PluginsParams",
    "PluginsParamsConfig",
    "PluginsParamsConfigValue",
    "Poll",
    "PollOption",
    "PollParams",
    "PollResult",
    "PollResultResponse",
    "Polls",
    "PollsParams",
    "PollVote",
    "Preset",
    "PresetInfo",
    "PresetInfoListResponse",
    "PresetParams",
    "PresetResponse",
    "PresetUpdateParams",
    "PresetUpdateParamsConfig",
    "PresetUpdateParamsConfigMedia",
    "PresetUpdateParamsConfigMediaVideo",
    "PresetUpdateParamsPermissions",
    "PresetUpdateParamsPermissionsMedia",
    "PresetUpdateParamsPermissionsMediaAudio",
    "PresetUpdateParamsPermissionsPlugins",
    "PresetUpdateParamsUi",
    "PresetUpdateParamsUiDesignTokens",
    "Private",
    "PrivateParams",
    "Public",
    "PublicParams",
    "Quality",
    "QualityLimitationDurations",
    "QualityMos",
    "RealtimekitBucketConfig",
    "Recording",
    "RecordingActionParams",
    "RecordingActionParamsAction",
    "RecordingConfig",
    "RecordingConfigParams",
    "RecordingConfigParamsVideoConfig",
    "RecordingInfo",
    "RecordingInfoListResponse",
    "RecordingInfoStatus",
    "RecordingParams",
    "RecordingResponse",
    "RecordingStats",
    "Screenshare",
    "ScreenshareParams",
    "ScreenshareQuality",
    "ScreenshareVideoConsumerCumulative",
    "ScreenshareVideoConsumerItem",
    "ScreenshareVideoProducerCumulative",
    "ScreenshareVideoProducerCumulativeIssues",
    "ScreenshareVideoProducerItem",
    "ScreenshareVideoProducerItemQualityLimitationReason",
    "SelectedDeviceUpdate",
    "Session",
    "SessionList",
    "SessionListResponse",
    "SessionLivestream",
    "SessionLivestreamResponse",
    "SessionParticipant",
    "SessionParticipantDetails",
    "SessionParticipantDetailsResponse",
    "SessionParticipantList",
    "SessionParticipantListResponse",
    "SessionResponse",
    "Sessions",
    "SessionSortBy",
    "SessionSortBy2",
    "SessionStats",
    "SessionStatsDayStat",
    "SessionStatus",
    "SessionType",
    "Size",
    "SortBy",
    "SortOrder",
    "StartedLivestream",
    "StartedLivestreamResponse",
    "StartLivestreamParams",
    "StartReason",
    "StartReasonReason",
    "StopLivestreamResult",
    "StopLivestreamResultResponse",
    "StopReason",
    "StopReasonReason",
    "StorageConfig",
    "StorageConfigAuthMethod",
    "StorageConfigParams",
    "StorageConfigType",
    "Summarization",
    "SummarizationParams",
    "SummarizationSummaryType",
    "SummarizationTextFormat",
    "SummaryDownload",
    "SummaryDownloadResponse",
    "SummaryJob",
    "SummaryJobResponse",
    "TrackRecording",
    "TrackRecordingParams",
    "TrackRecordingResponse",
    "TranscriptDownload",
    "TranscriptDownloadResponse",
    "Transcription",
    "TranscriptionLanguage",
    "TranscriptionParams",
    "Ui",
    "UiParams",
    "UnauthorizedResponse",
    "Video",
    "VideoConfig",
    "VideoConfigCodec",
    "VideoConfigParams",
    "VideoParams",
    "View",
    "Watermark",
    "WatermarkParams",
    "WatermarkPosition",
    "Webhook",
    "WebhookEvent",
    "WebhookListResponse",
    "WebhookParams",
    "WebhookResponse",
    "WebhookUpdateParams",
)


def __getattr__(name: str) -> Any:
    module_name = _LAZY_MODELS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value  # cache: later lookups bypass __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
