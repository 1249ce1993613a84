from __future__ import annotations

import datetime

from .. import model_base as _rt
from ..models.webhook_event import WebhookEvent, check_webhook_event

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[datetime.datetime] = _rt.DATETIME
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[list[WebhookEvent]] = _rt.list_of(
    _rt.checked(
        check_webhook_event,
        "livestreaming.statusUpdate, meeting.chatSynced, meeting.ended, meeting.participantJoined, meeting.participantLeft, meeting.started, meeting.summary, meeting.transcript, recording.statusUpdate",
    )
)
_c_4: _rt.Codec[str] = _rt.STR
_c_5: _rt.Codec[datetime.datetime] = _rt.DATETIME
_c_6: _rt.Codec[str] = _rt.STR


class Webhook(_rt.Model):
    """
    Attributes:
        id (str): Promised by the API. ID of the webhook
        created_at (datetime.datetime): Promised by the API. Timestamp when this webhook was created
        enabled (bool): Promised by the API. Set to true if the webhook is active
        events (list[WebhookEvent]): Promised by the API. Events this webhook will send updates for
        name (str): Promised by the API. Name of the webhook
        updated_at (datetime.datetime): Promised by the API. Timestamp when this webhook was updated
        url (str): Promised by the API. URL the webhook will send events to
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "created_at": (_c_1, True),
        "enabled": (_c_2, True),
        "events": (_c_3, True),
        "name": (_c_4, True),
        "updated_at": (_c_5, True),
        "url": (_c_6, True),
    }
    _required = frozenset(
        {
            "id",
            "created_at",
            "enabled",
            "events",
            "name",
            "updated_at",
            "url",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        created_at: datetime.datetime,
        enabled: bool,
        events: list[WebhookEvent],
        name: str,
        updated_at: datetime.datetime,
        url: str,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("created_at", created_at)
        self._write("enabled", enabled)
        self._write("events", events)
        self._write("name", name)
        self._write("updated_at", updated_at)
        self._write("url", url)

    @property
    def id(self) -> str:
        """ID of the webhook"""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> datetime.datetime:
        """Timestamp when this webhook was created"""

        return self._req("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: datetime.datetime) -> None:
        self._write("created_at", value)

    @property
    def enabled(self) -> bool:
        """Set to true if the webhook is active"""

        return self._req("enabled", _c_2)

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._write("enabled", value)

    @property
    def events(self) -> list[WebhookEvent]:
        """Events this webhook will send updates for"""

        return self._req("events", _c_3)

    @events.setter
    def events(self, value: list[WebhookEvent]) -> None:
        self._write("events", value)

    @property
    def name(self) -> str:
        """Name of the webhook"""

        return self._req("name", _c_4)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)

    @property
    def updated_at(self) -> datetime.datetime:
        """Timestamp when this webhook was updated"""

        return self._req("updated_at", _c_5)

    @updated_at.setter
    def updated_at(self, value: datetime.datetime) -> None:
        self._write("updated_at", value)

    @property
    def url(self) -> str:
        """URL the webhook will send events to"""

        return self._req("url", _c_6)

    @url.setter
    def url(self, value: str) -> None:
        self._write("url", value)
