import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_stream_sort_order import LiveStreamSortOrder
from ...models.livestream_page_response import LivestreamPageResponse
from ...models.livestream_page_status import LivestreamPageStatus
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_all_livestreams"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/livestreams"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    end_time: datetime.datetime | Unset = UNSET,
    exclude_meetings: bool | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_order: LiveStreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: LivestreamPageStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["exclude_meetings"] = exclude_meetings

    params["page_no"] = page_no

    params["per_page"] = per_page

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/livestreams".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LivestreamPageResponse | None:
    if response.status_code == 200:
        response_200 = LivestreamPageResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LivestreamPageResponse]:
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
    end_time: datetime.datetime | Unset = UNSET,
    exclude_meetings: bool | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_order: LiveStreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: LivestreamPageStatus | Unset = UNSET,
) -> Response[LivestreamPageResponse]:
    """Fetch all livestreams

     Returns details of livestreams associated with the given App ID. It includes livestreams created by
    your App and RealtimeKit meetings that are livestreamed by your App. If you only want details of
    livestreams created by your App and not RealtimeKit meetings, you can use the `exclude_meetings`
    query parameter.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        exclude_meetings (bool | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        sort_order (LiveStreamSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (LivestreamPageStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[LivestreamPageResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        end_time=end_time,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
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
    end_time: datetime.datetime | Unset = UNSET,
    exclude_meetings: bool | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_order: LiveStreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: LivestreamPageStatus | Unset = UNSET,
) -> LivestreamPageResponse | None:
    """Fetch all livestreams

     Returns details of livestreams associated with the given App ID. It includes livestreams created by
    your App and RealtimeKit meetings that are livestreamed by your App. If you only want details of
    livestreams created by your App and not RealtimeKit meetings, you can use the `exclude_meetings`
    query parameter.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        exclude_meetings (bool | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        sort_order (LiveStreamSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (LivestreamPageStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        LivestreamPageResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        end_time=end_time,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    end_time: datetime.datetime | Unset = UNSET,
    exclude_meetings: bool | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_order: LiveStreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: LivestreamPageStatus | Unset = UNSET,
) -> Response[LivestreamPageResponse]:
    """Fetch all livestreams

     Returns details of livestreams associated with the given App ID. It includes livestreams created by
    your App and RealtimeKit meetings that are livestreamed by your App. If you only want details of
    livestreams created by your App and not RealtimeKit meetings, you can use the `exclude_meetings`
    query parameter.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        exclude_meetings (bool | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        sort_order (LiveStreamSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (LivestreamPageStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[LivestreamPageResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        end_time=end_time,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
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
    end_time: datetime.datetime | Unset = UNSET,
    exclude_meetings: bool | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_order: LiveStreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: LivestreamPageStatus | Unset = UNSET,
) -> LivestreamPageResponse | None:
    """Fetch all livestreams

     Returns details of livestreams associated with the given App ID. It includes livestreams created by
    your App and RealtimeKit meetings that are livestreamed by your App. If you only want details of
    livestreams created by your App and not RealtimeKit meetings, you can use the `exclude_meetings`
    query parameter.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        exclude_meetings (bool | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        sort_order (LiveStreamSortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (LivestreamPageStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        LivestreamPageResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        end_time=end_time,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
