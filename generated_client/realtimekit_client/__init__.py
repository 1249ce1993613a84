"""A client library for accessing RealtimeKit API"""

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
from .pagination import apaginate, paginate
from .retry import RetryPolicy

__all__ = (
    "ApiError",
    "AuthError",
    "AuthenticatedClient",
    "BadRequestError",
    "Client",
    "ConflictError",
    "MissingTokenError",
    "NotFoundError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "apaginate",
    "paginate",
)
