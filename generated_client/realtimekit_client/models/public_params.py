from __future__ import annotations

from .. import model_base as _rt
from ..types import UNSET, Unset

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL


class PublicParams(_rt.Model):
    """
    Attributes:
        can_send (bool | None): Can send messages in general
        files (bool | None): Can send file messages
        text (bool | None): Can send text messages
    """

    __slots__ = ()
    _fields = {
        "can_send": (_c_0, False),
        "files": (_c_1, False),
        "text": (_c_2, False),
    }
    _required = frozenset({})

    def __init__(
        self,
        *,
        can_send: bool | Unset = UNSET,
        files: bool | Unset = UNSET,
        text: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        if not isinstance(can_send, Unset):
            self._write("can_send", can_send)
        if not isinstance(files, Unset):
            self._write("files", files)
        if not isinstance(text, Unset):
            self._write("text", text)

    @property
    def can_send(self) -> bool | None:
        """Can send messages in general"""

        return self._opt("can_send", _c_0)

    @can_send.setter
    def can_send(self, value: bool) -> None:
        self._write("can_send", value)

    @property
    def files(self) -> bool | None:
        """Can send file messages"""

        return self._opt("files", _c_1)

    @files.setter
    def files(self, value: bool) -> None:
        self._write("files", value)

    @property
    def text(self) -> bool | None:
        """Can send text messages"""

        return self._opt("text", _c_2)

    @text.setter
    def text(self, value: bool) -> None:
        self._write("text", value)
