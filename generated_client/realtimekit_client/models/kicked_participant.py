from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class KickedParticipant(_rt.Model):
    """
    Attributes:
        id (str): Promised by the API. ID of the session participant
        created_at (str): Promised by the API.
        updated_at (str): Promised by the API.
        email (str | None): Email of the session participant.
        name (str | None): Name of the session participant.
        picture (str | None): A URL pointing to a picture of the participant.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "created_at": (_c_1, True),
        "updated_at": (_c_2, True),
        "email": (_c_3, False),
        "name": (_c_4, False),
        "picture": (_c_5, False),
    }
    _required = frozenset(
        {
            "id",
            "created_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        created_at: str,
        updated_at: str,
        email: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        picture: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("created_at", created_at)
        self._write("updated_at", updated_at)
        if not isinstance(email, Unset):
            self._write("email", email)
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(picture, Unset):
            self._write("picture", picture)

    @property
    def id(self) -> str:
        """ID of the session participant"""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def created_at(self) -> str:

        return self._req("created_at", _c_1)

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._write("created_at", value)

    @property
    def updated_at(self) -> str:

        return self._req("updated_at", _c_2)

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._write("updated_at", value)

    @property
    def email(self) -> str | None:
        """Email of the session participant."""

        return self._opt("email", _c_3)

    @email.setter
    def email(self, value: str | None) -> None:
        self._write("email", value)

    @property
    def name(self) -> str | None:
        """Name of the session participant."""

        return self._opt("name", _c_4)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def picture(self) -> str | None:
        """A URL pointing to a picture of the participant."""

        return self._opt("picture", _c_5)

    @picture.setter
    def picture(self, value: str | None) -> None:
        self._write("picture", value)
