from __future__ import annotations

from .. import model_base as _rt
from ..models.webhook_event import WebhookEvent, check_webhook_event
from ..types import UNSET, Unset

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[list[WebhookEvent]] = _rt.list_of(
    _rt.checked(
        check_webhook_event,
        "livestreaming.statusUpdate, meeting.chatSynced, meeting.ended, meeting.participantJoined, meeting.participantLeft, meeting.started, meeting.summary, meeting.transcript, recording.statusUpdate",
    )
)
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str] = _rt.STR


class WebhookUpdateParams(_rt.Model):
    """
    Attributes:
        enabled (bool | None):
        events (list[WebhookEvent] | None): Events that the webhook will get triggered by
        name (str | None): Name of the webhook
        url (str | None): URL the webhook will send events to
    """

    __slots__ = ()
    _fields = {
        "enabled": (_c_0, False),
        "events": (_c_1, False),
        "name": (_c_2, False),
        "url": (_c_3, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        enabled: bool | Unset = UNSET,
        events: list[WebhookEvent] | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(enabled, Unset):
            self._write("enabled", enabled)
        if not isinstance(events, Unset):
            self._write("events", events)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(url, Unset):
            self._write("url", url)

    @property
    def enabled(self) -> bool | None:

        return self._opt("enabled", _c_0)

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._write("enabled", value)

    @property
    def events(self) -> list[WebhookEvent] | None:
        """Events that the webhook will get triggered by"""

        return self._opt("events", _c_1)

    @events.setter
    def events(self, value: list[WebhookEvent]) -> None:
        self._write("events", value)

    @property
    def name(self) -> str | None:
        """Name of the webhook"""

        return self._opt("name", _c_2)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)

    @property
    def url(self) -> str | None:
        """URL the webhook will send events to"""

        return self._opt("url", _c_3)

    @url.setter
    def url(self, value: str) -> None:
        self._write("url", value)
