"""The generated package's README.md, which is also the wheel's long description: so it is
written for someone who has only the installed wheel. Where the package comes from and how it
is regenerated, install and the tested ranges, a quick start, how to try it against a mock
server, errors, pagination, and an index of every operation (facade method, module function,
METHOD path, summary), all from the spec and the facade's names.

Its Python blocks are programs that tests/test_readme_blocks.py runs against the mock server and
checks with mypy --strict (the fence rules are in tests/readme_blocks.py): each checks what it
does with asserts, since the values the server answers are not known here. The RealtimeKit
examples are written when the facade has the methods they call; another spec (the test corpora)
gets a quick start over its first list.
"""

from __future__ import annotations

import ast
import re
import textwrap
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rtkgen.core.openapi_common import HTTP_METHODS
from rtkgen.facade.naming import Placement

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"
# The Pythons and dependency ranges the package's metadata declares (read from its template, the
# one home of both) and the tests run (tests/test_wheel_install.py).
PYPROJECT_TEMPLATE = TEMPLATES / "pyproject.toml.jinja"
# The status -> exception table of the runtime (its ``_ERROR_TYPES``), read for the Errors section.
ERRORS_MODULE = TEMPLATES / "runtime" / "errors.py"
_ERROR_NOTES = {"RateLimitError": "`retry_after`"}  # what the Errors section adds to a family
# The mock server the generator project pins (package.json); checked by the same test.
PRISM = "@stoplight/prism-cli@5.16.0"
MOCK_URL = "http://127.0.0.1:4010"
# The facade methods the RealtimeKit examples call.
EXAMPLE_METHODS = frozenset({"meetings.create", "meetings.participants.create", "meetings.list"})


def _metadata() -> Mapping[str, Any]:
    """The ``[project]`` table of the package's pyproject template (its Jinja parts blanked)."""
    text = PYPROJECT_TEMPLATE.read_text(encoding="utf-8")
    text = re.sub(r"\{#.*?#\}|\{%.*?%\}", "", text, flags=re.DOTALL)
    project: Mapping[str, Any] = tomllib.loads(re.sub(r"\{\{.*?\}\}", "", text))["project"]
    return project


def pythons() -> tuple[str, ...]:
    """The Python versions the package declares (its ``Programming Language :: Python :: 3.x``)."""
    prefix = "Programming Language :: Python :: "
    found = (c.removeprefix(prefix) for c in _metadata()["classifiers"] if c.startswith(prefix))
    return tuple(version for version in found if "." in version)


def dependencies() -> tuple[str, ...]:
    """The package's dependency ranges (requirement strings), as its metadata declares."""
    return tuple(_metadata()["dependencies"])


PYTHONS = pythons()
DEPENDENCIES = dependencies()


def error_families() -> list[tuple[str, list[int]]]:
    """Each exception class of the runtime's status table with its statuses, in the table's order."""
    for node in ast.parse(ERRORS_MODULE.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_ERROR_TYPES"
            and isinstance(node.value, ast.Dict)
        ):
            families: dict[str, list[int]] = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(key.value, int)
                    and isinstance(value, ast.Name)
                ):
                    families.setdefault(value.id, []).append(key.value)
            return list(families.items())
    raise LookupError(f"{ERRORS_MODULE}: no _ERROR_TYPES table")


def _api_error_line() -> str:
    """The Errors section's ``ApiError`` item, its families from the runtime's status table."""
    families = [
        f"`{name}` ({', '.join([*map(str, statuses), *filter(None, [_ERROR_NOTES.get(name)])])})"
        for name, statuses in error_families()
    ]
    text = (
        "`ApiError`: a 4xx/5xx status (`status_code`, `headers`, the API's error code and `message`; "
        f"`str(error)` names the status, the error and the operation), with {', '.join(families)} "
        "and `ServerError` (5xx)."
    )
    return textwrap.fill(
        text, 95, initial_indent="- ", subsequent_indent="  ", break_on_hyphens=False, break_long_words=False
    )


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quick_call(placed: list[Placement], positional: Mapping[str, int]) -> str:
    """A call of the generic quick start: the first `list` that needs no path argument."""
    for placement in placed:
        if placement.name == "list" and positional[placement.operation_id] == 0:
            return f"rtk.{placement.dotted}()"
    return ""


def _python(code: str) -> str:
    return f"```python\n{code}```\n"


