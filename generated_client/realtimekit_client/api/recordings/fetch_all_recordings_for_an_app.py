import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recording_info_list_response import RecordingInfoListResponse
from ...models.recording_info_status import RecordingInfoStatus
from ...models.sort_by import SortBy
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_all_recordings_for_an_app"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/recordings"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    end_time: datetime.datetime | Unset = UNSET,
    expired: bool | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingInfoStatus] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["expired"] = expired

    params["meeting_id"] = meeting_id

    params["page_no"] = page_no

    params["per_page"] = per_page

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item: str = status_item_data
            json_status.append(status_item)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/recordings".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecordingInfoListResponse | None:
    if response.status_code == 200:
        response_200 = RecordingInfoListResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if response.status_code == 201:
        response_201 = RecordingInfoListResponse.from_dict(response.json(), _OPERATION)

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RecordingInfoListResponse]:
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
    expired: bool | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingInfoStatus] | Unset = UNSET,
) -> Response[RecordingInfoListResponse]:
    """Fetch all recordings for an App

     Returns all recordings for an App. If the `meeting_id` parameter is passed, returns all recordings
    for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        meeting_id (str | Unset):
        page_no (float | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (list[RecordingInfoStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[RecordingInfoListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        end_time=end_time,
        expired=expired,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
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
    expired: bool | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingInfoStatus] | Unset = UNSET,
) -> RecordingInfoListResponse | None:
    """Fetch all recordings for an App

     Returns all recordings for an App. If the `meeting_id` parameter is passed, returns all recordings
    for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        meeting_id (str | Unset):
        page_no (float | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (list[RecordingInfoStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        RecordingInfoListResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        end_time=end_time,
        expired=expired,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
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
    expired: bool | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingInfoStatus] | Unset = UNSET,
) -> Response[RecordingInfoListResponse]:
    """Fetch all recordings for an App

     Returns all recordings for an App. If the `meeting_id` parameter is passed, returns all recordings
    for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        meeting_id (str | Unset):
        page_no (float | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (list[RecordingInfoStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[RecordingInfoListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        end_time=end_time,
        expired=expired,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
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
    expired: bool | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingInfoStatus] | Unset = UNSET,
) -> RecordingInfoListResponse | None:
    """Fetch all recordings for an App

     Returns all recordings for an App. If the `meeting_id` parameter is passed, returns all recordings
    for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        meeting_id (str | Unset):
        page_no (float | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (list[RecordingInfoStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        RecordingInfoListResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        end_time=end_time,
        expired=expired,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        status=status,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
