from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR


class ChatDownload(_rt.Model):
    """
    Attributes:
        chat_download_url (str): Promised by the API. URL where the chat logs can be downloaded
        chat_download_url_expiry (str): Promised by the API. Time when the download URL will expire
    """

    __slots__ = ()
    _fields = {
        "chat_download_url": (_c_0, True),
        "chat_download_url_expiry": (_c_1, True),
    }
    _required = frozenset(
        {
            "chat_download_url",
            "chat_download_url_expiry",
        }
    )

    def __init__(
        self,
        *,
        chat_download_url: str,
        chat_download_url_expiry: str,
    ) -> None:
        super().__init__()
        self._write("chat_download_url", chat_download_url)
        self._write("chat_download_url_expiry", chat_download_url_expiry)

    @property
    def chat_download_url(self) -> str:
        """URL where the chat logs can be downloaded"""

        return self._req("chat_download_url", _c_0)

    @chat_download_url.setter
    def chat_download_url(self, value: str) -> None:
        self._write("chat_download_url", value)

    @property
    def chat_download_url_expiry(self) -> str:
        """Time when the download URL will expire"""

        return self._req("chat_download_url_expiry", _c_1)

    @chat_download_url_expiry.setter
    def chat_download_url_expiry(self, value: str) -> None:
        self._write("chat_download_url_expiry", value)
