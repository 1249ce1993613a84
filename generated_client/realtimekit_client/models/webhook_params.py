from __future__ import annotations

from .. import model_base as _rt
from ..models.webhook_event import WebhookEvent, check_webhook_event
from ..types import UNSET, Unset

_c_0: _rt.Codec[list[WebhookEvent]] = _rt.list_of(
    _rt.checked(
        check_webhook_event,
        "livestreaming.statusUpdate, meeting.chatSynced, meeting.ended, meeting.participantJoined, meeting.participantLeft, meeting.started, meeting.summary, meeting.transcript, recording.statusUpdate",
    )
)
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[bool] = _rt.BOOL


class WebhookParams(_rt.Model):
    """
    Attributes:
        events (list[WebhookEvent]): Promised by the API. Events that this webhook will get triggered by
        name (str): Promised by the API. Name of the webhook
        url (str): Promised by the API. URL this webhook will send events to
        enabled (bool | None): Set whether or not the webhook should be active when created
    """

    __slots__ = ()
    _fields = {
        "events": (_c_0, True),
        "name": (_c_1, True),
        "url": (_c_2, True),
        "enabled": (_c_3, False),
    }
    _required = frozenset(
        {
            "events",
            "name",
            "url",
        }
    )

    def __init__(
        self,
        *,
        events: list[WebhookEvent],
        name: str,
        url: str,
        enabled: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("events", events)
        self._write("name", name)
        self._write("url", url)
        if not isinstance(enabled, Unset):
            self._write("enabled", enabled)

    @property
    def events(self) -> list[WebhookEvent]:
        """Events that this webhook will get triggered by"""

        return self._req("events", _c_0)

    @events.setter
    def events(self, value: list[WebhookEvent]) -> None:
        self._write("events", value)

    @property
    def name(self) -> str:
        """Name of the webhook"""

        return self._req("name", _c_1)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)

    @property
    def url(self) -> str:
        """URL this webhook will send events to"""

        return self._req("url", _c_2)

    @url.setter
    def url(self, value: str) -> None:
        self._write("url", value)

    @property
    def enabled(self) -> bool | None:
        """Set whether or not the webhook should be active when created"""

        return self._opt("enabled", _c_3)

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._write("enabled", value)