def _quick_start(package: str, placed: list[Placement], positional: Mapping[str, int]) -> str:
    head = (
        f"from {package} import RealtimeKit\n\n"
        "# token: $CLOUDFLARE_API_TOKEN; URL: $CLOUDFLARE_BASE_URL, else the Cloudflare API\n"
        'with RealtimeKit(account_id="ACCOUNT", app_id="APP") as rtk:\n'
    )
    if {p.dotted for p in placed} >= EXAMPLE_METHODS:
        return _python(
            "from datetime import datetime\n\n"
            + head
            + '    meeting = rtk.meetings.create(title="Weekly sync", record_on_start=False)\n'
            "    host = rtk.meetings.participants.create(\n"
            '        meeting.id, custom_participant_id="user-42", preset_name="group_call_host", name="Ada"\n'
            "    )\n"
            "    print(meeting.id, host.token)  # both str: typed, never None\n"
            "    for info in rtk.meetings.list(per_page=50):  # every page, fetched as the loop needs them\n"
            "        assert isinstance(info.created_at, datetime)\n"
        )
    call = _quick_call(placed, positional)
    if call:
        body = f"    items = list({call})  # every item, pages fetched as the loop needs them\n"
        return _python(head + body + "    assert isinstance(items, list)\n")
    return _python(head + '    assert rtk.account_id == "ACCOUNT"\n')


def _errors_example(package: str, placed: list[Placement]) -> str:
    if "meetings.create" not in {p.dotted for p in placed}:
        return ""
    return "\n" + _python(
        f"from {package} import ApiError, BadRequestError, RealtimeKit\n\n"
        'with RealtimeKit(account_id="ACCOUNT", app_id="APP") as rtk:\n'
        "    refused: ApiError | None = None\n"
        "    try:  # a field of the wrong type, sent around the typed arguments:\n"
        '        rtk.meetings.create(title="Weekly sync", extra_body={"record_on_start": "yes"})\n'
        "    except BadRequestError as error:  # 400 or 422: the API refused the request\n"
        "        refused = error\n"
        "    assert refused is not None and refused.status_code == 422\n"
    )


def _paginate_example(package: str, placed: list[Placement], modules: Mapping[str, str]) -> str:
    listing = next((p for p in placed if p.dotted == "meetings.list"), None)
    if listing is None:
        return ""
    where, _, function = modules[listing.operation_id].rpartition(".")
    return "\n" + _python(
        f"from {package} import AuthenticatedClient, paginate\n"
        f"from {package}.{where} import {function}\n\n"
        "with AuthenticatedClient() as client:  # token and base URL as above\n"
        "    pages = paginate(\n"
        f'        {function}, client=client, account_id="ACCOUNT", app_id="APP", per_page=50\n'
        "    )\n"
        "    ids = [meeting.id for meeting in pages]  # MeetingInfo items: typed, no Any\n"
        "    assert all(isinstance(meeting_id, str) for meeting_id in ids)\n"
    )


# The mark of an operation the docs lack, added from the API's reference (x-source: reference).
REFERENCE_MARK = " (from the API's reference)"


def _from_reference(document: Mapping[str, Any]) -> set[str]:
    """The operationIds the spec marks ``x-source: reference`` (added by an overlay, not in the docs)."""
    operations = (item.get(method) for item in document.get("paths", {}).values() for method in HTTP_METHODS)
    return {
        operation["operationId"]
        for operation in operations
        if isinstance(operation, Mapping) and operation.get("x-source") == "reference"
    }


def readme_source(
    document: Mapping[str, Any],
    placed: list[Placement],
    modules: Mapping[str, str],
    positional: Mapping[str, int],
    package: str,
    project: str,
) -> str:
    """The package's README.md: its sections in order (see the module doc)."""
    info = document.get("info", {})
    title, version = info.get("title", project), info.get("version", "")
    return "".join(
        [
            _intro_section(project, version, title),
            _install_section(package),
            _quick_start_section(package, placed, positional),
            _mock_section(),
            _errors_section(package, placed),
            _pagination_section(package, placed, modules),
            _operations_section(document, placed, modules, package),
        ]
    )


def _intro_section(project: str, version: str, title: str) -> str:
    """The title, what the package is and where it comes from."""
    return f"""# {project} {version}

A typed Python client of the {title}.
A facade, `RealtimeKit` (and `AsyncRealtimeKit`), with one method per operation, typed request
and response models (clean under `mypy --strict`), retries, timeouts and pagination; and under
it one module per operation.

## Where it comes from

This package is generated; do not edit it. A generator project turns the API's markdown
documentation into an OpenAPI document, `openapi.yaml`, and that document into this package
(openapi-python-client 0.29.1 with the project's templates and runtime); the project's README
explains each step. To change the client, change the generator's inputs and regenerate there:
`make generate` rewrites the `generated_client/` folder this wheel is built from, `make test`
checks it and `make dist` builds the wheel and the sdist into `dist/`. The package declares no
repository URL: the generator project is wherever you got this wheel from.

"""


