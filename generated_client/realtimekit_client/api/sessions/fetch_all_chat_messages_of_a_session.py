from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_download_response import ChatDownloadResponse
from ...types import Response, path_segment, request_url, status_of

_OPERATION = (
    "fetch_all_chat_messages_of_a_session"  # named in warnings about bodies that drift from the spec, and in errors
)
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/chat"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/chat".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            session_id=path_segment(session_id, "session_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChatDownloadResponse | None:
    if response.status_code == 200:
        response_200 = ChatDownloadResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatDownloadResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=errors.parse_body(client, response, _parse_response),
        operation=_OPERATION,
        route=_ROUTE,
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChatDownloadResponse]:
    """Fetch all chat messages of a session

     Returns a URL to download all chat messages of the session ID in CSV format.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[ChatDownloadResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
    )

    _httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(_httpx_client, kwargs["url"])
    try:
        response = _httpx_client.request(**kwargs)
    except httpx.RequestError as _error:
        raise errors.connection_error(_error, _OPERATION, client) from _error

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> ChatDownloadResponse | None:
    """Fetch all chat messages of a session

     Returns a URL to download all chat messages of the session ID in CSV format.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        ChatDownloadResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        client=client,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChatDownloadResponse]:
    """Fetch all chat messages of a session

     Returns a URL to download all chat messages of the session ID in CSV format.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[ChatDownloadResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
    )

    _httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(_httpx_client, kwargs["url"])
    try:
        response = await _httpx_client.request(**kwargs)
    except httpx.RequestError as _error:
        raise errors.connection_error(_error, _OPERATION, client) from _error

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> ChatDownloadResponse | None:
    """Fetch all chat messages of a session

     Returns a URL to download all chat messages of the session ID in CSV format.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        ChatDownloadResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        client=client,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
