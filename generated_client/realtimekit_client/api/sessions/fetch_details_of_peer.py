from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.filters import Filters
from ...models.peer_report_result_response import PeerReportResultResponse
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_details_of_peer"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/sessions/peer-report/{peer_id}"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    peer_id: str,
    *,
    filters: Filters | Unset = UNSET,
    include_peer_events: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filters: str | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters

    params["filters"] = json_filters

    params["include_peer_events"] = include_peer_events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions/peer-report/{peer_id}".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            peer_id=path_segment(peer_id, "peer_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeerReportResultResponse | None:
    if response.status_code == 200:
        response_200 = PeerReportResultResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PeerReportResultResponse]:
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
    peer_id: str,
    *,
    client: AuthenticatedClient,
    filters: Filters | Unset = UNSET,
    include_peer_events: bool | Unset = UNSET,
) -> Response[PeerReportResultResponse]:
    """Fetch details of peer

     Returns details of the given peer ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        peer_id (str):
        filters (Filters | Unset):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[PeerReportResultResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        peer_id=peer_id,
        filters=filters,
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
    peer_id: str,
    *,
    client: AuthenticatedClient,
    filters: Filters | Unset = UNSET,
    include_peer_events: bool | Unset = UNSET,
) -> PeerReportResultResponse | None:
    """Fetch details of peer

     Returns details of the given peer ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        peer_id (str):
        filters (Filters | Unset):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        PeerReportResultResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        peer_id=peer_id,
        client=client,
        filters=filters,
        include_peer_events=include_peer_events,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    peer_id: str,
    *,
    client: AuthenticatedClient,
    filters: Filters | Unset = UNSET,
    include_peer_events: bool | Unset = UNSET,
) -> Response[PeerReportResultResponse]:
    """Fetch details of peer

     Returns details of the given peer ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        peer_id (str):
        filters (Filters | Unset):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[PeerReportResultResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        peer_id=peer_id,
        filters=filters,
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
    peer_id: str,
    *,
    client: AuthenticatedClient,
    filters: Filters | Unset = UNSET,
    include_peer_events: bool | Unset = UNSET,
) -> PeerReportResultResponse | None:
    """Fetch details of peer

     Returns details of the given peer ID along with call statistics for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        peer_id (str):
        filters (Filters | Unset):
        include_peer_events (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        PeerReportResultResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        peer_id=peer_id,
        client=client,
        filters=filters,
        include_peer_events=include_peer_events,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
