from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.webhook import Webhook


_c_0: _rt.Codec[Webhook] = _rt.model("webhook", "Webhook")
_c_1: _rt.Codec[bool] = _rt.BOOL


class WebhookResponse(_rt.Model):
    """
    Attributes:
        data (Webhook): Promised by the API.
        success (bool): Promised by the API.
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
        data: Webhook,
        success: bool,
    ) -> None:
        super().__init__()
        self._write("data", data)
        self._write("success", success)

    @property
    def data(self) -> Webhook:

        return self._req("data", _c_0)

    @data.setter
    def data(self, value: Webhook) -> None:
        self._write("data", value)

    @property
    def success(self) -> bool:

        return self._req("success", _c_1)

    @success.setter
    def success(self, value: bool) -> None:
        self._write("success", value)
