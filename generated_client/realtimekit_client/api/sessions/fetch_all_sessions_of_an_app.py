import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_list_response import SessionListResponse
from ...models.session_sort_by import SessionSortBy
from ...models.session_status import SessionStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_all_sessions_of_an_app"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/sessions"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["associated_id"] = associated_id

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["page_no"] = page_no

    params["participants"] = participants

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

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SessionListResponse | None:
    if response.status_code == 200:
        response_200 = SessionListResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SessionListResponse]:
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
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
) -> Response[SessionListResponse]:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): current status of session

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[SessionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
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
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
) -> SessionListResponse | None:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): current status of session

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        SessionListResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
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
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
) -> Response[SessionListResponse]:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): current status of session

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[SessionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
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
    associated_id: str | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    page_no: float | Unset = UNSET,
    participants: str | Unset = UNSET,
    per_page: float | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    status: SessionStatus | Unset = UNSET,
) -> SessionListResponse | None:
    """Fetch all sessions of an App

     Returns details of all sessions of an App.

    Args:
        account_id (str):
        app_id (str):
        associated_id (str | Unset):
        end_time (datetime.datetime | Unset):
        page_no (float | Unset):
        participants (str | Unset):
        per_page (float | Unset):
        search (str | Unset):
        sort_by (SessionSortBy | Unset):
        sort_order (SortOrder | Unset):
        start_time (datetime.datetime | Unset):
        status (SessionStatus | Unset): current status of session

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        SessionListResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        associated_id=associated_id,
        end_time=end_time,
        page_no=page_no,
        participants=participants,
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
