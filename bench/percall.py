"""Per-call throughput against the local server: plain httpx, the generated client, the official SDK.

Every contender makes the same typed list call, RealtimeKit "Fetch all webhooks details" (20
webhooks in the body), or "Fetch all meetings for an App" (20 meetings with date-times), over
one keep-alive connection, and returns something whose webhook
count is checked once before timing, so a contender that does not really parse cannot win.
Rounds interleave the contenders (each round starts with a different one), so that a change in
machine load hits all of them alike; ratios are taken per round, against plain httpx in the
same round and of the same kind (sync or async).
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
APP = "app-1234"
TOKEN = "bench-token"
OPERATION = "realtimekit_client.api.webhooks.fetch_all_webhooks_details"
WEBHOOKS_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/webhooks"
MEETINGS_OPERATION = "realtimekit_client.api.meetings.fetch_all_meetings_for_an_app"
MEETINGS_PATH = f"/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
UNCACHED_PATHS = 1000  # more than the generated client's URL cache (types.request_url) holds


@dataclass
class Contender:
    """One way of making the call: ``call`` is a plain or an async function of no argument."""

    name: str
    kind: str  # "sync" or "async"
    call: Callable[[], Any]
    count: Callable[[Any], int]
    close: Callable[[], Any]


@dataclass
class Results:
    """Calls per second (wall clock) and this process's CPU seconds per call, one value per round.

    The CPU time leaves out the server and the waiting, so it shows each client's own work and
    is less disturbed by other load on the machine than the wall clock."""

    rates: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)


def _dict_count(body: Any) -> int:
    return len(body["data"])


def _model_count(model: Any) -> int:
    return len(model.data)


def httpx_sync(base_url: str) -> Contender:
    """``client.get(url).json()`` on a keep-alive ``httpx.Client``: the baseline."""
    import httpx

    client = httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"})
    url = base_url + WEBHOOKS_PATH
    return Contender("httpx", "sync", lambda: client.get(url).json(), _dict_count, client.close)


def httpx_async(base_url: str) -> Contender:
    """``(await client.get(url)).json()`` on a keep-alive ``httpx.AsyncClient``."""
    import httpx

    client = httpx.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"})
    url = base_url + WEBHOOKS_PATH

    async def call() -> Any:
        return (await client.get(url)).json()

    return Contender("httpx async", "async", call, _dict_count, client.aclose)


def httpx_meetings(base_url: str) -> Contender:
    """Plain httpx on the meetings list: the baseline of the typed list with date-times."""
    import httpx

    client = httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"})
    url = base_url + MEETINGS_PATH
    return Contender("httpx meetings", "sync", lambda: client.get(url).json(), _dict_count, client.close)


def generated_meetings(base_url: str) -> Contender:
    """``sync`` of "Fetch all meetings for an App" and its ``.data``: the list of 20 typed
    ``MeetingInfo`` models (their date-times become ``datetime`` when read)."""
    module = importlib.import_module(MEETINGS_OPERATION)
    client = _generated_client(base_url)

    def call() -> Any:
        return module.sync(ACCOUNT, APP, client=client).data

    return Contender("client sync meetings", "sync", call, len, client.get_httpx_client().close)


def generated_meetings_read(base_url: str) -> Contender:
    """The same, reading every meeting's ``created_at`` as a ``datetime``: what a user who
    uses the date-times pays on top (shown, not judged)."""
    module = importlib.import_module(MEETINGS_OPERATION)
    client = _generated_client(base_url)

    def call() -> Any:
        meetings = module.sync(ACCOUNT, APP, client=client).data
        return [meeting.created_at for meeting in meetings]

    name = "client sync meetings, created_at read"
    return Contender(name, "sync", call, len, client.get_httpx_client().close)


def _generated_client(base_url: str) -> Any:
    from realtimekit_client import AuthenticatedClient

    return AuthenticatedClient(base_url=base_url, token=TOKEN)


def generated_sync(base_url: str) -> Contender:
    """The generated client's ``sync``: the parsed model."""
    module = importlib.import_module(OPERATION)
    client = _generated_client(base_url)

    def call() -> Any:
        return module.sync(ACCOUNT, APP, client=client)

    return Contender("client sync", "sync", call, _model_count, client.get_httpx_client().close)


def generated_sync_detailed(base_url: str) -> Contender:
    """The generated client's ``sync_detailed``: a Response holding status, headers and the model."""
    module = importlib.import_module(OPERATION)
    client = _generated_client(base_url)

    def call() -> Any:
        return module.sync_detailed(ACCOUNT, APP, client=client).parsed

    return Contender("client sync_detailed", "sync", call, _model_count, client.get_httpx_client().close)


