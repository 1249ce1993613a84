from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_participant_details_response import SessionParticipantDetailsResponse
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_details_of_a_participant"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants/{participant_id}"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    include_peer_events: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_peer_events"] = include_peer_events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants/{participant_id}".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            session_id=path_segment(session_id, "session_id"),
            participant_id=path_segment(participant_id, "participant_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SessionParticipantDetailsResponse | None:
    if response.status_code == 200:
        response_200 = SessionParticipantDetailsResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SessionParticipantDetailsResponse]:
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
    participant_id: str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = UNSET,
) -> Response[SessionParticipantDetailsResponse]:
    """Fetch details of a participant

     Returns details of the given participant ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[SessionParticipantDetailsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        include_peer_events=include_peer_events,
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
    participant_id: str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = UNSET,
) -> SessionParticipantDetailsResponse | None:
    """Fetch details of a participant

     Returns details of the given participant ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        SessionParticipantDetailsResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        client=client,
        include_peer_events=include_peer_events,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    session_id: str,
    participant_id: str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = UNSET,
) -> Response[SessionParticipantDetailsResponse]:
    """Fetch details of a participant

     Returns details of the given participant ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[SessionParticipantDetailsResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        include_peer_events=include_peer_events,
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
    participant_id: str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = UNSET,
) -> SessionParticipantDetailsResponse | None:
    """Fetch details of a participant

     Returns details of the given participant ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        participant_id (str):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        SessionParticipantDetailsResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        participant_id=participant_id,
        client=client,
        include_peer_events=include_peer_events,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
