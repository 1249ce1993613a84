from __future__ import annotations

from .. import model_base as _rt

_c_0: _rt.Codec[str] = _rt.STR
_c_1: _rt.Codec[str] = _rt.STR
_c_2: _rt.Codec[str] = _rt.STR


class TranscriptDownload(_rt.Model):
    """
    Attributes:
        session_id (str): Promised by the API.
        transcript_download_url (str): Promised by the API. URL where the transcript can be downloaded
        transcript_download_url_expiry (str): Promised by the API. Time when the download URL will expire
    """

    __slots__ = ()
    _fields = {
        "sessionId": (_c_0, True),
        "transcript_download_url": (_c_1, True),
        "transcript_download_url_expiry": (_c_2, True),
    }
    _required = frozenset(
        {
            "sessionId",
            "transcript_download_url",
            "transcript_download_url_expiry",
        }
    )

    def __init__(
        self,
        *,
        session_id: str,
        transcript_download_url: str,
        transcript_download_url_expiry: str,
    ) -> None:
        super().__init__()
        self._write("sessionId", session_id)
        self._write("transcript_download_url", transcript_download_url)
        self._write("transcript_download_url_expiry", transcript_download_url_expiry)

    @property
    def session_id(self) -> str:

        return self._req("sessionId", _c_0)

    @session_id.setter
    def session_id(self, value: str) -> None:
        self._write("sessionId", value)

    @property
    def transcript_download_url(self) -> str:
        """URL where the transcript can be downloaded"""

        return self._req("transcript_download_url", _c_1)

    @transcript_download_url.setter
    def transcript_download_url(self, value: str) -> None:
        self._write("transcript_download_url", value)

    @property
    def transcript_download_url_expiry(self) -> str:
        """Time when the download URL will expire"""

        return self._req("transcript_download_url_expiry", _c_2)

    @transcript_download_url_expiry.setter
    def transcript_download_url_expiry(self, value: str) -> None:
        self._write("transcript_download_url_expiry", value)