def _install_section(package: str) -> str:
    """How to install the wheel, and the Pythons and dependency ranges it is tested with."""
    python_list = ", ".join(PYTHONS[:-1]) + f" and {PYTHONS[-1]}"
    needs = " and ".join(f"`{dependency}`" for dependency in DEPENDENCIES)
    return f"""## Install

```sh
pip install ./{package}-*-py3-none-any.whl   # the wheel file
pip install ./generated_client   # or, in the generator project, its folder
```

It needs {needs}, as its metadata says:
the lowest and the newest release of each range are tested, on Python {python_list}.

"""


def _quick_start_section(package: str, placed: list[Placement], positional: Mapping[str, int]) -> str:
    """A first program, then the client's arguments and how methods take theirs."""
    return f"""## Quick start

{_quick_start(package, placed, positional)}
`RealtimeKit(account_id=..., app_id=..., token=None, base_url=None, timeout=..., max_retries=None,
retry_policy=None, client=None)`: `token` defaults to `$CLOUDFLARE_API_TOKEN`, `account_id` to
`$CLOUDFLARE_ACCOUNT_ID`, `base_url` to `$CLOUDFLARE_BASE_URL`, else
`https://api.cloudflare.com/client/v4`; or pass an `AuthenticatedClient` as `client=`.
`AsyncRealtimeKit` is the same with `async with` and `await`. Every method takes the remaining
path parameters positionally, body fields and query parameters as typed keyword arguments, and
`extra_body=`, `extra_query=`, `extra_headers=`, `timeout=`. It returns the model inside the
response's envelope (`data`, or `result`), typed with no `None`.

"""


def _mock_section() -> str:
    """How to try the package against a mock server of the spec."""
    return f"""## Trying it against a mock server

No account is needed: serve the API's OpenAPI document with a mock server and point the client
at it. The document is `openapi.yaml` in the generator project (this package is generated from
it and has its version). With Node.js:

```sh
npx {PRISM} mock -p 4010 openapi.yaml   # in the generator project: make mock MOCK_PORT=4010
export CLOUDFLARE_BASE_URL={MOCK_URL} CLOUDFLARE_API_TOKEN=any
python your_program.py
```

or pass `base_url="{MOCK_URL}", token="any"`. The mock (Prism) answers every request
the document allows with a body made from its schemas (every string is `"string"`) and refuses the
others: 401 without a token, 422 for a body of the wrong shape; a request with the header
`Prefer: code=404` (`extra_headers={{"Prefer": "code=404"}}`) gets the documented 404.

"""


def _errors_section(package: str, placed: list[Placement]) -> str:
    """The family of errors a call raises, with an example."""
    return f"""## Errors

Every failure of a call raises one family, all importable from `{package}`:

- `RealtimeKitError`: the base; `except RealtimeKitError` handles every failure below.
{_api_error_line()}
- `ApiConnectionError`, `ApiTimeoutError`: the server could not be reached, or did not answer in
  time, after the retries (httpx's exception is the `__cause__`; the request's method and URL,
  never the token).
- `TokenError` (`MissingTokenError`): no token, or one a header cannot carry; raised when the
  client is made, without showing the token.
- `MissingResultError`: a success body without its `data`.

`rtk.with_raw_response.<same method>(...)` returns the whole `Response` (`status_code`,
`headers`, `content`, `parsed`) instead of raising.
{_errors_example(package, placed)}
"""


def _pagination_section(package: str, placed: list[Placement], modules: Mapping[str, str]) -> str:
    """The pagers of the facade and ``paginate``, with an example."""
    return f"""## Pagination

`list(...)` of an operation with `page_no`/`per_page` returns a pager: `for item in
rtk.meetings.list(per_page=50)` fetches page after page as the loop needs them (`async for` with
`AsyncRealtimeKit`), and `.page(n)` returns the items of page `n` alone. Over the operation
modules, `paginate(module, client=client, account_id=..., ...)` (and `apaginate`) does the same:
its keywords are the operation's own, so mypy refuses a misspelt one or an operation that does
not page, and the items are typed.
{_paginate_example(package, placed, modules)}
"""


def _operations_section(
    document: Mapping[str, Any], placed: list[Placement], modules: Mapping[str, str], package: str
) -> str:
    """The index of every operation: facade method, module, METHOD path, summary."""
    from_reference = _from_reference(document)
    rows = "".join(
        f"| `rtk.{p.dotted}` | `{package}.{modules[p.operation_id]}` | {p.method.upper()} `{p.path}` "
        f"| {_cell(p.summary)}{REFERENCE_MARK if p.operation_id in from_reference else ''} |\n"
        for p in sorted(placed, key=lambda p: p.dotted)
    )
    return f"""## Every operation

Each operation is also a module with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
An operation marked {REFERENCE_MARK.strip()} is one the API has and its markdown docs lack: it
comes from the API's published reference (`x-source: reference` in `openapi.yaml`).

| facade method | module | METHOD path | summary |
| --- | --- | --- | --- |
{rows}"""
