from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.json_object import JsonObject
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = (
    "mute_participants_of_an_active_session"  # named in warnings about bodies that drift from the spec, and in errors
)
_ROUTE = (
    "POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/mute"  # named in errors
)


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    body: JsonObject | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/mute".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            meeting_id=path_segment(meeting_id, "meeting_id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    body: JsonObject | Unset = UNSET,
) -> Response[Any]:
    """Mute participants of an active session

     Mutes one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (JsonObject | Unset): A JSON object whose fields the docs do not list; set them as
            items (body['key'] = value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        body=body,
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
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    body: JsonObject | Unset = UNSET,
) -> Any | None:
    """Mute participants of an active session

     Mutes one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (JsonObject | Unset): A JSON object whose fields the docs do not list; set them as
            items (body['key'] = value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        Any
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        client=client,
        body=body,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    body: JsonObject | Unset = UNSET,
) -> Response[Any]:
    """Mute participants of an active session

     Mutes one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (JsonObject | Unset): A JSON object whose fields the docs do not list; set them as
            items (body['key'] = value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        body=body,
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
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    body: JsonObject | Unset = UNSET,
) -> Any | None:
    """Mute participants of an active session

     Mutes one or more participants from an active session using user ID or custom participant ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (JsonObject | Unset): A JSON object whose fields the docs do not list; set them as
            items (body['key'] = value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        Any
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        client=client,
        body=body,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
