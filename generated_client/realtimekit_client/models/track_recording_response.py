from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_recording import TrackRecording


_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[TrackRecording | None] = _rt.nullable(_rt.model("track_recording", "TrackRecording"))


class TrackRecordingResponse(_rt.Model):
    """
    Attributes:
        success (bool): Promised by the API. Success status of the operation
        data (TrackRecording | None): Data returned by the operation
    """

    __slots__ = ()
    _fields = {
        "success": (_c_0, True),
        "data": (_c_1, False),
    }
    _required = frozenset(
        {
            "success",
        }
    )

    def __init__(
        self,
        *,
        success: bool,
        data: TrackRecording | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("success", success)
        if not isinstance(data, Unset):
            self._write("data", data)

    @property
    def success(self) -> bool:
        """Success status of the operation"""

        return self._req("success", _c_0)

    @success.setter
    def success(self, value: bool) -> None:
        self._write("success", value)

    @property
    def data(self) -> TrackRecording | None:
        """Data returned by the operation"""

        return self._opt("data", _c_1)

    @data.setter
    def data(self, value: TrackRecording | None) -> None:
        self._write("data", value)
