from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_list_response import ParticipantListResponse
from ...types import UNSET, Response, Unset, path_segment, request_url, status_of

_OPERATION = (
    "fetch_all_participants_of_a_meeting"  # named in warnings about bodies that drift from the spec, and in errors
)
_ROUTE = "GET /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_no"] = page_no

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            meeting_id=path_segment(meeting_id, "meeting_id"),
        ),
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ParticipantListResponse | None:
    if response.status_code == 200:
        response_200 = ParticipantListResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ParticipantListResponse]:
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
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
) -> Response[Any | ParticipantListResponse]:
    """Fetch all participants of a meeting

     Returns all participants detail for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        page_no (float | Unset):
        per_page (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[Any | ParticipantListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
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
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
) -> Any | ParticipantListResponse | None:
    """Fetch all participants of a meeting

     Returns all participants detail for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        page_no (float | Unset):
        per_page (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        Any | ParticipantListResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        client=client,
        page_no=page_no,
        per_page=per_page,
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
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
) -> Response[Any | ParticipantListResponse]:
    """Fetch all participants of a meeting

     Returns all participants detail for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        page_no (float | Unset):
        per_page (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[Any | ParticipantListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
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
    page_no: float | Unset = UNSET,
    per_page: float | Unset = UNSET,
) -> Any | ParticipantListResponse | None:
    """Fetch all participants of a meeting

     Returns all participants detail for the given meeting ID.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):
        page_no (float | Unset):
        per_page (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        Any | ParticipantListResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        client=client,
        page_no=page_no,
        per_page=per_page,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
