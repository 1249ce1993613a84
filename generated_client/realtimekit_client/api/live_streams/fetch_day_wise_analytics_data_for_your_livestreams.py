from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.livestream_day_analytics_list_response import LivestreamDayAnalyticsListResponse
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_day_wise_analytics_data_for_your_livestreams"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    end_time: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_time"] = end_time

    params["filters"] = filters

    params["start_time"] = start_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LivestreamDayAnalyticsListResponse | None:
    if response.status_code == 200:
        response_200 = LivestreamDayAnalyticsListResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LivestreamDayAnalyticsListResponse]:
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
    *,
    client: AuthenticatedClient,
    end_time: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
) -> Response[LivestreamDayAnalyticsListResponse]:
    """Fetch day-wise analytics data for your livestreams

     Returns livestream analytics for each day of the specified time range: the number of livestream
    sessions, the ingest seconds and the viewer seconds. Not in the docs: from the API's reference.

    Args:
        account_id (str):
        app_id (str):
        end_time (int | Unset):
        filters (str | Unset):
        start_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[LivestreamDayAnalyticsListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        end_time=end_time,
        filters=filters,
        start_time=start_time,
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
    *,
    client: AuthenticatedClient,
    end_time: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
) -> LivestreamDayAnalyticsListResponse | None:
    """Fetch day-wise analytics data for your livestreams

     Returns livestream analytics for each day of the specified time range: the number of livestream
    sessions, the ingest seconds and the viewer seconds. Not in the docs: from the API's reference.

    Args:
        account_id (str):
        app_id (str):
        end_time (int | Unset):
        filters (str | Unset):
        start_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        LivestreamDayAnalyticsListResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        end_time=end_time,
        filters=filters,
        start_time=start_time,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    end_time: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
) -> Response[LivestreamDayAnalyticsListResponse]:
    """Fetch day-wise analytics data for your livestreams

     Returns livestream analytics for each day of the specified time range: the number of livestream
    sessions, the ingest seconds and the viewer seconds. Not in the docs: from the API's reference.

    Args:
        account_id (str):
        app_id (str):
        end_time (int | Unset):
        filters (str | Unset):
        start_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[LivestreamDayAnalyticsListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        end_time=end_time,
        filters=filters,
        start_time=start_time,
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
    *,
    client: AuthenticatedClient,
    end_time: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
) -> LivestreamDayAnalyticsListResponse | None:
    """Fetch day-wise analytics data for your livestreams

     Returns livestream analytics for each day of the specified time range: the number of livestream
    sessions, the ingest seconds and the viewer seconds. Not in the docs: from the API's reference.

    Args:
        account_id (str):
        app_id (str):
        end_time (int | Unset):
        filters (str | Unset):
        start_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        LivestreamDayAnalyticsListResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        end_time=end_time,
        filters=filters,
        start_time=start_time,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
