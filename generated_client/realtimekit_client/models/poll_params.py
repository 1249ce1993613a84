from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[list[str]] = _rt.list_of(_rt.STR)
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[bool] = _rt.BOOL


class PollParams(_rt.Model):
    """
    Attributes:
        options (list[str]): Promised by the API. Different options for the question
        question (str): Promised by the API. Question of the poll
        anonymous (bool | None): if voters on a poll are anonymous
        hide_votes (bool | None): if votes on an option are visible before a person votes
    """

    __slots__ = ()
    _fields = {
        "options": (_c_0, True),
        "question": (_c_1, True),
        "anonymous": (_c_2, False),
        "hide_votes": (_c_3, False),
    }
    _required = frozenset(
        {
            "options",
            "question",
        }
    )

    def __init__(
        self,
        *,
        options: list[str],
        question: str,
        anonymous: bool | Unset = UNSET,
        hide_votes: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._write("options", options)
        self._write("question", question)
        if not isinstance(anonymous, Unset):
            self._write("anonymous", anonymous)
        if not isinstance(hide_votes, Unset):
            self._write("hide_votes", hide_votes)

    @property
    def options(self) -> list[str]:
        """Different options for the question"""

        return self._req("options", _c_0)

    @options.setter
    def options(self, value: list[str]) -> None:
        self._write("options", value)

    @property
    def question(self) -> str:
        """Question of the poll"""

        return self._req("question", _c_1)

    @question.setter
    def question(self, value: str) -> None:
        self._write("question", value)

    @property
    def anonymous(self) -> bool | None:
        """if voters on a poll are anonymous"""

        return self._opt("anonymous", _c_2)

    @anonymous.setter
    def anonymous(self, value: bool) -> None:
        self._write("anonymous", value)

    @property
    def hide_votes(self) -> bool | None:
        """if votes on an option are visible before a person votes"""

        return self._opt("hide_votes", _c_3)

    @hide_votes.setter
    def hide_votes(self, value: bool) -> None:
        self._write("hide_votes", value)
