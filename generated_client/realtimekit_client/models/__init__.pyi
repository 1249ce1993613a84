"""Contains all the data models used in inputs/outputs: their types (``__init__.py`` loads them lazily)"""

from .active_livestream import ActiveLivestream as ActiveLivestream
from .active_livestream_response import ActiveLivestreamResponse as ActiveLivestreamResponse
from .active_livestream_session import ActiveLivestreamSession as ActiveLivestreamSession
from .active_recording import ActiveRecording as ActiveRecording
from .active_recording_response import ActiveRecordingResponse as ActiveRecordingResponse
from .added_item import AddedItem as AddedItem
from .ai_config import AiConfig as AiConfig
from .ai_config_params import AiConfigParams as AiConfigParams
from .app import App as App
from .app_created import AppCreated as AppCreated
from .app_created_response import AppCreatedResponse as AppCreatedResponse
from .app_list_response import AppListResponse as AppListResponse
from .app_params import AppParams as AppParams
from .asn import Asn as Asn
from .audio import Audio as Audio
from .audio_config import AudioConfig as AudioConfig
from .audio_config_channel import AudioConfigChannel as AudioConfigChannel
from .audio_config_codec import AudioConfigCodec as AudioConfigCodec
from .audio_config_params import AudioConfigParams as AudioConfigParams
from .audio_consumer_cumulative import AudioConsumerCumulative as AudioConsumerCumulative
from .audio_consumer_item import AudioConsumerItem as AudioConsumerItem
from .audio_devices_update import AudioDevicesUpdate as AudioDevicesUpdate
from .audio_params import AudioParams as AudioParams
from .audio_producer_cumulative import AudioProducerCumulative as AudioProducerCumulative
from .audio_producer_item import AudioProducerItem as AudioProducerItem
from .background import Background as Background
from .background_params import BackgroundParams as BackgroundParams
from .brand import Brand as Brand
from .brand_params import BrandParams as BrandParams
from .browser_metadata import BrowserMetadata as BrowserMetadata
from .caller import Caller as Caller
from .caller_type import CallerType as CallerType
from .candidate_pairs import CandidatePairs as CandidatePairs
from .chat import Chat as Chat
from .chat_download import ChatDownload as ChatDownload
from .chat_download_response import ChatDownloadResponse as ChatDownloadResponse
from .chat_params import ChatParams as ChatParams
from .colors import Colors as Colors
from .colors_params import ColorsParams as ColorsParams
from .config import Config as Config
from .config_params import ConfigParams as ConfigParams
from .config_view_type import ConfigViewType as ConfigViewType
from .connected_meetings import ConnectedMeetings as ConnectedMeetings
from .connected_meetings_params import ConnectedMeetingsParams as ConnectedMeetingsParams
from .consuming_transport_item import ConsumingTransportItem as ConsumingTransportItem
from .created_livestream import CreatedLivestream as CreatedLivestream
from .created_livestream_response import CreatedLivestreamResponse as CreatedLivestreamResponse
from .day_stat import DayStat as DayStat
from .daywise_analytics import DaywiseAnalytics as DaywiseAnalytics
from .daywise_analytics_response import DaywiseAnalyticsResponse as DaywiseAnalyticsResponse
from .deleted_participant import DeletedParticipant as DeletedParticipant
from .deleted_participant_response import DeletedParticipantResponse as DeletedParticipantResponse
from .design_tokens import DesignTokens as DesignTokens
from .design_tokens_border_radius import DesignTokensBorderRadius as DesignTokensBorderRadius
from .design_tokens_border_width import DesignTokensBorderWidth as DesignTokensBorderWidth
from .design_tokens_params import DesignTokensParams as DesignTokensParams
from .design_tokens_theme import DesignTokensTheme as DesignTokensTheme
from .device_info import DeviceInfo as DeviceInfo
from .error_detail import ErrorDetail as ErrorDetail
from .error_response import ErrorResponse as ErrorResponse
from .event import Event as Event
from .event_metadata import EventMetadata as EventMetadata
from .filters import Filters as Filters
from .format_ import Format as Format
from .interactive_config import InteractiveConfig as InteractiveConfig
from .interactive_config_type import InteractiveConfigType as InteractiveConfigType
from .ip_information import IpInformation as IpInformation
from .issues import Issues as Issues
from .jitter_buffer_delay import JitterBufferDelay as JitterBufferDelay
from .json_object import JsonObject as JsonObject
from .kick_all_result import KickAllResult as KickAllResult
from .kick_all_result_response import KickAllResultResponse as KickAllResultResponse
from .kick_params import KickParams as KickParams
from .kick_result import KickResult as KickResult
from .kick_result_response import KickResultResponse as KickResultResponse
from .kicked_participant import KickedParticipant as KickedParticipant
from .layers import Layers as Layers
from .layers_value import LayersValue as LayersValue
from .layers_value_media_kind import LayersValueMediaKind as LayersValueMediaKind
from .live_stream_sort_order import LiveStreamSortOrder as LiveStreamSortOrder
from .live_streaming_config import LiveStreamingConfig as LiveStreamingConfig
from .live_streaming_config_params import LiveStreamingConfigParams as LiveStreamingConfigParams
from .livestream import Livestream as Livestream
from .livestream_analytics import LivestreamAnalytics as LivestreamAnalytics
from .livestream_analytics_response import LivestreamAnalyticsResponse as LivestreamAnalyticsResponse
from .livestream_day_analytics import LivestreamDayAnalytics as LivestreamDayAnalytics
from .livestream_day_analytics_list_response import (
    LivestreamDayAnalyticsListResponse as LivestreamDayAnalyticsListResponse,
)
from .livestream_details import LivestreamDetails as LivestreamDetails
from .livestream_details_response import LivestreamDetailsResponse as LivestreamDetailsResponse
from .livestream_details_session import LivestreamDetailsSession as LivestreamDetailsSession
from .livestream_page import LivestreamPage as LivestreamPage
from .livestream_page_paging import LivestreamPagePaging as LivestreamPagePaging
from .livestream_page_response import LivestreamPageResponse as LivestreamPageResponse
from .livestream_page_status import LivestreamPageStatus as LivestreamPageStatus
from .livestream_response import LivestreamResponse as LivestreamResponse
from .livestream_session import LivestreamSession as LivestreamSession
from .livestream_session_response import LivestreamSessionResponse as LivestreamSessionResponse
from .max_video_streams import MaxVideoStreams as MaxVideoStreams
from .max_video_streams_params import MaxVideoStreamsParams as MaxVideoStreamsParams
from .media import Media as Media
from .media_params import MediaParams as MediaParams
from .meeting import Meeting as Meeting
from .meeting_info import MeetingInfo as MeetingInfo
from .meeting_info_list_response import MeetingInfoListResponse as MeetingInfoListResponse
from .meeting_info_list_response_paging import MeetingInfoListResponsePaging as MeetingInfoListResponsePaging
from .meeting_info_status import MeetingInfoStatus as MeetingInfoStatus
from .meeting_livestreams import MeetingLivestreams as MeetingLivestreams
from .meeting_livestreams_livestream import MeetingLivestreamsLivestream as MeetingLivestreamsLivestream
from .meeting_livestreams_response import MeetingLivestreamsResponse as MeetingLivestreamsResponse
from .meeting_params import MeetingParams as MeetingParams
from .meeting_response import MeetingResponse as MeetingResponse
from .meeting_update_params import MeetingUpdateParams as MeetingUpdateParams
from .metadata import Metadata as Metadata
from .native_metadata import NativeMetadata as NativeMetadata
from .packet_loss import PacketLoss as PacketLoss
from .paging import Paging as Paging
from .participant import Participant as Participant
from .participant_list_response import ParticipantListResponse as ParticipantListResponse
from .participant_params import ParticipantParams as ParticipantParams
from .participant_response import ParticipantResponse as ParticipantResponse
from .participant_token import ParticipantToken as ParticipantToken
from .participant_token_response import ParticipantTokenResponse as ParticipantTokenResponse
from .participant_update_params import ParticipantUpdateParams as ParticipantUpdateParams
from .participant_with_token import ParticipantWithToken as ParticipantWithToken
from .participant_with_token_response import ParticipantWithTokenResponse as ParticipantWithTokenResponse
from .pc_metadata_item import PcMetadataItem as PcMetadataItem
from .peer_details import PeerDetails as PeerDetails
from .peer_event import PeerEvent as PeerEvent
from .peer_event_event_name import PeerEventEventName as PeerEventEventName
from .peer_event_preset_view_type import PeerEventPresetViewType as PeerEventPresetViewType
from .peer_report import PeerReport as PeerReport
from .peer_report_result import PeerReportResult as PeerReportResult
from .peer_report_result_response import PeerReportResultResponse as PeerReportResultResponse
from .permissions import Permissions as Permissions
from .permissions_media import PermissionsMedia as PermissionsMedia
from .permissions_media_audio import PermissionsMediaAudio as PermissionsMediaAudio
from .permissions_media_audio_can_produce import PermissionsMediaAudioCanProduce as PermissionsMediaAudioCanProduce
from .permissions_params import PermissionsParams as PermissionsParams
from .permissions_recorder_type import PermissionsRecorderType as PermissionsRecorderType
from .permissions_waiting_room_type import PermissionsWaitingRoomType as PermissionsWaitingRoomType
from .plugins import Plugins as Plugins
from .plugins_config import PluginsConfig as PluginsConfig
from .plugins_config_value import PluginsConfigValue as PluginsConfigValue
from .plugins_config_value_access_control import PluginsConfigValueAccessControl as PluginsConfigValueAccessControl
from .plugins_params import PluginsParams as PluginsParams
from .plugins_params_config import PluginsParamsConfig as PluginsParamsConfig
from .plugins_params_config_value import PluginsParamsConfigValue as PluginsParamsConfigValue
from .poll import Poll as Poll
from .poll_option import PollOption as PollOption
from .poll_params import PollParams as PollParams
from .poll_result import PollResult as PollResult
from .poll_result_response import PollResultResponse as PollResultResponse
from .poll_vote import PollVote as PollVote
from .polls import Polls as Polls
from .polls_params import PollsParams as PollsParams
from .preset import Preset as Preset
from .preset_info import PresetInfo as PresetInfo
from .preset_info_list_response import PresetInfoListResponse as PresetInfoListResponse
from .preset_params import PresetParams as PresetParams
from .preset_response import PresetResponse as PresetResponse
from .preset_update_params import PresetUpdateParams as PresetUpdateParams
from .preset_update_params_config import PresetUpdateParamsConfig as PresetUpdateParamsConfig
from .preset_update_params_config_media import PresetUpdateParamsConfigMedia as PresetUpdateParamsConfigMedia
from .preset_update_params_config_media_video import (
    PresetUpdateParamsConfigMediaVideo as PresetUpdateParamsConfigMediaVideo,
)
from .preset_update_params_permissions import PresetUpdateParamsPermissions as PresetUpdateParamsPermissions
from .preset_update_params_permissions_media import (
    PresetUpdateParamsPermissionsMedia as PresetUpdateParamsPermissionsMedia,
)
from .preset_update_params_permissions_media_audio import (
    PresetUpdateParamsPermissionsMediaAudio as PresetUpdateParamsPermissionsMediaAudio,
)
from .preset_update_params_permissions_plugins import (
    PresetUpdateParamsPermissionsPlugins as PresetUpdateParamsPermissionsPlugins,
)
from .preset_update_params_ui import PresetUpdateParamsUi as PresetUpdateParamsUi
from .preset_update_params_ui_design_tokens import PresetUpdateParamsUiDesignTokens as PresetUpdateParamsUiDesignTokens
from .private import Private as Private
from .private_params import PrivateParams as PrivateParams
from .public import Public as Public
from .public_params import PublicParams as PublicParams
from .quality import Quality as Quality
from .quality_limitation_durations import QualityLimitationDurations as QualityLimitationDurations
from .quality_mos import QualityMos as QualityMos
from .realtimekit_bucket_config import RealtimekitBucketConfig as RealtimekitBucketConfig
from .recording import Recording as Recording
from .recording_action_params import RecordingActionParams as RecordingActionParams
from .recording_action_params_action import RecordingActionParamsAction as RecordingActionParamsAction
from .recording_config import RecordingConfig as RecordingConfig
from .recording_config_params import RecordingConfigParams as RecordingConfigParams
from .recording_config_params_video_config import RecordingConfigParamsVideoConfig as RecordingConfigParamsVideoConfig
from .recording_info import RecordingInfo as RecordingInfo
from .recording_info_list_response import RecordingInfoListResponse as RecordingInfoListResponse
from .recording_info_status import RecordingInfoStatus as RecordingInfoStatus
from .recording_params import RecordingParams as RecordingParams
from .recording_response import RecordingResponse as RecordingResponse
from .recording_stats import RecordingStats as RecordingStats
from .screenshare import Screenshare as Screenshare
from .screenshare_params import ScreenshareParams as ScreenshareParams
from .screenshare_quality import ScreenshareQuality as ScreenshareQuality
from .screenshare_video_consumer_cumulative import (
    ScreenshareVideoConsumerCumulative as ScreenshareVideoConsumerCumulative,
)
from .screenshare_video_consumer_item import ScreenshareVideoConsumerItem as ScreenshareVideoConsumerItem
from .screenshare_video_producer_cumulative import (
    ScreenshareVideoProducerCumulative as ScreenshareVideoProducerCumulative,
)
from .screenshare_video_producer_cumulative_issues import (
    ScreenshareVideoProducerCumulativeIssues as ScreenshareVideoProducerCumulativeIssues,
)
from .screenshare_video_producer_item import ScreenshareVideoProducerItem as ScreenshareVideoProducerItem
from .screenshare_video_producer_item_quality_limitation_reason import (
    ScreenshareVideoProducerItemQualityLimitationReason as ScreenshareVideoProducerItemQualityLimitationReason,
)
from .selected_device_update import SelectedDeviceUpdate as SelectedDeviceUpdate
from .session import Session as Session
from .session_list import SessionList as SessionList
from .session_list_response import SessionListResponse as SessionListResponse
from .session_livestream import SessionLivestream as SessionLivestream
from .session_livestream_response import SessionLivestreamResponse as SessionLivestreamResponse
from .session_participant import SessionParticipant as SessionParticipant
from .session_participant_details import SessionParticipantDetails as SessionParticipantDetails
from .session_participant_details_response import SessionParticipantDetailsResponse as SessionParticipantDetailsResponse
from .session_participant_list import SessionParticipantList as SessionParticipantList
from .session_participant_list_response import SessionParticipantListResponse as SessionParticipantListResponse
from .session_response import SessionResponse as SessionResponse
from .session_sort_by import SessionSortBy as SessionSortBy
from .session_sort_by_2 import SessionSortBy2 as SessionSortBy2
from .session_stats import SessionStats as SessionStats
from .session_stats_day_stat import SessionStatsDayStat as SessionStatsDayStat
from .session_status import SessionStatus as SessionStatus
from .session_type import SessionType as SessionType
from .sessions import Sessions as Sessions
from .size import Size as Size
from .sort_by import SortBy as SortBy
from .sort_order import SortOrder as SortOrder
from .start_livestream_params import StartLivestreamParams as StartLivestreamParams
from .start_reason import StartReason as StartReason
from .start_reason_reason import StartReasonReason as StartReasonReason
from .started_livestream import StartedLivestream as StartedLivestream
from .started_livestream_response import StartedLivestreamResponse as StartedLivestreamResponse
from .stop_livestream_result import StopLivestreamResult as StopLivestreamResult
from .stop_livestream_result_response import StopLivestreamResultResponse as StopLivestreamResultResponse
from .stop_reason import StopReason as StopReason
from .stop_reason_reason import StopReasonReason as StopReasonReason
from .storage_config import StorageConfig as StorageConfig
from .storage_config_auth_method import StorageConfigAuthMethod as StorageConfigAuthMethod
from .storage_config_params import StorageConfigParams as StorageConfigParams
from .storage_config_type import StorageConfigType as StorageConfigType
from .summarization import Summarization as Summarization
from .summarization_params import SummarizationParams as SummarizationParams
from .summarization_summary_type import SummarizationSummaryType as SummarizationSummaryType
from .summarization_text_format import SummarizationTextFormat as SummarizationTextFormat
from .summary_download import SummaryDownload as SummaryDownload
from .summary_download_response import SummaryDownloadResponse as SummaryDownloadResponse
from .summary_job import SummaryJob as SummaryJob
from .summary_job_response import SummaryJobResponse as SummaryJobResponse
from .track_recording import TrackRecording as TrackRecording
from .track_recording_params import TrackRecordingParams as TrackRecordingParams
from .track_recording_response import TrackRecordingResponse as TrackRecordingResponse
from .transcript_download import TranscriptDownload as TranscriptDownload
from .transcript_download_response import TranscriptDownloadResponse as TranscriptDownloadResponse
from .transcription import Transcription as Transcription
from .transcription_language import TranscriptionLanguage as TranscriptionLanguage
from .transcription_params import TranscriptionParams as TranscriptionParams
from .ui import Ui as Ui
from .ui_params import UiParams as UiParams
from .unauthorized_response import UnauthorizedResponse as UnauthorizedResponse
from .video import Video as Video
from .video_config import VideoConfig as VideoConfig
from .video_config_codec import VideoConfigCodec as VideoConfigCodec
from .video_config_params import VideoConfigParams as VideoConfigParams
from .video_params import VideoParams as VideoParams
from .view import View as View
from .watermark import Watermark as Watermark
from .watermark_params import WatermarkParams as WatermarkParams
from .watermark_position import WatermarkPosition as WatermarkPosition
from .webhook import Webhook as Webhook
from .webhook_event import WebhookEvent as WebhookEvent
from .webhook_list_response import WebhookListResponse as WebhookListResponse
from .webhook_params import WebhookParams as WebhookParams
from .webhook_response import WebhookResponse as WebhookResponse
from .webhook_update_params import WebhookUpdateParams as WebhookUpdateParams
