"""The generated package's README.md: install, a quick start with the facade, errors,
pagination, the mock server, and an index of every operation (facade method, module function,
METHOD path, summary), all from the spec and the facade's names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facade.naming import Placement


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quick_call(placed: list[Placement], positional: Mapping[str, int]) -> str:
    """A call of the quick start: the first `list` that needs no path argument."""
    for placement in placed:
        if placement.name == "list" and positional[placement.operation_id] == 0:
            return f"rtk.{placement.dotted}()"
    return ""


def readme_source(
    document: Mapping[str, Any],
    placed: list[Placement],
    modules: Mapping[str, str],
    positional: Mapping[str, int],
    package: str,
    project: str,
) -> str:
    info = document.get("info", {})
    title, version = info.get("title", project), info.get("version", "")
    call = _quick_call(placed, positional)
    loop = (
        f"    for item in {call}:   # every item, pages fetched as the loop needs them\n        print(item)\n"
    )
    quick = (
        f"from {package} import RealtimeKit\n\n"
        'with RealtimeKit(account_id="ACCOUNT", app_id="APP") as rtk:   # token: $CLOUDFLARE_API_TOKEN\n'
        + (loop if call else "    print(rtk.account_id)\n")
    )
    rows = "".join(
        f"| `rtk.{p.dotted}` | `{package}.{modules[p.operation_id]}` | {p.method.upper()} `{p.path}` "
        f"| {_cell(p.summary)} |\n"
        for p in sorted(placed, key=lambda p: p.dotted)
    )
    return f"""# {project} {version}

A typed Python client of the {title}, generated from its OpenAPI document (do not edit: this
README is generated too).

## Install

```sh
pip install ./generated_client   # the folder of this README
```

Python 3.11 or later; httpx 0.28 and attrs 26.

## Quick start

```python
{quick}```

`RealtimeKit(account_id=..., app_id=..., token=None, base_url=None, timeout=..., max_retries=None,
retry_policy=None, client=None)`: `token` defaults to `$CLOUDFLARE_API_TOKEN`; or pass an
`AuthenticatedClient` as `client=`. `AsyncRealtimeKit` is the same with `async with` and `await`.
Every method takes the remaining path parameters positionally, body fields and query parameters
as typed keyword arguments, and `extra_body=`, `extra_query=`, `extra_headers=`, `timeout=`.
It returns the model inside the response's envelope (`data`, or `result`), typed with no `None`.

## Errors

Any 4xx/5xx status raises a subclass of `{package}.ApiError`: `BadRequestError` (400, 422),
`AuthError` (401, 403), `NotFoundError` (404), `ConflictError` (409), `RateLimitError` (429),
`ServerError` (5xx); each has `status_code`, `headers`, `content`, `body` and `message`.
A success body without its `data` raises `MissingResultError`. `rtk.with_raw_response.<same
method>(...)` returns the whole `Response` (`status_code`, `headers`, `content`, `parsed`) instead.

## Pagination

`list(...)` of an operation with `page_no`/`per_page` returns a pager: `for item in
rtk.meetings.list(per_page=50)` fetches page after page as the loop needs them (`async for` with
`AsyncRealtimeKit`), and `.page(n)` returns the items of page `n` alone. Over the operation
modules, `paginate(module, client=client, account_id=..., ...)` (and `apaginate`) does the same:
its keywords are the operation's own, so mypy refuses a misspelt one or an operation that does
not page, and the items are typed.

## Trying it with no account

In the generator's repository, `make mock` serves the OpenAPI document with a mock server on a
local port and prints it; pass `base_url="http://127.0.0.1:PORT"` and any token.

## Every operation

Each operation is also a module with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.

| facade method | module | METHOD path | summary |
| --- | --- | --- | --- |
{rows}"""
