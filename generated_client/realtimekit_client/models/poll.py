from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.poll_option import PollOption


_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[list[PollOption]] = _rt.list_of(_rt.model("poll_option", "PollOption"))
_c_2: _rt.Codec[str] = _rt.STR
_c_3: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_4: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_5: _rt.Codec[bool | None] = _rt.nullable(_rt.BOOL)
_c_6: _rt.Codec[list[str] | None] = _rt.nullable(_rt.list_of(_rt.STR))


class Poll(_rt.Model):
    """
    Attributes:
        id (str): Promised by the API. ID of the poll
        options (list[PollOption]): Promised by the API. Answer options
        question (str): Promised by the API. Question asked by the poll
        anonymous (bool | None):
        created_by (str | None):
        hide_votes (bool | None):
        voted (list[str] | None):
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "options": (_c_1, True),
        "question": (_c_2, True),
        "anonymous": (_c_3, False),
        "created_by": (_c_4, False),
        "hide_votes": (_c_5, False),
        "voted": (_c_6, False),
    }
    _required = frozenset(
        {
            "id",
            "options",
            "question",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        options: list[PollOption],
        question: str,
        anonymous: bool | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        hide_votes: bool | None | Unset = UNSET,
        voted: list[str] | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("options", options)
        self._write("question", question)
        if not isinstance(anonymous, Unset):
            self._write("anonymous", anonymous)
        if not isinstance(created_by, Unset):
            self._write("created_by", created_by)
        if not isinstance(hide_votes, Unset):
            self._write("hide_votes", hide_votes)
        if not isinstance(voted, Unset):
            self._write("voted", voted)

    @property
    def id(self) -> str:
        """ID of the poll"""

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def options(self) -> list[PollOption]:
        """Answer options"""

        return self._req("options", _c_1)

    @options.setter
    def options(self, value: list[PollOption]) -> None:
        self._write("options", value)

    @property
    def question(self) -> str:
        """Question asked by the poll"""

        return self._req("question", _c_2)

    @question.setter
    def question(self, value: str) -> None:
        self._write("question", value)

    @property
    def anonymous(self) -> bool | None:

        return self._opt("anonymous", _c_3)

    @anonymous.setter
    def anonymous(self, value: bool | None) -> None:
        self._write("anonymous", value)

    @property
    def created_by(self) -> str | None:

        return self._opt("created_by", _c_4)

    @created_by.setter
    def created_by(self, value: str | None) -> None:
        self._write("created_by", value)

    @property
    def hide_votes(self) -> bool | None:

        return self._opt("hide_votes", _c_5)

    @hide_votes.setter
    def hide_votes(self, value: bool | None) -> None:
        self._write("hide_votes", value)

    @property
    def voted(self) -> list[str] | None:

        return self._opt("voted", _c_6)

    @voted.setter
    def voted(self, value: list[str] | None) -> None:
        self._write("voted", value)
