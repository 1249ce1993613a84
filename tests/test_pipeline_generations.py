"""End to end: the project's docs stepped from the older generation of the format (no
``### Responses`` sections, docs-format.md) to the current one and back, through regenerate.py
with the project's overlays and shapes, as ``make generate`` runs it. Each step gives a valid
spec and a client; the change report calls the responses becoming documented an addition and
the reverse a BREAKING loss. One operation the reference does not know (``Ping``) stays
untyped in the older generation: its client function has only a ``default`` response, and the
facade still returns its JSON."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import ROOT, committed_spec
from rtkgen.converter.markdown_parser import parse_document
from rtkgen.core.openapi_common import UNDOCUMENTED, load_yaml, path_shape
from rtkgen.core.spec_validation import validate

PING_PATH = "/accounts/{account_id}/realtime/kit/{app_id}/ping"
PING = f"\n\n\n## Ping the app\n\n**GET** `{PING_PATH}`\n\nAnswers a ping.\n"
PING_RESPONSES = (
    '\n### Responses\n\n#### 200 OK\n\n> Data is at `body["result"]`\n\n'
    '```json\n{"data": {"pong": "*boolean*"}, "success": "*boolean*"}\n```\n'
)
RESPONSES_SECTION = re.compile(r"\n\n### Responses\n.*?(?=\n\n\n## |\Z)", re.S)
PROBE = """
import httpx
from realtimekit_client import AuthenticatedClient
from realtimekit_client.facade import RealtimeKit
body = {"data": {"pong": True}, "success": True}
answer = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = AuthenticatedClient(base_url="http://mock", token="t", httpx_args={"transport": answer})
print(repr(RealtimeKit(account_id="a", app_id="b", client=client).ping.get()))
"""


def write_docs(folder: Path, *, older: bool) -> int:
    """The project's docs in ``folder``, with a ping operation; ``older``: every Responses section
    stripped. Returns the number of operations."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "docs" / "realtimekit", folder)
    webhooks = folder / "webhooks.md"
    webhooks.write_text(webhooks.read_text() + PING + ("" if older else PING_RESPONSES))
    count = 0
    for path in sorted(folder.glob("*.md")):
        text = RESPONSES_SECTION.sub("\n", path.read_text()) if older else path.read_text()
        path.write_text(text)
        doc, errors = parse_document(str(path), text)
        assert doc is not None, errors
        assert all(op.responses_documented != older for op in doc.operations)
        count += len(doc.operations)
    return count


def reference_routes() -> set[str]:
    """``METHOD path`` of every route of the project's reference shapes (parameters unnamed)."""
    entries = json.loads((ROOT / "shapes" / "realtimekit-reference.json").read_text())
    return {path_shape(f"{entry['method'].upper()} {entry['path']}") for entry in entries}


def run(docs: Path, spec: Path, client: Path, date: str) -> tuple[str, dict[str, Any]]:
    """regenerate.py as ``make generate`` runs it; its report and the valid spec it wrote."""
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--docs", str(docs)]
    command += ["--spec", str(spec), "--client", str(client), "--date", date]
    command += ["--overlay", str(ROOT / "overlays" / "realtimekit.yaml")]
    command += ["--shapes", str(ROOT / "shapes" / "realtimekit.yaml")]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    document = load_yaml(spec.read_text())
    validate(document)
    return done.stdout, document


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
    }


def report_lines(stdout: str, kind: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(f"- {kind}")]


def test_older_generation_to_current_and_back(tmp_path: Path) -> None:
    docs, spec, client = tmp_path / "docs", tmp_path / "openapi.yaml", tmp_path / "client"
    count = write_docs(docs, older=True)
    _, older = run(docs, spec, client, "2026-01-01")
    undocumented = {key for key, op in operations(older).items() if op.get(UNDOCUMENTED)}
    assert len(undocumented) == count  # the overlays' own operations are documented
    ping = operations(older)[f"GET {PING_PATH}"]
    assert list(ping["responses"]) == ["default"]  # the reference does not know it
    typed = {key for key, op in operations(older).items() if key in undocumented and "2XX" in op["responses"]}
    assert typed == {
        key for key in undocumented if path_shape(key) in reference_routes()
    }  # a 2XX where the reference knows the route
    assert all(list(operations(older)[key]["responses"]) == ["default"] for key in undocumented - typed)
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=client)
    assert (probe.returncode, probe.stdout) == (0, "{'data': {'pong': True}, 'success': True}\n"), (
        probe.stderr
    )

    write_docs(docs, older=False)
    stdout, current = run(docs, spec, client, "2026-01-02")
    assert not any(op.get(UNDOCUMENTED) for op in operations(current).values())
    committed = committed_spec()
    assert {k: v for k, v in operations(current).items() if k != f"GET {PING_PATH}"} == operations(committed)
    assert report_lines(stdout, "BREAKING") == []
    documented = [line for line in report_lines(stdout, "non-breaking") if "responses now documented" in line]
    assert len(documented) == count
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=client)
    assert (probe.returncode, probe.stdout) == (0, "PingTheAppResponse200Data({'pong': True})\n"), (
        probe.stderr
    )

    write_docs(docs, older=True)
    stdout, again = run(docs, spec, client, "2026-01-03")
    assert operations(again) == operations(older)
    breaking = report_lines(stdout, "BREAKING")
    lost = [
        line
        for line in breaking
        if "responses no longer documented (the docs list none; they listed " in line
    ]
    assert len(lost) == count
    # the others: a body the docs showed that the reference types otherwise, and the models of
    # the bodies the reference does not know (their operations now return the JSON)
    others = [line for line in breaking if line not in lost]
    pattern = r": response 2\w\w -> 2XX |models and package: model \w+ removed$"
    assert others and all(re.search(pattern, line) for line in others), others
