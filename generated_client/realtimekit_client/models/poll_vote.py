from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR


class PollVote(_rt.Model):
    """
    Attributes:
        id (str): Promised by the API.
        name (str): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "id": (_c_0, True),
        "name": (_c_1, True),
    }
    _required = frozenset(
        {
            "id",
            "name",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
    ) -> None:
        super().__init__()
        self._write("id", id)
        self._write("name", name)

    @property
    def id(self) -> str:

        return self._req("id", _c_0)

    @id.setter
    def id(self, value: str) -> None:
        self._write("id", value)

    @property
    def name(self) -> str:

        return self._req("name", _c_1)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)
