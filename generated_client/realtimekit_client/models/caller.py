from __future__ import annotations

from .. import model_base as _rt
from ..models.caller_type import CallerType, check_caller_type
from ..types import UNSET, Unset

_c_0: _rt.Codec[str | None] = _rt.nullable(_rt.STR)
_c_1: _rt.Codec[CallerType | None] = _rt.nullable(_rt.checked(check_caller_type, "ORGANIZATION, USER"))
_c_2: _rt.Codec[str | None] = _rt.nullable(_rt.STR)


class Caller(_rt.Model):
    """
    Attributes:
        name (str | None): Name of the user who started the recording.
        type_ (CallerType | None): The type can be an App or a user.

            If the type is `user`, then only the `user_Id` and `name` are returned.
        user_id (str | None):
    """

    __slots__ = ()
    _fields = {
        "name": (_c_0, False),
        "type": (_c_1, False),
        "user_Id": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        type_: CallerType | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(name, Unset):
            self._write("name", name)
        if not isinstance(type_, Unset):
            self._write("type", type_)
        if not isinstance(user_id, Unset):
            self._write("user_Id", user_id)

    @property
    def name(self) -> str | None:
        """Name of the user who started the recording."""

        return self._opt("name", _c_0)

    @name.setter
    def name(self, value: str | None) -> None:
        self._write("name", value)

    @property
    def type_(self) -> CallerType | None:
        """The type can be an App or a user.

        If the type is `user`, then only the `user_Id` and `name` are returned."""

        return self._opt("type", _c_1)

    @type_.setter
    def type_(self, value: CallerType | None) -> None:
        self._write("type", value)

    @property
    def user_id(self) -> str | None:

        return self._opt("user_Id", _c_2)

    @user_id.setter
    def user_id(self, value: str | None) -> None:
        self._write("user_Id", value)
