from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preset_params import PresetParams
from ...models.preset_response import PresetResponse
from ...types import Response, path_segment, request_url, status_of

_OPERATION = "replace_a_preset"  # named in warnings about bodies that drift from the spec, and in errors
_ROUTE = "PUT /accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}"  # named in errors


def _get_kwargs(
    account_id: str,
    app_id: str,
    preset_id: str,
    *,
    body: PresetParams,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}".format(
            account_id=path_segment(account_id, "account_id"),
            app_id=path_segment(app_id, "app_id"),
            preset_id=path_segment(preset_id, "preset_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PresetResponse | None:
    if response.status_code == 200:
        response_200 = PresetResponse.from_dict(response.json(), _OPERATION)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PresetResponse]:
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
    preset_id: str,
    *,
    client: AuthenticatedClient,
    body: PresetParams,
) -> Response[PresetResponse]:
    """Replace a preset

     Replaces a preset by the provided preset ID with the given name, config, UI and permissions (all
    four are required; PATCH changes only the fields it is given). Not in the docs: from the API's
    reference.

    Args:
        account_id (str):
        app_id (str):
        preset_id (str):
        body (PresetParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[PresetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        preset_id=preset_id,
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
    preset_id: str,
    *,
    client: AuthenticatedClient,
    body: PresetParams,
) -> PresetResponse | None:
    """Replace a preset

     Replaces a preset by the provided preset ID with the given name, config, UI and permissions (all
    four are required; PATCH changes only the fields it is given). Not in the docs: from the API's
    reference.

    Args:
        account_id (str):
        app_id (str):
        preset_id (str):
        body (PresetParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        PresetResponse
    """

    response = sync_detailed(
        account_id=account_id,
        app_id=app_id,
        preset_id=preset_id,
        client=client,
        body=body,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    preset_id: str,
    *,
    client: AuthenticatedClient,
    body: PresetParams,
) -> Response[PresetResponse]:
    """Replace a preset

     Replaces a preset by the provided preset ID with the given name, config, UI and permissions (all
    four are required; PATCH changes only the fields it is given). Not in the docs: from the API's
    reference.

    Args:
        account_id (str):
        app_id (str):
        preset_id (str):
        body (PresetParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).

    Returns:
        Response[PresetResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        preset_id=preset_id,
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
    preset_id: str,
    *,
    client: AuthenticatedClient,
    body: PresetParams,
) -> PresetResponse | None:
    """Replace a preset

     Replaces a preset by the provided preset ID with the given name, config, UI and permissions (all
    four are required; PATCH changes only the fields it is given). Not in the docs: from the API's
    reference.

    Args:
        account_id (str):
        app_id (str):
        preset_id (str):
        body (PresetParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiTimeoutError: If the request takes longer than Client.timeout (after the retries).
        errors.ApiConnectionError: If the API cannot be reached (after the retries).
        errors.ApiError: For a 4xx/5xx status when Client.raise_on_error is True (its status family's subclass).

    Returns:
        PresetResponse
    """

    response = await asyncio_detailed(
        account_id=account_id,
        app_id=app_id,
        preset_id=preset_id,
        client=client,
        body=body,
    )
    if client.raise_on_error and response.status_code >= 400:
        raise errors.error_for(response)
    return response.parsed