def generated_sync_new_paths(base_url: str) -> Contender:
    """``sync`` with a different app id on each call, cycling through more ids than the client
    caches parsed URLs for: the cost when no call repeats a recent path."""
    module = importlib.import_module(OPERATION)
    client = _generated_client(base_url)
    apps = itertools.cycle([f"{APP}-{index}" for index in range(UNCACHED_PATHS)])

    def call() -> Any:
        return module.sync(ACCOUNT, next(apps), client=client)

    return Contender(
        "client sync, new path each call", "sync", call, _model_count, client.get_httpx_client().close
    )


def generated_async(base_url: str) -> Contender:
    """The generated client's ``asyncio``."""
    module = importlib.import_module(OPERATION)
    client = _generated_client(base_url)

    async def call() -> Any:
        return await module.asyncio(ACCOUNT, APP, client=client)

    return Contender("client asyncio", "async", call, _model_count, client.get_async_httpx_client().aclose)


def generated_sync_data(base_url: str) -> Contender:
    """``sync(...).data``: the list of 20 ``Webhook`` models, what the facade's ``list()`` returns
    (the models are lazy: reading ``data`` builds them)."""
    module = importlib.import_module(OPERATION)
    client = _generated_client(base_url)

    def call() -> Any:
        return module.sync(ACCOUNT, APP, client=client).data

    return Contender("client sync .data", "sync", call, len, client.get_httpx_client().close)


def generated_async_data(base_url: str) -> Contender:
    """``(await asyncio(...)).data``."""
    module = importlib.import_module(OPERATION)
    client = _generated_client(base_url)

    async def call() -> Any:
        return (await module.asyncio(ACCOUNT, APP, client=client)).data

    return Contender("client asyncio .data", "async", call, len, client.get_async_httpx_client().aclose)


def _facade(base_url: str, kind: str) -> Any:
    import realtimekit_client

    factory = realtimekit_client.RealtimeKit if kind == "sync" else realtimekit_client.AsyncRealtimeKit
    return factory(account_id=ACCOUNT, app_id=APP, client=_generated_client(base_url))


def facade_sync(base_url: str) -> Contender:
    """The facade over ``sync``: ``RealtimeKit(...).webhooks.list()``, the list of 20 ``Webhook``
    models inside the body (status checked, ``data`` unwrapped)."""
    rtk = _facade(base_url, "sync")
    return Contender("facade sync", "sync", lambda: rtk.webhooks.list(), len, rtk.close)


def facade_async(base_url: str) -> Contender:
    """The facade over ``asyncio``: ``await AsyncRealtimeKit(...).webhooks.list()``."""
    rtk = _facade(base_url, "async")

    async def call() -> Any:
        return await rtk.webhooks.list()

    return Contender("facade async", "async", call, len, rtk.aclose)


def sdk_sync(base_url: str) -> Contender:
    """The official SDK: ``Cloudflare(...).realtime_kit.webhooks.get_webhooks(app_id, account_id=...)``."""
    import cloudflare

    sdk = cloudflare.Cloudflare(api_token=TOKEN, base_url=base_url)
    webhooks = sdk.realtime_kit.webhooks

    def call() -> Any:
        return webhooks.get_webhooks(APP, account_id=ACCOUNT)

    return Contender("cloudflare SDK", "sync", call, _model_count, sdk.close)


def sdk_async(base_url: str) -> Contender:
    """The official SDK's ``AsyncCloudflare``, same call."""
    import cloudflare

    sdk = cloudflare.AsyncCloudflare(api_token=TOKEN, base_url=base_url)
    webhooks = sdk.realtime_kit.webhooks

    async def call() -> Any:
        return await webhooks.get_webhooks(APP, account_id=ACCOUNT)

    return Contender("cloudflare SDK async", "async", call, _model_count, sdk.close)


FACTORIES: dict[str, Callable[[str], Contender]] = {
    "httpx": httpx_sync,
    "client sync": generated_sync,
    "client sync_detailed": generated_sync_detailed,
    "client sync, new path each call": generated_sync_new_paths,
    "cloudflare SDK": sdk_sync,
    "httpx meetings": httpx_meetings,
    "client sync meetings": generated_meetings,
    "client sync meetings, created_at read": generated_meetings_read,
    "httpx async": httpx_async,
    "client asyncio": generated_async,
    "cloudflare SDK async": sdk_async,
    "client sync .data": generated_sync_data,
    "client asyncio .data": generated_async_data,
    "facade sync": facade_sync,
    "facade async": facade_async,
}

