from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR


class AppParams(_rt.Model):
    """
    Attributes:
        name (str): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "name": (_c_0, True),
    }
    _required = frozenset(
        {
            "name",
        }
    )

    def __init__(
        self,
        *,
        name: str,
    ) -> None:
        super().__init__()
        self._write("name", name)

    @property
    def name(self) -> str:

        return self._req("name", _c_0)

    @name.setter
    def name(self, value: str) -> None:
        self._write("name", value)
