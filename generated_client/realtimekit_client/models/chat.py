from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt

if TYPE_CHECKING:
    from ..models.private import Private
    from ..models.public import Public


_c_0: _rt.Codec[Private] = _rt.model("private", "Private")
_c_1: _rt.Codec[Public] = _rt.model("public", "Public")


class Chat(_rt.Model):
    """
    Attributes:
        private (Private): Promised by the API.
        public (Public): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "private": (_c_0, True),
        "public": (_c_1, True),
    }
    _required = frozenset(
        {
            "private",
            "public",
        }
    )

    def __init__(
        self,
        *,
        private: Private,
        public: Public,
    ) -> None:
        super().__init__()
        self._write("private", private)
        self._write("public", public)

    @property
    def private(self) -> Private:

        return self._req("private", _c_0)

    @private.setter
    def private(self, value: Private) -> None:
        self._write("private", value)

    @property
    def public(self) -> Public:

        return self._req("public", _c_1)

    @public.setter
    def public(self, value: Public) -> None:
        self._write("public", value)
