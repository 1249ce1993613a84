from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.poll_vote import PollVote


_c_0: _rt.Codec[float] = _rt.FLOAT
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[list[PollVote]] = _rt.list_of(_rt.model("poll_vote", "PollVote"))


class PollOption(_rt.Model):
    """
    Attributes:
        count (float): Promised by the API.
        text (str): Promised by the API. Text of the answer option
        votes (list[PollVote]): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "count": (_c_0, True),
        "text": (_c_1, True),
        "votes": (_c_2, True),
    }
    _required = frozenset(
        {
            "count",
            "text",
            "votes",
        }
    )

    def __init__(
        self,
        *,
        count: float,
        text: str,
        votes: list[PollVote],
    ) -> None:
        super().__init__()
        self._write("count", count)
        self._write("text", text)
        self._write("votes", votes)

    @property
    def count(self) -> float:

        return self._req("count", _c_0)

    @count.setter
    def count(self, value: float) -> None:
        self._write("count", value)

    @property
    def text(self) -> str:
        """Text of the answer option"""

        return self._req("text", _c_1)

    @text.setter
    def text(self, value: str) -> None:
        self._write("text", value)

    @property
    def votes(self) -> list[PollVote]:

        return self._req("votes", _c_2)

    @votes.setter
    def votes(self, value: list[PollVote]) -> None:
        self._write("votes", value)
