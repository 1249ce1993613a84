"""Shared types of the client (``Response``, ``UNSET``, ``File``) and the per-call helpers every
operation module uses (``request_url``, ``path_segment``, ``status_of``).

Hand-written runtime (``templates/runtime/`` in the generator project), copied into the package
at every regeneration; it replaces the generator's ``types.py`` with the same public names.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from functools import lru_cache
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define, field


class Unset:
    """The type of ``UNSET``: an argument not given (not sent), unlike ``None`` (sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        """``UNSET``, so that ``help()`` and IDEs show signatures as they are written."""
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``operation`` (``create_a_meeting``) and ``route`` (``POST /accounts/{account_id}/...``) say
    which operation it answers; ``errors.error_for`` names them in the error of an error status."""

    status_code: HTTPStatus | int  # a plain int for codes HTTPStatus lacks, such as Cloudflare's 520-527
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    operation: str | None = field(default=None, kw_only=True, eq=False)
    route: str | None = field(default=None, kw_only=True, eq=False)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


_KNOWN_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or ``code`` itself when it is not a standard one (520, 599, ...)."""
    return _KNOWN_STATUSES.get(code, code)


@lru_cache(maxsize=512)
def _parsed_url(url: str) -> httpx.URL:
    return httpx.URL(url)


def request_url(client: httpx.Client | httpx.AsyncClient, path: str) -> httpx.URL | str:
    """The absolute URL of ``path`` under the client's ``base_url``, parsed once and cached.

    httpx parses a relative URL, then the merged one: two parses of about 15 us each on every
    call. The absolute URL is the same string httpx would build, so a repeated path costs a
    dict lookup. A base URL with a query or fragment (or none) is left to httpx as it was."""
    base = str(client.base_url)
    if not base or "?" in base or "#" in base:
        return path
    if not base.endswith("/"):  # a base URL without a path, such as http://127.0.0.1:8080
        base += "/"
    return _parsed_url(base + path.lstrip("/"))


def path_segment(value: Any, name: str) -> str:
    """``value`` as one path segment: every character but letters, digits and ``-._~`` encoded.

    Raises ValueError naming the parameter ``name`` when ``value`` is None, UNSET or empty, or is
    the dot segment ``.`` or ``..``: the request would go to another path (``/webhooks/None``,
    ``/accounts//...``; a URL normaliser following RFC 3986 removes ``/.`` and ``/x/..`` even
    when sent as ``%2E``), so none is sent. ``...``, ``.a`` or ``a..b`` are ordinary values."""
    if value is None or isinstance(value, Unset):
        raise ValueError(f"path parameter {name} is {'None' if value is None else 'UNSET'}: a value is required")
    segment = quote(str(value), safe="")
    if not segment:
        raise ValueError(f"path parameter {name} is empty: a value is required")
    if segment in (".", ".."):
        raise ValueError(f"path parameter {name} is {segment!r}: a dot segment names another path, so it is refused")
    return segment


def body_field(value: Any, name: str) -> Any:
    """``value[name]`` of a parsed JSON object or ``value.name`` of a model (its
    ``additional_properties`` for a key it does not declare); None when absent, UNSET or when
    ``value`` is neither. Reads error bodies (``errors.error_message``) and pages
    (``pagination``) whatever their shape."""
    if isinstance(value, Mapping):
        return value.get(name)
    if hasattr(value, "to_dict"):
        if hasattr(value, name):
            found = getattr(value, name)
        else:
            found = getattr(value, "additional_properties", {}).get(name)
        return None if isinstance(found, Unset) else found
    return None
