"""What a user's first program does with the installed wheel, run by the Python of a fresh
virtual environment (tests/test_wheel_install.py; the wheel beside the lowest or the newest httpx
and attrs) against the mock server: ``python wheel_smoke.py BASE_URL``.

It exercises the facade (sync and async), and the runtime's use of httpx that a version range
could break: the transports it builds around httpx's (``mounts=`` and ``proxy=``, whose argument
names changed across httpx releases) and a timeout. Prints one line per check and ``ok`` last;
any failure is an exception (non-zero exit).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import os
import sys

import httpx
import realtimekit_client
from realtimekit_client import AsyncRealtimeKit, AuthenticatedClient, NotFoundError, RealtimeKit, RetryPolicy


def facade(base_url: str) -> None:
    """A call of each kind: a create, a paged list, an error status."""
    with RealtimeKit(account_id="acc", app_id="app", token="t", base_url=base_url) as rtk:
        meeting = rtk.meetings.create(title="Weekly sync", record_on_start=False)
        assert isinstance(meeting.id, str), meeting.id
        listed = list(rtk.meetings.list(per_page=5))
        assert listed and all(isinstance(info.id, str) for info in listed), listed
        try:
            rtk.meetings.get("missing", extra_headers={"Prefer": "code=404"})
        except NotFoundError as error:
            assert error.status_code == 404, error
        else:
            raise AssertionError("a 404 did not raise NotFoundError")
    print("facade", meeting.id, len(listed))


async def facade_async(base_url: str) -> None:
    async with AsyncRealtimeKit(account_id="acc", app_id="app", token="t", base_url=base_url) as rtk:
        webhooks = await rtk.webhooks.list()
    assert isinstance(webhooks, list), webhooks
    print("async", len(webhooks))


def expect_connect_error(rtk: RealtimeKit) -> None:
    """A call that goes through the proxy on a closed port fails to connect."""
    try:
        rtk.webhooks.list()
    except Exception as error:  # httpx.ConnectError, or the package's wrapper of it
        cause = error if isinstance(error, httpx.ConnectError) else error.__cause__
        assert isinstance(cause, httpx.ConnectError), repr(error)
    else:
        raise AssertionError("a call through a proxy on a closed port succeeded")


def transports(base_url: str) -> None:
    """``mounts=`` (a transport of the user's) carries the call; ``proxy=`` to a closed port
    makes it fail to connect (so the proxy was used: the mock itself is reachable), and so does
    ``HTTP_PROXY`` in the environment."""
    mounted = AuthenticatedClient(
        base_url=base_url, token="t", httpx_args={"mounts": {"http://": httpx.HTTPTransport()}}
    )
    with RealtimeKit(account_id="acc", app_id="app", client=mounted) as rtk:
        assert rtk.webhooks.list() is not None
    proxied = AuthenticatedClient(
        base_url=base_url,
        token="t",
        max_retries=0,
        timeout=httpx.Timeout(5.0),
        httpx_args={"proxy": "http://127.0.0.1:9", "trust_env": False},
    )
    with RealtimeKit(account_id="acc", app_id="app", client=proxied) as rtk:
        expect_connect_error(rtk)
    os.environ["HTTP_PROXY"] = "http://127.0.0.1:9"  # read by the runtime, which builds the proxy's
    os.environ.pop("NO_PROXY", None)  # transport itself when retries are on
    with RealtimeKit(
        account_id="acc",
        app_id="app",
        token="t",
        base_url=base_url,
        max_retries=1,
        retry_policy=RetryPolicy(sleep=lambda seconds: None),
    ) as rtk:
        expect_connect_error(rtk)
    del os.environ["HTTP_PROXY"]
    print("transports")


def main() -> None:
    base_url = sys.argv[1]
    versions = {name: importlib.metadata.version(name) for name in ("httpx", "attrs")}
    python = ".".join(map(str, sys.version_info[:2]))
    print("python", python, "httpx", versions["httpx"], "attrs", versions["attrs"])
    print("package", realtimekit_client.__file__)
    facade(base_url)
    asyncio.run(facade_async(base_url))
    transports(base_url)
    print("ok")


if __name__ == "__main__":
    main()
