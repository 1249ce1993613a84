from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL


class Public(_rt.Model):
    """
    Attributes:
        can_send (bool): Promised by the API. Can send messages in general
        files (bool): Promised by the API. Can send file messages
        text (bool): Promised by the API. Can send text messages
    """

    __slots__ = ()
    _fields = {
        "can_send": (_c_0, True),
        "files": (_c_1, True),
        "text": (_c_2, True),
    }
    _required = frozenset(
        {
            "can_send",
            "files",
            "text",
        }
    )

    def __init__(
        self,
        *,
        can_send: bool,
        files: bool,
        text: bool,
    ) -> None:
        super().__init__()
        self._write("can_send", can_send)
        self._write("files", files)
        self._write("text", text)

    @property
    def can_send(self) -> bool:
        """Can send messages in general"""

        return self._req("can_send", _c_0)

    @can_send.setter
    def can_send(self, value: bool) -> None:
        self._write("can_send", value)

    @property
    def files(self) -> bool:
        """Can send file messages"""

        return self._req("files", _c_1)

    @files.setter
    def files(self, value: bool) -> None:
        self._write("files", value)

    @property
    def text(self) -> bool:
        """Can send text messages"""

        return self._req("text", _c_2)

    @text.setter
    def text(self, value: bool) -> None:
        self._write("text", value)
