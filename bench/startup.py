"""Import times, each measured in a fresh interpreter, the candidates interleaved.

The timer runs inside the child process around the import statements only, so the
interpreter's own start (the same for every candidate) is left out and what is compared is
what each import adds.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

OPERATION = "realtimekit_client.api.webhooks.fetch_all_webhooks_details"

_TIMED = """\
import time as _time
_start = _time.perf_counter()
{code}
print(_time.perf_counter() - _start)
"""


@dataclass(frozen=True)
class Snippet:
    """Code to time in a fresh process, with the folder that holds the client package (if any)."""

    name: str
    code: str
    path: Path | None = None


def standard_snippets(client_dir: Path) -> list[Snippet]:
    """httpx alone, one operation module of the committed client, the facade with one resource
    (its module imported on first use), and the official SDK ready to call."""
    return [
        Snippet("import httpx", "import httpx"),
        Snippet("import one operation module", f"import {OPERATION}", client_dir),
        Snippet(
            "  ... + AuthenticatedClient(...)",
            f"import {OPERATION}\nfrom realtimekit_client import AuthenticatedClient\n"
            "AuthenticatedClient(base_url='http://127.0.0.1:9', token='t')",
            client_dir,
        ),
        Snippet(
            "  the facade: RealtimeKit(...).webhooks",
            "from realtimekit_client import RealtimeKit\n"
            "RealtimeKit(account_id='a', app_id='b', token='t', base_url='http://127.0.0.1:9').webhooks",
            client_dir,
        ),
        Snippet(
            "import cloudflare + Cloudflare(...)",
            "import cloudflare\n"
            "cloudflare.Cloudflare(api_token='t', base_url='http://127.0.0.1:9').realtime_kit.webhooks",
        ),
    ]


def time_once(python: str, snippet: Snippet) -> float:
    """Seconds that ``snippet`` takes in a new ``python`` process."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    if snippet.path is not None:
        env["PYTHONPATH"] = str(snippet.path)
    run = subprocess.run(
        [python, "-c", _TIMED.format(code=snippet.code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if run.returncode != 0:
        raise RuntimeError(f"{snippet.name}: exit {run.returncode}\n{run.stderr.strip()}")
    return float(run.stdout.strip().splitlines()[-1])


def measure(python: str, snippets: list[Snippet], repeats: int) -> dict[str, list[float]]:
    """``repeats`` timings per snippet, interleaved, after one untimed run each (bytecode caches)."""
    for snippet in snippets:
        time_once(python, snippet)
    times: dict[str, list[float]] = {snippet.name: [] for snippet in snippets}
    for index in range(repeats):
        shift = index % len(snippets)
        for snippet in snippets[shift:] + snippets[:shift]:
            times[snippet.name].append(time_once(python, snippet))
    return times
