"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

T = TypeVar("T")


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidResponseBody(ValueError):
    """Raised when a successful (2xx) response's body is not the JSON the API documents."""

    def __init__(self, status_code: int, content: bytes, reason: Exception):
        self.status_code = status_code
        self.content = content
        self.reason = reason
        excerpt = content[:200].decode(errors="replace")
        super().__init__(
            f"The {status_code} response body is not the documented JSON ({type(reason).__name__}: {reason}); "
            f"it starts with: {excerpt!r}"
        )


def parse_body(client: Any, response: httpx.Response, parse: Callable[..., T]) -> T | None:
    """Parse ``response`` with the endpoint's ``parse``, so that a body that is not the documented
    JSON gives a clear error on success and never an unrelated exception on an error status."""
    try:
        return parse(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        if 200 <= response.status_code < 300:
            raise InvalidResponseBody(response.status_code, response.content, exc) from exc
        if client.raise_on_unexpected_status:
            raise UnexpectedStatus(response.status_code, response.content) from exc
        return None


__all__ = ["InvalidResponseBody", "UnexpectedStatus", "parse_body"]
