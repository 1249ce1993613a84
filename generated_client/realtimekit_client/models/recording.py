from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..models.recording_info_status import RecordingInfoStatus, check_recording_info_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_reason import StartReason
    from ..models.stop_reason import StopReason
    from ..models.storage_config import StorageConfig


_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[datetime.datetime] = _rt.DATETIME
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[RecordingInfoStatus] = _rt.checked(
    check_recording_info_status, "ERRORED, INVOKED, PAUSED, RECORDING, UPLOADED, UPLOADING"
)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_6: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_7: _rt.Codec[float | None] = _rt.nullable(_rt.FLOAT)
_c_8: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_9: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_10: _rt.Codec[datetime.datetime | None] = _rt.nullable(_rt.DATETIME)
_c_11: _rt.Codec[int | None] = _rt.nullable(_rt.INT)
_c_12: _rt.Codec[StartReason | None] = _rt.nullable(_rt.model("start_reason", "StartReason"))
_c_13: _rt.Codec[StopReason | None] = _rt.nullable(_rt.model("stop_reason", "StopReason"))
_c_14: _rt.Codec[StorageConfig | None] = _rt.nullable(_rt.model("storage_config", "StorageConfig"))


class Recording(_rt.Model):
    """Data returned by the operation

    Attributes:
        id (str): Promised by the API. ID of the recording
        invoked_time (datetime.datetime): Promised by the API. Timestamp when this recording was invoked.
        output_file_name (str): Promised by the API. File name of the recording.
        status (RecordingInfoStatus): Promised by the API. Current status of the recording.
        audio_download_url (str | None): If the audio_config is passed, the URL for downloading the audio recording is
            returned.
        download_url (str | None): URL where the recording can be downloaded.
        download_url_expiry (datetime.datetime | None): Timestamp when the download URL expires.
        file_size (float | None): File size of the recording, in bytes.
        session_id (str | None): ID of the meeting session this recording is for.
        started_time (datetime.datetime | None): Timestamp when this recording actually started after being invoked.

            Usually a few seconds after `invoked_time`.
        stopped_time (datetime.datetime | None): Timestamp when this recording was stopped.

            Optional; is present only when the recording has actually been stopped.
        recording_duration (int | None): Total recording time in seconds.
        start_reason (StartReason | None):
        stop_reason (StopReason | None):
        storage_config (StorageConfig | None):
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "invoked_time": (_c_1, True),
        "output_file_name": (_c_2, True),
        "status": (_c_3, True),
        "audio_download_url": (_c_4, False),
        "download_url": (_c_5, False),
        "download_url_expiry": (_c_6, False),
        "file_size": (_c_7, False),
        "session_id": (_c_8, False),
        "started_time": (_c_9, False),
        "stopped_time": (_c_10, False),
        "recording_duration": (_c_11, False),
        "start_reason": (_c_12, False),
        "stop_reason": (_c_13, False),
        "storage_config": (_c_14, False),
    }
    _required = frozenset(
        {
            "id",
            "invoked_time",
            "output_file_name",
            "status",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        invoked_time: datetime.datetime,
        output_file_name: str,
        status: RecordingInfoStatus,
        audio_download_url: str | None | Unset = UNSET,
        download_url: str | None | Unset = UNSET,
        download_url_expiry: datetime.datetime | None | Unset = UNSET,
        file_size: float | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        started_time: datetime.datetime | None | Unset = UNSET,
        stopped_time: datetime.datetime | None | Unset = UNSET,
        recording_duration: int | None | Unset = UNSET,
        start_reason: StartReason | None | Unset = UNSET,
        stop_reason: StopReason | None | Unset = UNSET,
        storage_config: StorageConfig | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("invoked_time", invoked_time)
        self._write("output_file_name", output_file_name)
        self._write("status", status)
        if not isinstance(audio_download_url, Unset):
            self._write("audio_download_url", audio_download_url)
        if not isinstance(download_url, Unset):
            self._write("download_url", download_url)
        if not isinstance(download_url_expiry, Unset):
            self._write("download_url_expiry", download_url_expiry)
        if not isinstance(file_size, Unset):
            self._write("file_size", file_size)
        if not isinstance(session_id, Unset):
            self._write("session_id", session_id)
        if not isinstance(started_time, Unset):
            self._write("started_time", started_time)
        if not isinstance(stopped_time, Unset):
            self._write("stopped_time", stopped_time)
        if not isinstance(recording_duration, Unset):
            self._write("recording_duration", recording_duration)
        if not isinstance(start_reason, Unset):
            self._write("start_reason", start_reason)
        if not isinstance(stop_reason, Unset):
            self._write("stop_reason", stop_reason)
        if not isinstance(storage_config, Unset):
            self._write("storage_config", storage_config)

    @property
    def id(self) -> str:
        """ID of the recording"""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def invoked_time(self) -> datetime.datetime:
        """Timestamp when this recording was invoked."""

        return self._req("invoked_time", _c_1)

    @invoked_time.setter
    def invoked_time(self, value: datetime.datetime) -> None:
        self._write("invoked_time", value)

    @property
    def output_file_name(self) -> str:
        """File name of the recording."""

        return self._req("output_file_name", _c_2)

    @output_file_name.setter
    def output_file_name(self, value: str) -> None:
        self._write("output_file_name", value)

    @property
    def status(self) -> RecordingInfoStatus:
        """Current status of the recording."""

        return self._req("status", _c_3)

    @status.setter
    def status(self, value: RecordingInfoStatus) -> None:
        self._write("status", value)

    @property
    def audio_download_url(self) -> str | None:
        """If the audio_config is passed, the URL for downloading the audio recording is
        returned."""

        return self._opt("audio_download_url", _c_4)

    @audio_download_url.setter
    def audio_download_url(self, value: str | None) -> None:
        self._write("audio_download_url", value)

    @property
    def download_url(self) -> str | None:
        """URL where the recording can be downloaded."""

        return self._opt("download_url", _c_5)

    @download_url.setter
    def download_url(self, value: str | None) -> None:
        self._write("download_url", value)

    @property
    def download_url_expiry(self) -> datetime.datetime | None:
        """Timestamp when the download URL expires."""

        return self._opt("download_url_expiry", _c_6)

    @download_url_expiry.setter
    def download_url_expiry(self, value: datetime.datetime | None) -> None:
        self._write("download_url_expiry", value)

    @property
    def file_size(self) -> float | None:
        """File size of the recording, in bytes."""

        return self._opt("file_size", _c_7)

    @file_size.setter
    def file_size(self, value: float | None) -> None:
        self._write("file_size", value)

    @property
    def session_id(self) -> str | None:
        """ID of the meeting session this recording is for."""

        return self._opt("session_id", _c_8)

    @session_id.setter
    def session_id(self, value: str | None) -> None:
        self._write("session_id", value)

    @property
    def started_time(self) -> datetime.datetime | None:
        """Timestamp when this recording actually started after being invoked.

        Usually a few seconds after `invoked_time`."""

        return self._opt("started_time", _c_9)

    @started_time.setter
    def started_time(self, value: datetime.datetime | None) -> None:
        self._write("started_time", value)

    @property
    def stopped_time(self) -> datetime.datetime | None:
        """Timestamp when this recording was stopped.

        Optional; is present only when the recording has actually been stopped."""

        return self._opt("stopped_time", _c_10)

    @stopped_time.setter
    def stopped_time(self, value: datetime.datetime | None) -> None:
        self._write("stopped_time", value)

    @property
    def recording_duration(self) -> int | None:
        """Total recording time in seconds."""

        return self._opt("recording_duration", _c_11)

    @recording_duration.setter
    def recording_duration(self, value: int | None) -> None:
        self._write("recording_duration", value)

    @property
    def start_reason(self) -> StartReason | None:

        return self._opt("start_reason", _c_12)

    @start_reason.setter
    def start_reason(self, value: StartReason | None) -> None:
        self._write("start_reason", value)

    @property
    def stop_reason(self) -> StopReason | None:

        return self._opt("stop_reason", _c_13)

    @stop_reason.setter
    def stop_reason(self, value: StopReason | None) -> None:
        self._write("stop_reason", value)

    @property
    def storage_config(self) -> StorageConfig | None:

        return self._opt("storage_config", _c_14)

    @storage_config.setter
    def storage_config(self, value: StorageConfig | None) -> None:
        self._write("storage_config", value)
