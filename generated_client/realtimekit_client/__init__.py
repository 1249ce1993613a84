"""A client library for accessing RealtimeKit API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthError,
    BadRequestError,
    ConflictError,
    InvalidResponseBody,
    MissingResultError,
    MissingTokenError,
    NotFoundError,
    RateLimitError,
    RealtimeKitError,
    ServerError,
    TokenError,
    UnexpectedBodyError,
    UnexpectedStatus,
)
from .paged import apaginate, paginate
from .retry import RetryPolicy

__version__ = "0.3.0"

if TYPE_CHECKING:
    from .facade import AsyncRealtimeKit, RealtimeKit


def __getattr__(name: str) -> Any:
    """The facade (``facade.py``) is imported on first use, so importing one operation module
    stays cheap."""
    if name in ("RealtimeKit", "AsyncRealtimeKit"):
        from . import facade

        return getattr(facade, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "__version__",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncRealtimeKit",
    "AuthError",
    "AuthenticatedClient",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InvalidResponseBody",
    "MissingResultError",
    "MissingTokenError",
    "NotFoundError",
    "RateLimitError",
    "RealtimeKit",
    "RealtimeKitError",
    "RetryPolicy",
    "ServerError",
    "TokenError",
    "UnexpectedBodyError",
    "UnexpectedStatus",
    "apaginate",
    "paginate",
)
