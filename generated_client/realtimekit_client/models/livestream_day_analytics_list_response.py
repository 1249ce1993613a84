from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.livestream_day_analytics import LivestreamDayAnalytics


_c_0: _rt.Codec[list[LivestreamDayAnalytics] | None] = _rt.nullable(
    _rt.list_of(_rt.model("livestream_day_analytics", "LivestreamDayAnalytics"))
)
_c_1: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)


class LivestreamDayAnalyticsListResponse(_rt.Model):
    """
    Attributes:
        data (list[LivestreamDayAnalytics] | None):
        success (bool | None):
    """

    __slots__ = ()
    _fields = {
        "data": (_c_0, False),
        "success": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        data: list[LivestreamDayAnalytics] | None | Unset = UNSET,
        success: bool | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(data, Unset):
            self._write("data", data)
        if not isinstance(success, Unset):
            self._write("success", success)

    @property
    def data(self) -> list[LivestreamDayAnalytics] | None:

        return self._opt("data", _c_0)

    @data.setter
    def data(self, value: list[LivestreamDayAnalytics] | None) -> None:
        self._write("data", value)

    @property
    def success(self) -> bool | None:

        return self._opt("success", _c_1)

    @success.setter
    def success(self, value: bool | None) -> None:
        self._write("success", value)
