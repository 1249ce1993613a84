from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_livestream_params import StartLivestreamParams
from ...models.started_livestream_response import StartedLivestreamResponse
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "start_livestreaming_a_meeting"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/livestreams"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    body: StartLivestreamParams | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/livestreams".format(
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StartedLivestreamResponse | None:
    if response.status_code == 201:
        response_201 = StartedLivestreamResponse.from_dict(response.json(), _OPERATION)

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartedLivestreamResponse]:
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
    body: StartLivestreamParams | Unset = UNSET,
) -> Response[StartedLivestreamResponse]:
    """Start livestreaming a meeting

     Starts livestream of a meeting associated with the given meeting ID. Retreive the meeting ID using
    the `Create a meeting` API.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (StartLivestreamParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[StartedLivestreamResponse]
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
    body: StartLivestreamParams | Unset = UNSET,
) -> StartedLivestreamResponse | None:
    """Start livestreaming a meeting

     Starts livestream of a meeting associated with the given meeting ID. Retreive the meeting ID using
    the `Create a meeting` API.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (StartLivestreamParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        StartedLivestreamResponse
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
    body: StartLivestreamParams | Unset = UNSET,
) -> Response[StartedLivestreamResponse]:
    """Start livestreaming a meeting

     Starts livestream of a meeting associated with the given meeting ID. Retreive the meeting ID using
    the `Create a meeting` API.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (StartLivestreamParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[StartedLivestreamResponse]
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
    body: StartLivestreamParams | Unset = UNSET,
) -> StartedLivestreamResponse | None:
    """Start livestreaming a meeting

     Starts livestream of a meeting associated with the given meeting ID. Retreive the meeting ID using
    the `Create a meeting` API.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        body (StartLivestreamParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        StartedLivestreamResponse
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
