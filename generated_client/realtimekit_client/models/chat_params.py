from __future__ import annotations

from typing import TYPE_CHECKING

from .. import model_base as _rt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.private_params import PrivateParams
    from ..models.public_params import PublicParams


_c_0: _rt.Codec[PrivateParams] = _rt.model("private_params", "PrivateParams")
_c_1: _rt.Codec[PublicParams] = _rt.model("public_params", "PublicParams")


class ChatParams(_rt.Model):
    """
    Attributes:
        private (PrivateParams | None):
        public (PublicParams | None):
    """

    __slots__ = ()
    _fields = {
        "private": (_c_0, False),
        "public": (_c_1, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        private: PrivateParams | Unset = UNSET,
        public: PublicParams | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(private, Unset):
            self._write("private", private)
        if not isinstance(public, Unset):
            self._write("public", public)

    @property
    def private(self) -> PrivateParams | None:

        return self._opt("private", _c_0)

    @private.setter
    def private(self, value: PrivateParams) -> None:
        self._write("private", value)

    @property
    def public(self) -> PublicParams | None:

        return self._opt("public", _c_1)

    @public.setter
    def public(self, value: PublicParams) -> None:
        self._write("public", value)
