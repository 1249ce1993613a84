from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.meeting_info_list_response_paging import MeetingInfoListResponsePaging
    from ..models.recording_info import RecordingInfo


_c_0: _rt.Codec[list[RecordingInfo]] = _rt.list_of(_rt.model("recording_info", "RecordingInfo"))
_c_1: _rt.Codec[MeetingInfoListResponsePaging] = _rt.model(
    "meeting_info_list_response_paging", "MeetingInfoListResponsePaging"
)
_c_2: _rt.Codec[bool] = _rt.BOOL


class RecordingInfoListResponse(_rt.Model):
    """
    Attributes:
        data (list[RecordingInfo]): Promised by the API.
        paging (MeetingInfoListResponsePaging): Promised by the API.
        success (bool): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "data": (_c_0, True),
        "paging": (_c_1, True),
        "success": (_c_2, True),
    }
    _required = frozenset(
        {
            "data",
            "paging",
            "success",
        }
    )

    def __init__(
        self,
        *,
        data: list[RecordingInfo],
        paging: MeetingInfoListResponsePaging,
        success: bool,
    ) -> None:
        super().__init__()
        self._write("data", data)
        self._write("paging", paging)
        self._write("success", success)

    @property
    def data(self) -> list[RecordingInfo]:

        return self._req("data", _c_0)

    @data.setter
    def data(self, value: list[RecordingInfo]) -> None:
        self._write("data", value)

    @property
    def paging(self) -> MeetingInfoListResponsePaging:

        return self._req("paging", _c_1)

    @paging.setter
    def paging(self, value: MeetingInfoListResponsePaging) -> None:
        self._write("paging", value)

    @property
    def success(self) -> bool:

        return self._req("success", _c_2)

    @success.setter
    def success(self, value: bool) -> None:
        self._write("success", value)
