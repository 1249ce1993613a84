from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR


class SummaryDownload(_rt.Model):
    """
    Attributes:
        session_id (str): Promised by the API.
        summary_download_url (str): Promised by the API.
        summary_download_url_expiry (str): Promised by the API.
    """

    __slots__ = ()
    _fields = {
        "sessionId": (_c_0, True),
        "summaryDownloadUrl": (_c_1, True),
        "summaryDownloadUrlExpiry": (_c_2, True),
    }
    _required = frozenset(
        {
            "sessionId",
            "summaryDownloadUrl",
            "summaryDownloadUrlExpiry",
        }
    )

    def __init__(
        self,
        *,
        session_id: str,
        summary_download_url: str,
        summary_download_url_expiry: str,
    ) -> None:
        super().__init__()
        self._write("sessionId", session_id)
        self._write("summaryDownloadUrl", summary_download_url)
        self._write("summaryDownloadUrlExpiry", summary_download_url_expiry)

    @property
    def session_id(self) -> str:

        return self._req("sessionId", _c_0)

    @session_id.setter
    def session_id(self, value: str) -> None:
        self._write("sessionId", value)

    @property
    def summary_download_url(self) -> str:

        return self._req("summaryDownloadUrl", _c_1)

    @summary_download_url.setter
    def summary_download_url(self, value: str) -> None:
        self._write("summaryDownloadUrl", value)

    @property
    def summary_download_url_expiry(self) -> str:

        return self._req("summaryDownloadUrlExpiry", _c_2)

    @summary_download_url_expiry.setter
    def summary_download_url_expiry(self, value: str) -> None:
        self._write("summaryDownloadUrlExpiry", value)
