from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_list_response import AppListResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = "fetch_all_apps"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "GET /accounts/{account_id}/realtime/kit/apps"  # named in errors


def _get_kwargs(
    account_id: str,
    *,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_no"] = page_no

    params["per_page"] = per_page

    params["search"] = search

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/apps".format(
            account_id=path_segment(account_id, "account_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AppListResponse | None:
    if response.status_code == 200:
        response_200 = AppListResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AppListResponse]:
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
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[AppListResponse]:
    """Fetch all apps

     Fetch all apps for your account

    Args:
        account_id (str):
        page_no (int | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_order (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[AppListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_order=sort_order,
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
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> AppListResponse | None:
    """Fetch all apps

     Fetch all apps for your account

    Args:
        account_id (str):
        page_no (int | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_order (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        AppListResponse
    """

    response = sync_detailed(
        account_id=account_id,
        client=client,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_order=sort_order,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[AppListResponse]:
    """Fetch all apps

     Fetch all apps for your account

    Args:
        account_id (str):
        page_no (int | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_order (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[AppListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_order=sort_order,
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
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> AppListResponse | None:
    """Fetch all apps

     Fetch all apps for your account

    Args:
        account_id (str):
        page_no (int | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_order (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        AppListResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        client=client,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_order=sort_order,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
