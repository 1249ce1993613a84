"""Cloudflare's envelope: ``errors`` and ``messages`` items are strings or ``{code, message}``
objects (real bodies carry both), through a client generated from tests/data/envelope.md.

- a property test (hypothesis, in the client's own process: its package name is the committed
  client's) gives the model random envelopes whose items mix both forms: strings stay ``str``,
  objects become the shared ``ResponseInfo`` model, and ``to_dict`` gives the body back;
- a contract test serves the spec with Prism (``--errors``: an answer that breaks its own schema
  becomes a 500) with one named example of each form, and the client gets and parses both.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, data_file
from mock_server import MockServer, MockServerUnavailable
from rtkgen.core.openapi_common import load_yaml

DOCS = ROOT / "tests" / "data" / "envelope.md"
REGENERATE = ROOT / "scripts" / "regenerate.py"
MODEL = "realtimekit_client.models.list_zones_response_200"

PROPERTY_PROBE = r"""
from hypothesis import given, settings, strategies as st
from realtimekit_client.models.list_zones_response_200 import ListZonesResponse200
from realtimekit_client.models.response_info import ResponseInfo

text = st.text(max_size=8)
info = st.fixed_dictionaries({}, optional={"code": st.none() | st.integers(), "message": st.none() | text})
info = info | st.dictionaries(text, st.none() | st.integers() | text, max_size=3).map(
    lambda d: {k: v for k, v in d.items() if k not in ("code", "message")}
)
items = st.none() | st.lists(st.none() | text | info, max_size=5)
zone = st.fixed_dictionaries({}, optional={"id": st.none() | text, "name": st.none() | text})
body = st.fixed_dictionaries(
    {}, optional={"errors": items, "messages": items, "success": st.none() | st.booleans(),
                  "result": st.none() | st.lists(zone, max_size=3)}
)
seen = set()

@settings(max_examples=300, deadline=None, database=None)
@given(body)
def check(body):
    parsed = ListZonesResponse200.from_dict(body)
    for name in ("errors", "messages"):
        wire = body.get(name)
        if isinstance(wire, list):
            for sent, got in zip(wire, getattr(parsed, name), strict=True):
                kind = type(sent).__name__
                seen.add(kind)
                expected = {"str": str, "dict": ResponseInfo, "NoneType": type(None)}[kind]
                assert isinstance(got, expected), (sent, got)
    assert parsed.to_dict() == body
    assert ListZonesResponse200.from_dict(parsed.to_dict()).to_dict() == body

check()
assert seen == {"str", "dict", "NoneType"}, seen
print("ok")
"""

CONTRACT_PROBE = r"""
import json, sys, httpx
from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.zones import list_zones
from realtimekit_client.models.response_info import ResponseInfo

out = {}
for example in ("strings", "objects"):
    client = AuthenticatedClient(base_url=sys.argv[1], token="t", headers={"Prefer": f"example={example}"})
    response = list_zones.sync_detailed(client=client)
    parsed = response.parsed
    out[example] = {
        "status": int(response.status_code),
        "body": json.loads(response.content),
        "kinds": [type(item).__name__ for item in parsed.errors + parsed.messages],
        "back": parsed.to_dict(),
    }
print(json.dumps(out))
"""

EXAMPLES = {
    "strings": {
        "result": [{"id": "z1", "name": "example.com"}],
        "success": True,
        "errors": ["a string error"],
        "messages": ["a string message", "another"],
    },
    "objects": {
        "result": [],
        "success": True,
        "errors": [{"code": 1000, "message": "an object error"}],
        "messages": [{"code": 10000, "message": "an object message"}],
    },
}


@pytest.fixture(scope="module")
def envelope_client(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("envelope")
    spec, client = folder / "spec.yaml", folder / "client"
    command = [sys.executable, str(REGENERATE), "--docs", str(data_file(DOCS))]
    result = subprocess.run(
        [*command, "--spec", str(spec), "--client", str(client)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return spec, client


def test_the_spec_declares_both_forms(envelope_client: tuple[Path, Path]) -> None:
    spec, client = envelope_client
    document = load_yaml(spec.read_text())
    schema = document["paths"]["/zones"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    for name in ("errors", "messages"):
        kinds = schema["properties"][name]["items"]["anyOf"]
        assert {"type": "string"} in kinds and {"$ref": "#/components/schemas/ResponseInfo"} in kinds
    assert (client / "realtimekit_client" / "models" / "response_info.py").is_file()


def test_random_envelopes_of_both_forms_round_trip(envelope_client: tuple[Path, Path]) -> None:
    _, client = envelope_client
    run = subprocess.run([sys.executable, "-c", PROPERTY_PROBE], capture_output=True, text=True, cwd=client)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.split() == ["ok"]


def test_the_mock_serves_both_forms_and_the_client_parses_them(
    envelope_client: tuple[Path, Path], tmp_path: Path
) -> None:
    spec, client = envelope_client
    document = load_yaml(spec.read_text())
    media = document["paths"]["/zones"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"] = {name: {"value": value} for name, value in EXAMPLES.items()}
    served = tmp_path / "served.yaml"
    served.write_text(yaml.safe_dump(document, sort_keys=False))
    server = MockServer(ROOT, served, log=tmp_path / "prism.log")
    try:
        server.start()
    except MockServerUnavailable as error:
        pytest.fail(f"cannot start the mock server: {error}", pytrace=False)
    try:
        run = subprocess.run(
            [sys.executable, "-c", CONTRACT_PROBE, server.base_url],
            capture_output=True,
            text=True,
            cwd=client,
        )
    finally:
        server.stop()
    assert run.returncode == 0, run.stderr
    report: dict[str, Any] = json.loads(run.stdout)
    for name, body in EXAMPLES.items():
        # 200, not Prism's 500: the example is valid against the spec's own schema
        assert report[name]["status"] == 200, report[name]
        assert report[name]["body"] == body
        assert report[name]["back"] == body
    assert set(report["strings"]["kinds"]) == {"str"}
    assert set(report["objects"]["kinds"]) == {"ResponseInfo"}
