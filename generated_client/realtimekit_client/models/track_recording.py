from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.active_recording import ActiveRecording


_c_0: _rt.Codec[ActiveRecording] = _rt.model("active_recording", "ActiveRecording")


class TrackRecording(_rt.Model):
    """Data returned by the operation

    Attributes:
        recording (ActiveRecording): Promised by the API. Data returned by the operation
    """

    __slots__ = ()
    _fields = {
        "recording": (_c_0, True),
    }
    _required = frozenset(
        {
            "recording",
        }
    )

    def __init__(
        self,
        *,
        recording: ActiveRecording,
    ) -> None:
        super().__init__()
        self._write("recording", recording)

    @property
    def recording(self) -> ActiveRecording:
        """Data returned by the operation"""

        return self._req("recording", _c_0)

    @recording.setter
    def recording(self, value: ActiveRecording) -> None:
        self._write("recording", value)
