from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.participant_token import ParticipantToken


_c_0: _rt.Codec[ParticipantToken] = _rt.model("participant_token", "ParticipantToken")
_c_1: _rt.Codec[bool] = _rt.BOOL


class ParticipantTokenResponse(_rt.Model):
    """
    Attributes:
        data (ParticipantToken): Promised by the API. Data returned by the operation
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
        data: ParticipantToken,
        success: bool,
    ) -> None:
        super().__init__()
        self._write("data", data)
        self._write("success", success)

    @property
    def data(self) -> ParticipantToken:
        """Data returned by the operation"""

        return self._req("data", _c_0)

    @data.setter
    def data(self, value: ParticipantToken) -> None:
        self._write("data", value)

    @property
    def success(self) -> bool:
        """Success status of the operation"""

        return self._req("success", _c_1)

    @success.setter
    def success(self, value: bool) -> None:
        self._write("success", value)
