from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[bool] = _rt.BOOL
_c_1: _rt.Codec[bool] = _rt.BOOL
_c_2: _rt.Codec[bool] = _rt.BOOL
_c_3: _rt.Codec[bool] = _rt.BOOL


class Private(_rt.Model):
    """
    Attributes:
        can_receive (bool): Promised by the API.
        can_send (bool): Promised by the API.
        files (bool): Promised by the API.
        text (bool): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "can_receive": (_c_0, True),
        "can_send": (_c_1, True),
        "files": (_c_2, True),
        "text": (_c_3, True),
    }
    _required = frozenset(
        {
            "can_receive",
            "can_send",
            "files",
            "text",
        }
    )

    def __init__(
        self,
        *,
        can_receive: bool,
        can_send: bool,
        files: bool,
        text: bool,
    ) -> None:
        super().__init__()
        self._write("can_receive", can_receive)
        self._write("can_send", can_send)
        self._write("files", files)
        self._write("text", text)

    @property
    def can_receive(self) -> bool:

        return self._req("can_receive", _c_0)

    @can_receive.setter
    def can_receive(self, value: bool) -> None:
        self._write("can_receive", value)

    @property
    def can_send(self) -> bool:

        return self._req("can_send", _c_1)

    @can_send.setter
    def can_send(self, value: bool) -> None:
        self._write("can_send", value)

    @property
    def files(self) -> bool:

        return self._req("files", _c_2)

    @files.setter
    def files(self, value: bool) -> None:
        self._write("files", value)

    @property
    def text(self) -> bool:

        return self._req("text", _c_3)

    @text.setter
    def text(self, value: bool) -> None:
        self._write("text", value)
