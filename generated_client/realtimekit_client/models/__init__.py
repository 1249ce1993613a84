"""Contains all the data models used in inputs/outputs (loaded lazily on first attribute access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_a_participant_body import AddAParticipantBody
    from .add_a_webhook_body import AddAWebhookBody
    from .add_a_webhook_body_events_item import AddAWebhookBodyEventsItem
    from .add_a_webhook_response_201 import AddAWebhookResponse201
    from .add_a_webhook_response_201_data_type_0 import AddAWebhookResponse201DataType0
    from .add_a_webhook_response_400 import AddAWebhookResponse400
    from .add_a_webhook_response_400_error_type_0 import AddAWebhookResponse400ErrorType0
    from .create_a_meeting_body import CreateAMeetingBody
    from .create_a_meeting_body_ai_config import CreateAMeetingBodyAiConfig
    from .create_a_meeting_body_recording_config import CreateAMeetingBodyRecordingConfig
    from .create_a_poll_body import CreateAPollBody
    from .create_a_preset_body import CreateAPresetBody
    from .create_a_preset_body_config import CreateAPresetBodyConfig
    from .create_a_preset_body_permissions import CreateAPresetBodyPermissions
    from .create_a_preset_body_ui import CreateAPresetBodyUi
    from .create_an_independent_livestream_body import CreateAnIndependentLivestreamBody
    from .create_an_independent_livestream_response_201 import CreateAnIndependentLivestreamResponse201
    from .create_an_independent_livestream_response_201_data_type_0 import (
        CreateAnIndependentLivestreamResponse201DataType0,
    )
    from .create_app_body import CreateAppBody
    from .create_app_response_200 import CreateAppResponse200
    from .create_app_response_200_data_type_0 import CreateAppResponse200DataType0
    from .create_app_response_200_data_type_0_app_type_0 import CreateAppResponse200DataType0AppType0
    from .delete_a_webhook_response_200 import DeleteAWebhookResponse200
    from .delete_a_webhook_response_200_data_type_0 import DeleteAWebhookResponse200DataType0
    from .delete_a_webhook_response_400 import DeleteAWebhookResponse400
    from .delete_a_webhook_response_400_error_type_0 import DeleteAWebhookResponse400ErrorType0
    from .edit_a_participants_detail_body import EditAParticipantsDetailBody
    from .edit_a_webhook_body import EditAWebhookBody
    from .edit_a_webhook_body_events_item import EditAWebhookBodyEventsItem
    from .edit_a_webhook_response_200 import EditAWebhookResponse200
    from .edit_a_webhook_response_200_data_type_0 import EditAWebhookResponse200DataType0
    from .edit_a_webhook_response_400 import EditAWebhookResponse400
    from .edit_a_webhook_response_400_error_type_0 import EditAWebhookResponse400ErrorType0
    from .fetch_active_livestream_session_details_response_200 import FetchActiveLivestreamSessionDetailsResponse200
    from .fetch_active_livestream_session_details_response_200_data_type_0 import (
        FetchActiveLivestreamSessionDetailsResponse200DataType0,
    )
    from .fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0 import (
        FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0,
    )
    from .fetch_active_livestream_session_details_response_200_data_type_0_session_type_0 import (
        FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0,
    )
    from .fetch_active_livestreams_for_a_meeting_response_200 import FetchActiveLivestreamsForAMeetingResponse200
    from .fetch_active_livestreams_for_a_meeting_response_200_data_type_0 import (
        FetchActiveLivestreamsForAMeetingResponse200DataType0,
    )
    from .fetch_all_apps_response_200 import FetchAllAppsResponse200
    from .fetch_all_apps_response_200_data_type_0_item_type_0 import FetchAllAppsResponse200DataType0ItemType0
    from .fetch_all_apps_sort_order import FetchAllAppsSortOrder
    from .fetch_all_livestreams_response_200 import FetchAllLivestreamsResponse200
    from .fetch_all_livestreams_response_200_data_type_0 import FetchAllLivestreamsResponse200DataType0
    from .fetch_all_livestreams_response_200_data_type_0_paging_type_0 import (
        FetchAllLivestreamsResponse200DataType0PagingType0,
    )
    from .fetch_all_livestreams_sort_order import FetchAllLivestreamsSortOrder
    from .fetch_all_livestreams_status import FetchAllLivestreamsStatus
    from .fetch_all_meetings_for_an_app_status import FetchAllMeetingsForAnAppStatus
    from .fetch_all_recordings_for_an_app_sort_by import FetchAllRecordingsForAnAppSortBy
    from .fetch_all_recordings_for_an_app_sort_order import FetchAllRecordingsForAnAppSortOrder
    from .fetch_all_recordings_for_an_app_status_item import FetchAllRecordingsForAnAppStatusItem
    from .fetch_all_sessions_of_an_app_sort_by import FetchAllSessionsOfAnAppSortBy
    from .fetch_all_sessions_of_an_app_sort_order import FetchAllSessionsOfAnAppSortOrder
    from .fetch_all_sessions_of_an_app_status import FetchAllSessionsOfAnAppStatus
    from .fetch_all_webhooks_details_response_200 import FetchAllWebhooksDetailsResponse200
    from .fetch_all_webhooks_details_response_200_data_type_0_item_type_0 import (
        FetchAllWebhooksDetailsResponse200DataType0ItemType0,
    )
    from .fetch_complete_analytics_data_for_your_livestreams_response_200 import (
        FetchCompleteAnalyticsDataForYourLivestreamsResponse200,
    )
    from .fetch_complete_analytics_data_for_your_livestreams_response_200_data_type_0 import (
        FetchCompleteAnalyticsDataForYourLivestreamsResponse200DataType0,
    )
    from .fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200,
    )
    from .fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0,
    )
    from .fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0,
    )
    from .fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0_day_stats_type_0_item_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0DayStatsType0ItemType0,
    )
    from .fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0,
    )
    from .fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0_day_stats_type_0_item_type_0 import (
        FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0,
    )
    from .fetch_details_of_a_webhook_response_200 import FetchDetailsOfAWebhookResponse200
    from .fetch_details_of_a_webhook_response_200_data_type_0 import FetchDetailsOfAWebhookResponse200DataType0
    from .fetch_details_of_a_webhook_response_400 import FetchDetailsOfAWebhookResponse400
    from .fetch_details_of_a_webhook_response_400_error_type_0 import FetchDetailsOfAWebhookResponse400ErrorType0
    from .fetch_details_of_peer_filters import FetchDetailsOfPeerFilters
    from .fetch_livestream_details_using_livestream_id_response_200 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200,
    )
    from .fetch_livestream_details_using_livestream_id_response_200_data_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0,
    )
    from .fetch_livestream_details_using_livestream_id_response_200_data_type_0_livestream_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0,
    )
    from .fetch_livestream_details_using_livestream_id_response_200_data_type_0_paging_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0,
    )
    from .fetch_livestream_details_using_livestream_id_response_200_data_type_0_session_type_0 import (
        FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0,
    )
    from .fetch_livestream_session_details_for_a_meeting_response_200 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200,
    )
    from .fetch_livestream_session_details_for_a_meeting_response_200_data_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0,
    )
    from .fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_livestreams_type_0_item_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0,
    )
    from .fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_paging_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0,
    )
    from .fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_sessions_type_0 import (
        FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0,
    )
    from .fetch_livestream_session_details_using_a_session_id_response_200 import (
        FetchLivestreamSessionDetailsUsingASessionIdResponse200,
    )
    from .fetch_livestream_session_details_using_a_session_id_response_200_data_type_0 import (
        FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0,
    )
    from .fetch_livestream_session_details_using_a_session_id_response_200_data_type_0_paging_type_0 import (
        FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0PagingType0,
    )
    from .fetch_livestream_session_details_using_livestream_session_id_response_200 import (
        FetchLivestreamSessionDetailsUsingLivestreamSessionIdResponse200,
    )
    from .fetch_livestream_session_details_using_livestream_session_id_response_200_data_type_0 import (
        FetchLivestreamSessionDetailsUsingLivestreamSessionIdResponse200DataType0,
    )
    from .fetch_participants_list_of_a_session_sort_by import FetchParticipantsListOfASessionSortBy
    from .fetch_participants_list_of_a_session_sort_order import FetchParticipantsListOfASessionSortOrder
    from .fetch_participants_list_of_a_session_view import FetchParticipantsListOfASessionView
    from .fetch_the_complete_transcript_for_a_session_format import FetchTheCompleteTranscriptForASessionFormat
    from .generate_summary_of_transcripts_for_the_session_body import GenerateSummaryOfTranscriptsForTheSessionBody
    from .generate_summary_of_transcripts_for_the_session_response_2xx import (
        GenerateSummaryOfTranscriptsForTheSessionResponse2XX,
    )
    from .generate_summary_of_transcripts_for_the_session_response_2xx_data_type_0 import (
        GenerateSummaryOfTranscriptsForTheSessionResponse2XXDataType0,
    )
    from .kick_all_participants_body import KickAllParticipantsBody
    from .kick_participants_from_an_active_session_body import KickParticipantsFromAnActiveSessionBody
    from .mute_all_participants_body import MuteAllParticipantsBody
    from .mute_participants_of_an_active_session_body import MuteParticipantsOfAnActiveSessionBody
    from .pause_resume_stop_recording_body import PauseResumeStopRecordingBody
    from .pause_resume_stop_recording_body_action import PauseResumeStopRecordingBodyAction
    from .refresh_participants_authentication_token_body import RefreshParticipantsAuthenticationTokenBody
    from .replace_a_meeting_body import ReplaceAMeetingBody
    from .replace_a_meeting_body_ai_config import ReplaceAMeetingBodyAiConfig
    from .replace_a_meeting_body_recording_config import ReplaceAMeetingBodyRecordingConfig
    from .replace_a_webhook_body import ReplaceAWebhookBody
    from .replace_a_webhook_body_events_item import ReplaceAWebhookBodyEventsItem
    from .replace_a_webhook_response_200 import ReplaceAWebhookResponse200
    from .replace_a_webhook_response_200_data_type_0 import ReplaceAWebhookResponse200DataType0
    from .replace_a_webhook_response_400 import ReplaceAWebhookResponse400
    from .replace_a_webhook_response_400_error_type_0 import ReplaceAWebhookResponse400ErrorType0
    from .start_livestreaming_a_meeting_body import StartLivestreamingAMeetingBody
    from .start_livestreaming_a_meeting_body_video_config import StartLivestreamingAMeetingBodyVideoConfig
    from .start_livestreaming_a_meeting_response_201 import StartLivestreamingAMeetingResponse201
    from .start_livestreaming_a_meeting_response_201_data_type_0 import StartLivestreamingAMeetingResponse201DataType0
    from .start_recording_a_meeting_body import StartRecordingAMeetingBody
    from .start_recording_a_meeting_body_audio_config import StartRecordingAMeetingBodyAudioConfig
    from .start_recording_a_meeting_body_interactive_config import StartRecordingAMeetingBodyInteractiveConfig
    from .start_recording_a_meeting_body_realtimekit_bucket_config import (
        StartRecordingAMeetingBodyRealtimekitBucketConfig,
    )
    from .start_recording_a_meeting_body_rtmp_out_config import StartRecordingAMeetingBodyRtmpOutConfig
    from .start_recording_a_meeting_body_storage_config_type_0 import StartRecordingAMeetingBodyStorageConfigType0
    from .start_recording_a_meeting_body_video_config import StartRecordingAMeetingBodyVideoConfig
    from .start_recording_audio_and_video_tracks_body import StartRecordingAudioAndVideoTracksBody
    from .start_recording_audio_and_video_tracks_body_layers import StartRecordingAudioAndVideoTracksBodyLayers
    from .start_recording_audio_and_video_tracks_body_layers_additional_property import (
        StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty,
    )
    from .stop_livestreaming_a_meeting_body import StopLivestreamingAMeetingBody
    from .stop_livestreaming_a_meeting_response_200 import StopLivestreamingAMeetingResponse200
    from .stop_livestreaming_a_meeting_response_200_data_type_0 import StopLivestreamingAMeetingResponse200DataType0
    from .update_a_meeting_body import UpdateAMeetingBody
    from .update_a_meeting_body_ai_config import UpdateAMeetingBodyAiConfig
    from .update_a_meeting_body_recording_config import UpdateAMeetingBodyRecordingConfig
    from .update_a_meeting_body_status import UpdateAMeetingBodyStatus
    from .update_a_preset_body import UpdateAPresetBody
    from .update_a_preset_body_config import UpdateAPresetBodyConfig
    from .update_a_preset_body_permissions import UpdateAPresetBodyPermissions
    from .update_a_preset_body_ui import UpdateAPresetBodyUi

# class name -> relative module that defines it
_LAZY_MODELS: dict[str, str] = {
    "AddAParticipantBody": ".add_a_participant_body",
    "AddAWebhookBody": ".add_a_webhook_body",
    "AddAWebhookBodyEventsItem": ".add_a_webhook_body_events_item",
    "AddAWebhookResponse201": ".add_a_webhook_response_201",
    "AddAWebhookResponse201DataType0": ".add_a_webhook_response_201_data_type_0",
    "AddAWebhookResponse400": ".add_a_webhook_response_400",
    "AddAWebhookResponse400ErrorType0": ".add_a_webhook_response_400_error_type_0",
    "CreateAMeetingBody": ".create_a_meeting_body",
    "CreateAMeetingBodyAiConfig": ".create_a_meeting_body_ai_config",
    "CreateAMeetingBodyRecordingConfig": ".create_a_meeting_body_recording_config",
    "CreateAPollBody": ".create_a_poll_body",
    "CreateAPresetBody": ".create_a_preset_body",
    "CreateAPresetBodyConfig": ".create_a_preset_body_config",
    "CreateAPresetBodyPermissions": ".create_a_preset_body_permissions",
    "CreateAPresetBodyUi": ".create_a_preset_body_ui",
    "CreateAnIndependentLivestreamBody": ".create_an_independent_livestream_body",
    "CreateAnIndependentLivestreamResponse201": ".create_an_independent_livestream_response_201",
    "CreateAnIndependentLivestreamResponse201DataType0": ".create_an_independent_livestream_response_201_data_type_0",
    "CreateAppBody": ".create_app_body",
    "CreateAppResponse200": ".create_app_response_200",
    "CreateAppResponse200DataType0": ".create_app_response_200_data_type_0",
    "CreateAppResponse200DataType0AppType0": ".create_app_response_200_data_type_0_app_type_0",
    "DeleteAWebhookResponse200": ".delete_a_webhook_response_200",
    "DeleteAWebhookResponse200DataType0": ".delete_a_webhook_response_200_data_type_0",
    "DeleteAWebhookResponse400": ".delete_a_webhook_response_400",
    "DeleteAWebhookResponse400ErrorType0": ".delete_a_webhook_response_400_error_type_0",
    "EditAParticipantsDetailBody": ".edit_a_participants_detail_body",
    "EditAWebhookBody": ".edit_a_webhook_body",
    "EditAWebhookBodyEventsItem": ".edit_a_webhook_body_events_item",
    "EditAWebhookResponse200": ".edit_a_webhook_response_200",
    "EditAWebhookResponse200DataType0": ".edit_a_webhook_response_200_data_type_0",
    "EditAWebhookResponse400": ".edit_a_webhook_response_400",
    "EditAWebhookResponse400ErrorType0": ".edit_a_webhook_response_400_error_type_0",
    "FetchActiveLivestreamSessionDetailsResponse200": ".fetch_active_livestream_session_details_response_200",
    "FetchActiveLivestreamSessionDetailsResponse200DataType0": ".fetch_active_livestream_session_details_response_200_data_type_0",
    "FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0": ".fetch_active_livestream_session_details_response_200_data_type_0_livestream_type_0",
    "FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0": ".fetch_active_livestream_session_details_response_200_data_type_0_session_type_0",
    "FetchActiveLivestreamsForAMeetingResponse200": ".fetch_active_livestreams_for_a_meeting_response_200",
    "FetchActiveLivestreamsForAMeetingResponse200DataType0": ".fetch_active_livestreams_for_a_meeting_response_200_data_type_0",
    "FetchAllAppsResponse200": ".fetch_all_apps_response_200",
    "FetchAllAppsResponse200DataType0ItemType0": ".fetch_all_apps_response_200_data_type_0_item_type_0",
    "FetchAllAppsSortOrder": ".fetch_all_apps_sort_order",
    "FetchAllLivestreamsResponse200": ".fetch_all_livestreams_response_200",
    "FetchAllLivestreamsResponse200DataType0": ".fetch_all_livestreams_response_200_data_type_0",
    "FetchAllLivestreamsResponse200DataType0PagingType0": ".fetch_all_livestreams_response_200_data_type_0_paging_type_0",
    "FetchAllLivestreamsSortOrder": ".fetch_all_livestreams_sort_order",
    "FetchAllLivestreamsStatus": ".fetch_all_livestreams_status",
    "FetchAllMeetingsForAnAppStatus": ".fetch_all_meetings_for_an_app_status",
    "FetchAllRecordingsForAnAppSortBy": ".fetch_all_recordings_for_an_app_sort_by",
    "FetchAllRecordingsForAnAppSortOrder": ".fetch_all_recordings_for_an_app_sort_order",
    "FetchAllRecordingsForAnAppStatusItem": ".fetch_all_recordings_for_an_app_status_item",
    "FetchAllSessionsOfAnAppSortBy": ".fetch_all_sessions_of_an_app_sort_by",
    "FetchAllSessionsOfAnAppSortOrder": ".fetch_all_sessions_of_an_app_sort_order",
    "FetchAllSessionsOfAnAppStatus": ".fetch_all_sessions_of_an_app_status",
    "FetchAllWebhooksDetailsResponse200": ".fetch_all_webhooks_details_response_200",
    "FetchAllWebhooksDetailsResponse200DataType0ItemType0": ".fetch_all_webhooks_details_response_200_data_type_0_item_type_0",
    "FetchCompleteAnalyticsDataForYourLivestreamsResponse200": ".fetch_complete_analytics_data_for_your_livestreams_response_200",
    "FetchCompleteAnalyticsDataForYourLivestreamsResponse200DataType0": ".fetch_complete_analytics_data_for_your_livestreams_response_200_data_type_0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200": ".fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0": ".fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0": ".fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0DayStatsType0ItemType0": ".fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_recording_stats_type_0_day_stats_type_0_item_type_0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0": ".fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0": ".fetch_day_wise_session_and_recording_analytics_data_for_an_app_response_200_data_type_0_session_stats_type_0_day_stats_type_0_item_type_0",
    "FetchDetailsOfAWebhookResponse200": ".fetch_details_of_a_webhook_response_200",
    "FetchDetailsOfAWebhookResponse200DataType0": ".fetch_details_of_a_webhook_response_200_data_type_0",
    "FetchDetailsOfAWebhookResponse400": ".fetch_details_of_a_webhook_response_400",
    "FetchDetailsOfAWebhookResponse400ErrorType0": ".fetch_details_of_a_webhook_response_400_error_type_0",
    "FetchDetailsOfPeerFilters": ".fetch_details_of_peer_filters",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200": ".fetch_livestream_details_using_livestream_id_response_200",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0": ".fetch_livestream_details_using_livestream_id_response_200_data_type_0",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0": ".fetch_livestream_details_using_livestream_id_response_200_data_type_0_livestream_type_0",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0": ".fetch_livestream_details_using_livestream_id_response_200_data_type_0_paging_type_0",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0": ".fetch_livestream_details_using_livestream_id_response_200_data_type_0_session_type_0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200": ".fetch_livestream_session_details_for_a_meeting_response_200",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0": ".fetch_livestream_session_details_for_a_meeting_response_200_data_type_0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0": ".fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_livestreams_type_0_item_type_0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0": ".fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_paging_type_0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0": ".fetch_livestream_session_details_for_a_meeting_response_200_data_type_0_sessions_type_0",
    "FetchLivestreamSessionDetailsUsingASessionIdResponse200": ".fetch_livestream_session_details_using_a_session_id_response_200",
    "FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0": ".fetch_livestream_session_details_using_a_session_id_response_200_data_type_0",
    "FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0PagingType0": ".fetch_livestream_session_details_using_a_session_id_response_200_data_type_0_paging_type_0",
    "FetchLivestreamSessionDetailsUsingLivestreamSessionIdResponse200": ".fetch_livestream_session_details_using_livestream_session_id_response_200",
    "FetchLivestreamSessionDetailsUsingLivestreamSessionIdResponse200DataType0": ".fetch_livestream_session_details_using_livestream_session_id_response_200_data_type_0",
    "FetchParticipantsListOfASessionSortBy": ".fetch_participants_list_of_a_session_sort_by",
    "FetchParticipantsListOfASessionSortOrder": ".fetch_participants_list_of_a_session_sort_order",
    "FetchParticipantsListOfASessionView": ".fetch_participants_list_of_a_session_view",
    "FetchTheCompleteTranscriptForASessionFormat": ".fetch_the_complete_transcript_for_a_session_format",
    "GenerateSummaryOfTranscriptsForTheSessionBody": ".generate_summary_of_transcripts_for_the_session_body",
    "GenerateSummaryOfTranscriptsForTheSessionResponse2XX": ".generate_summary_of_transcripts_for_the_session_response_2xx",
    "GenerateSummaryOfTranscriptsForTheSessionResponse2XXDataType0": ".generate_summary_of_transcripts_for_the_session_response_2xx_data_type_0",
    "KickAllParticipantsBody": ".kick_all_participants_body",
    "KickParticipantsFromAnActiveSessionBody": ".kick_participants_from_an_active_session_body",
    "MuteAllParticipantsBody": ".mute_all_participants_body",
    "MuteParticipantsOfAnActiveSessionBody": ".mute_participants_of_an_active_session_body",
    "PauseResumeStopRecordingBody": ".pause_resume_stop_recording_body",
    "PauseResumeStopRecordingBodyAction": ".pause_resume_stop_recording_body_action",
    "RefreshParticipantsAuthenticationTokenBody": ".refresh_participants_authentication_token_body",
    "ReplaceAMeetingBody": ".replace_a_meeting_body",
    "ReplaceAMeetingBodyAiConfig": ".replace_a_meeting_body_ai_config",
    "ReplaceAMeetingBodyRecordingConfig": ".replace_a_meeting_body_recording_config",
    "ReplaceAWebhookBody": ".replace_a_webhook_body",
    "ReplaceAWebhookBodyEventsItem": ".replace_a_webhook_body_events_item",
    "ReplaceAWebhookResponse200": ".replace_a_webhook_response_200",
    "ReplaceAWebhookResponse200DataType0": ".replace_a_webhook_response_200_data_type_0",
    "ReplaceAWebhookResponse400": ".replace_a_webhook_response_400",
    "ReplaceAWebhookResponse400ErrorType0": ".replace_a_webhook_response_400_error_type_0",
    "StartLivestreamingAMeetingBody": ".start_livestreaming_a_meeting_body",
    "StartLivestreamingAMeetingBodyVideoConfig": ".start_livestreaming_a_meeting_body_video_config",
    "StartLivestreamingAMeetingResponse201": ".start_livestreaming_a_meeting_response_201",
    "StartLivestreamingAMeetingResponse201DataType0": ".start_livestreaming_a_meeting_response_201_data_type_0",
    "StartRecordingAMeetingBody": ".start_recording_a_meeting_body",
    "StartRecordingAMeetingBodyAudioConfig": ".start_recording_a_meeting_body_audio_config",
    "StartRecordingAMeetingBodyInteractiveConfig": ".start_recording_a_meeting_body_interactive_config",
    "StartRecordingAMeetingBodyRealtimekitBucketConfig": ".start_recording_a_meeting_body_realtimekit_bucket_config",
    "StartRecordingAMeetingBodyRtmpOutConfig": ".start_recording_a_meeting_body_rtmp_out_config",
    "StartRecordingAMeetingBodyStorageConfigType0": ".start_recording_a_meeting_body_storage_config_type_0",
    "StartRecordingAMeetingBodyVideoConfig": ".start_recording_a_meeting_body_video_config",
    "StartRecordingAudioAndVideoTracksBody": ".start_recording_audio_and_video_tracks_body",
    "StartRecordingAudioAndVideoTracksBodyLayers": ".start_recording_audio_and_video_tracks_body_layers",
    "StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty": ".start_recording_audio_and_video_tracks_body_layers_additional_property",
    "StopLivestreamingAMeetingBody": ".stop_livestreaming_a_meeting_body",
    "StopLivestreamingAMeetingResponse200": ".stop_livestreaming_a_meeting_response_200",
    "StopLivestreamingAMeetingResponse200DataType0": ".stop_livestreaming_a_meeting_response_200_data_type_0",
    "UpdateAMeetingBody": ".update_a_meeting_body",
    "UpdateAMeetingBodyAiConfig": ".update_a_meeting_body_ai_config",
    "UpdateAMeetingBodyRecordingConfig": ".update_a_meeting_body_recording_config",
    "UpdateAMeetingBodyStatus": ".update_a_meeting_body_status",
    "UpdateAPresetBody": ".update_a_preset_body",
    "UpdateAPresetBodyConfig": ".update_a_preset_body_config",
    "UpdateAPresetBodyPermissions": ".update_a_preset_body_permissions",
    "UpdateAPresetBodyUi": ".update_a_preset_body_ui",
}

__all__ = (
    "AddAParticipantBody",
    "AddAWebhookBody",
    "AddAWebhookBodyEventsItem",
    "AddAWebhookResponse201",
    "AddAWebhookResponse201DataType0",
    "AddAWebhookResponse400",
    "AddAWebhookResponse400ErrorType0",
    "CreateAMeetingBody",
    "CreateAMeetingBodyAiConfig",
    "CreateAMeetingBodyRecordingConfig",
    "CreateAnIndependentLivestreamBody",
    "CreateAnIndependentLivestreamResponse201",
    "CreateAnIndependentLivestreamResponse201DataType0",
    "CreateAPollBody",
    "CreateAppBody",
    "CreateAppResponse200",
    "CreateAppResponse200DataType0",
    "CreateAppResponse200DataType0AppType0",
    "CreateAPresetBody",
    "CreateAPresetBodyConfig",
    "CreateAPresetBodyPermissions",
    "CreateAPresetBodyUi",
    "DeleteAWebhookResponse200",
    "DeleteAWebhookResponse200DataType0",
    "DeleteAWebhookResponse400",
    "DeleteAWebhookResponse400ErrorType0",
    "EditAParticipantsDetailBody",
    "EditAWebhookBody",
    "EditAWebhookBodyEventsItem",
    "EditAWebhookResponse200",
    "EditAWebhookResponse200DataType0",
    "EditAWebhookResponse400",
    "EditAWebhookResponse400ErrorType0",
    "FetchActiveLivestreamSessionDetailsResponse200",
    "FetchActiveLivestreamSessionDetailsResponse200DataType0",
    "FetchActiveLivestreamSessionDetailsResponse200DataType0LivestreamType0",
    "FetchActiveLivestreamSessionDetailsResponse200DataType0SessionType0",
    "FetchActiveLivestreamsForAMeetingResponse200",
    "FetchActiveLivestreamsForAMeetingResponse200DataType0",
    "FetchAllAppsResponse200",
    "FetchAllAppsResponse200DataType0ItemType0",
    "FetchAllAppsSortOrder",
    "FetchAllLivestreamsResponse200",
    "FetchAllLivestreamsResponse200DataType0",
    "FetchAllLivestreamsResponse200DataType0PagingType0",
    "FetchAllLivestreamsSortOrder",
    "FetchAllLivestreamsStatus",
    "FetchAllMeetingsForAnAppStatus",
    "FetchAllRecordingsForAnAppSortBy",
    "FetchAllRecordingsForAnAppSortOrder",
    "FetchAllRecordingsForAnAppStatusItem",
    "FetchAllSessionsOfAnAppSortBy",
    "FetchAllSessionsOfAnAppSortOrder",
    "FetchAllSessionsOfAnAppStatus",
    "FetchAllWebhooksDetailsResponse200",
    "FetchAllWebhooksDetailsResponse200DataType0ItemType0",
    "FetchCompleteAnalyticsDataForYourLivestreamsResponse200",
    "FetchCompleteAnalyticsDataForYourLivestreamsResponse200DataType0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0RecordingStatsType0DayStatsType0ItemType0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0",
    "FetchDayWiseSessionAndRecordingAnalyticsDataForAnAppResponse200DataType0SessionStatsType0DayStatsType0ItemType0",
    "FetchDetailsOfAWebhookResponse200",
    "FetchDetailsOfAWebhookResponse200DataType0",
    "FetchDetailsOfAWebhookResponse400",
    "FetchDetailsOfAWebhookResponse400ErrorType0",
    "FetchDetailsOfPeerFilters",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0LivestreamType0",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0PagingType0",
    "FetchLivestreamDetailsUsingLivestreamIdResponse200DataType0SessionType0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0LivestreamsType0ItemType0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0PagingType0",
    "FetchLivestreamSessionDetailsForAMeetingResponse200DataType0SessionsType0",
    "FetchLivestreamSessionDetailsUsingASessionIdResponse200",
    "FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0",
    "FetchLivestreamSessionDetailsUsingASessionIdResponse200DataType0PagingType0",
    "FetchLivestreamSessionDetailsUsingLivestreamSessionIdResponse200",
    "FetchLivestreamSessionDetailsUsingLivestreamSessionIdResponse200DataType0",
    "FetchParticipantsListOfASessionSortBy",
    "FetchParticipantsListOfASessionSortOrder",
    "FetchParticipantsListOfASessionView",
    "FetchTheCompleteTranscriptForASessionFormat",
    "GenerateSummaryOfTranscriptsForTheSessionBody",
    "GenerateSummaryOfTranscriptsForTheSessionResponse2XX",
    "GenerateSummaryOfTranscriptsForTheSessionResponse2XXDataType0",
    "KickAllParticipantsBody",
    "KickParticipantsFromAnActiveSessionBody",
    "MuteAllParticipantsBody",
    "MuteParticipantsOfAnActiveSessionBody",
    "PauseResumeStopRecordingBody",
    "PauseResumeStopRecordingBodyAction",
    "RefreshParticipantsAuthenticationTokenBody",
    "ReplaceAMeetingBody",
    "ReplaceAMeetingBodyAiConfig",
    "ReplaceAMeetingBodyRecordingConfig",
    "ReplaceAWebhookBody",
    "ReplaceAWebhookBodyEventsItem",
    "ReplaceAWebhookResponse200",
    "ReplaceAWebhookResponse200DataType0",
    "ReplaceAWebhookResponse400",
    "ReplaceAWebhookResponse400ErrorType0",
    "StartLivestreamingAMeetingBody",
    "StartLivestreamingAMeetingBodyVideoConfig",
    "StartLivestreamingAMeetingResponse201",
    "StartLivestreamingAMeetingResponse201DataType0",
    "StartRecordingAMeetingBody",
    "StartRecordingAMeetingBodyAudioConfig",
    "StartRecordingAMeetingBodyInteractiveConfig",
    "StartRecordingAMeetingBodyRealtimekitBucketConfig",
    "StartRecordingAMeetingBodyRtmpOutConfig",
    "StartRecordingAMeetingBodyStorageConfigType0",
    "StartRecordingAMeetingBodyVideoConfig",
    "StartRecordingAudioAndVideoTracksBody",
    "StartRecordingAudioAndVideoTracksBodyLayers",
    "StartRecordingAudioAndVideoTracksBodyLayersAdditionalProperty",
    "StopLivestreamingAMeetingBody",
    "StopLivestreamingAMeetingResponse200",
    "StopLivestreamingAMeetingResponse200DataType0",
    "UpdateAMeetingBody",
    "UpdateAMeetingBodyAiConfig",
    "UpdateAMeetingBodyRecordingConfig",
    "UpdateAMeetingBodyStatus",
    "UpdateAPresetBody",
    "UpdateAPresetBodyConfig",
    "UpdateAPresetBodyPermissions",
    "UpdateAPresetBodyUi",
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
