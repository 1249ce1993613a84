from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.participant import Participant


_c_0: _rt.Codec[Participant] = _rt.model("participant", "Participant")
_c_1: _rt.Codec[bool] = _rt.BOOL


class ParticipantResponse(_rt.Model):
    """
    Attributes:
        data (Participant): Promised by the API. Represents a participant.
        success (bool): Promised by the API. Success status of the operation
    """

    __slots__ = ()
    _fields = {
        "data": (_c_0, True),
        "success": (_c_1, True),
    }
    _required = frozenset(
        {
            "data",
            "success",
        }
    )

    def __init__(
        self,
        *,
        data: Participant,
        success: bool,
    ) -> None:
        super().__init__()
        self._write("data", data)
        self._write("success", success)

    @property
    def data(self) -> Participant:
        """Represents a participant."""

        return self._req("data", _c_0)

    @data.setter
    def data(self, value: Participant) -> None:
        self._write("data", value)

    @property
    def success(self) -> bool:
        """Success status of the operation"""

        return self._req("success", _c_1)

    @success.setter
    def success(self, value: bool) -> None:
        self._write("success", value)