# Which contender each one is compared with.
BASELINE = {"sync": "httpx", "async": "httpx async"}
BASELINE_OF = {
    "facade sync": "client sync .data",  # the same call and result, through the facade and directly
    "facade async": "client asyncio .data",
    "client sync meetings": "httpx meetings",
    "client sync meetings, created_at read": "httpx meetings",
}


def _run_block(contender: Contender, calls: int, loop: asyncio.AbstractEventLoop) -> tuple[float, float]:
    """Make ``calls`` calls one after the other; returns calls per second and CPU seconds per call."""
    if contender.kind == "sync":
        call = contender.call
        cpu, start = time.process_time(), time.perf_counter()
        for _ in range(calls):
            call()
        return calls / (time.perf_counter() - start), (time.process_time() - cpu) / calls

    async def block() -> tuple[float, float]:
        acall: Callable[[], Awaitable[Any]] = contender.call
        cpu, start = time.process_time(), time.perf_counter()
        for _ in range(calls):
            await acall()
        return calls / (time.perf_counter() - start), (time.process_time() - cpu) / calls

    return loop.run_until_complete(block())


def _result(contender: Contender, loop: asyncio.AbstractEventLoop) -> Any:
    if contender.kind == "sync":
        return contender.call()
    return loop.run_until_complete(contender.call())


def measure(
    base_url: str,
    names: list[str],
    *,
    rounds: int,
    calls: int,
    expected_items: int,
    warmup: int = 20,
) -> Results:
    """Interleaved rounds of ``calls`` calls per contender; checks each parses ``expected_items`` items."""
    loop = asyncio.new_event_loop()
    contenders = [FACTORIES[name](base_url) for name in names]
    try:
        for contender in contenders:
            got = contender.count(_result(contender, loop))
            if got != expected_items:
                raise RuntimeError(f"{contender.name}: parsed {got} items, expected {expected_items}")
            _run_block(contender, warmup, loop)
        results = Results(kinds={c.name: c.kind for c in contenders})
        for index in range(rounds):
            shift = index % len(contenders)
            for contender in contenders[shift:] + contenders[:shift]:
                rate, cpu = _run_block(contender, calls, loop)
                results.rates.setdefault(contender.name, []).append(rate)
                results.cpu.setdefault(contender.name, []).append(cpu)
        return results
    finally:
        for contender in contenders:
            closed = contender.close()
            if asyncio.iscoroutine(closed):
                loop.run_until_complete(closed)
        loop.close()


def baseline_of(name: str, results: Results) -> str:
    """The contender ``name`` is compared with: plain httpx of the same call and kind."""
    return BASELINE_OF.get(name, BASELINE[results.kinds[name]])


def ratios(results: Results) -> dict[str, list[float]]:
    """Per-round throughput of each contender divided by its baseline's in the same round."""
    out: dict[str, list[float]] = {}
    for name, rates in results.rates.items():
        baseline = baseline_of(name, results)
        if name == baseline or name.startswith("httpx") or baseline not in results.rates:
            continue
        out[name] = [mine / base for mine, base in zip(rates, results.rates[baseline], strict=True)]
    return out


def facade_overhead_in_process(rounds: int, calls: int) -> dict[str, list[float]]:
    """CPU seconds per call of ``sync(...).data`` and of the facade's ``webhooks.list()``, both on
    an ``httpx.MockTransport`` answering the canned body: no socket, no server, so the load of the
    machine disturbs the comparison less. Rounds interleave the two."""
    import json

    import httpx
    from realtimekit_client import AuthenticatedClient, RealtimeKit

    from server import webhooks_body

    module = importlib.import_module(OPERATION)
    body = json.dumps(webhooks_body()).encode()
    headers = {"content-type": "application/json"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    client = AuthenticatedClient(base_url="http://bench", token=TOKEN, httpx_args={"transport": transport})
    rtk = RealtimeKit(account_id=ACCOUNT, app_id=APP, client=client)
    contenders: dict[str, Callable[[], Any]] = {
        "sync(...).data": lambda: module.sync(ACCOUNT, APP, client=client).data,
        "facade webhooks.list()": lambda: rtk.webhooks.list(),
    }
    for call in contenders.values():
        if len(call()) != len(webhooks_body()["data"]):
            raise RuntimeError("facade_overhead_in_process: a contender did not parse every webhook")
    cpu: dict[str, list[float]] = {name: [] for name in contenders}
    for index in range(rounds):
        order = list(contenders) if index % 2 else list(reversed(contenders))
        for name in order:
            call = contenders[name]
            start = time.process_time()
            for _ in range(calls):
                call()
            cpu[name].append((time.process_time() - start) / calls)
    client.get_httpx_client().close()
    return cpu
