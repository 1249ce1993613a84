from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR


class ParticipantToken(_rt.Model):
    """Data returned by the operation

    Attributes:
        token (str): Promised by the API. Regenerated participant's authentication token.
    """

    __slots__ = ()
    _fields = {
        "token": (_c_0, True),
    }
    _required = frozenset(
        {
            "token",
        }
    )

    def __init__(
        self,
        *,
        token: str,
    ) -> None:
        super().__init__()
        self._write("token", token)

    @property
    def token(self) -> str:
        """Regenerated participant's authentication token."""

        return self._req("token", _c_0)

    @token.setter
    def token(self, value: str) -> None:
        self._write("token", value)
