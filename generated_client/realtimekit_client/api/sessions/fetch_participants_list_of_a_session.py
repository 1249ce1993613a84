from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_participant_list_response import SessionParticipantListResponse
from ...models.session_sort_by_2 import SessionSortBy2
from ...models.sort_order import SortOrder
from ...models.view import View
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = (
    "fetch_participants_list_of_a_session"  # named in warnings about bodies that drift from the spec, and in errors
)
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    session_id: str,
    *,
    include_peer_events: bool | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy2 | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: View | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_peer_events"] = include_peer_events

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

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            session_id=path_segment(session_id, "session_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SessionParticipantListResponse | None:
    if response.status_code == 200:
        response_200 = SessionParticipantListResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SessionParticipantListResponse]:
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
    include_peer_events: bool | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy2 | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: View | Unset = UNSET,
) -> Response[SessionParticipantListResponse]:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (SessionSortBy2 | Unset):
        sort_order (SortOrder | Unset):
        view (View | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[SessionParticipantListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
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
    include_peer_events: bool | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy2 | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: View | Unset = UNSET,
) -> SessionParticipantListResponse | None:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (SessionSortBy2 | Unset):
        sort_order (SortOrder | Unset):
        view (View | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        SessionParticipantListResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        client=client,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
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
    include_peer_events: bool | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy2 | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: View | Unset = UNSET,
) -> Response[SessionParticipantListResponse]:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (SessionSortBy2 | Unset):
        sort_order (SortOrder | Unset):
        view (View | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[SessionParticipantListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
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
    include_peer_events: bool | Unset = UNSET,
    page_no: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: SessionSortBy2 | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: View | Unset = UNSET,
) -> SessionParticipantListResponse | None:
    """Fetch participants list of a session

     Returns a list of participants for the given session ID.

    Args:
        account_id (str):
        app_id (str):
        session_id (str):
        include_peer_events (bool | Unset):
        page_no (float | Unset):
        per_page (int | Unset):
        search (str | Unset):
        sort_by (SessionSortBy2 | Unset):
        sort_order (SortOrder | Unset):
        view (View | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        SessionParticipantListResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        client=client,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
