"""A client library for accessing RealtimeKit API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client
from .errors import (
    ApiError,
    AuthError,
    BadRequestError,
    ConflictError,
    MissingTokenError,
    NotFoundError,
    RateLimitError,
    ServerError,
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
    "ApiError",
    "AsyncRealtimeKit",
    "AuthError",
    "AuthenticatedClient",
    "BadRequestError",
    "Client",
    "ConflictError",
    "MissingTokenError",
    "NotFoundError",
    "RateLimitError",
    "RealtimeKit",
    "RetryPolicy",
    "ServerError",
    "apaginate",
    "paginate",
)
