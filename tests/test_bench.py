"""Smoke tests of the benchmark's parts (bench/): its server, its measurements and its table.

No timing is asserted here: `make bench` measures, these only check that what it measures is
real (every contender parses the 20 webhooks) and that the server stops by itself.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import percall
import pipeline
import server
from conftest import CORPUS, HANG_GUARD_SECONDS, ROOT, data_file
from report import Summary, at_least, at_most, format_table, row, summarize

BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def bench_server() -> Iterator[tuple[subprocess.Popen[str], str]]:
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py"), "--lifetime", "3600"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    port = process.stdout.readline().split()[1]
    yield process, f"http://127.0.0.1:{port}/client/v4"
    process.stdin.close()
    process.wait(timeout=HANG_GUARD_SECONDS)


def test_server_serves_the_webhooks_body_over_one_connection(bench_server: tuple[object, str]) -> None:
    _, base_url = bench_server
    with httpx.Client() as client:
        bodies = [client.get(base_url + percall.WEBHOOKS_PATH).json() for _ in range(3)]
        missing = client.get(base_url + "/nothing")
        posted = client.post(base_url + percall.WEBHOOKS_PATH, json={"x": "y" * 5000})
    assert bodies == [server.webhooks_body()] * 3
    assert len(bodies[0]["data"]) == server.WEBHOOK_COUNT == 20
    assert missing.status_code == 404
    assert posted.json() == bodies[0]


def test_server_stops_when_its_stdin_closes() -> None:
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py"), "--lifetime", "3600"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline().startswith("PORT ")
    process.stdin.close()
    assert process.wait(timeout=HANG_GUARD_SECONDS) == 0


def test_server_stops_after_its_request_budget() -> None:
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py"), "--max-requests", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    port = process.stdout.readline().split()[1]
    with httpx.Client() as client:
        for _ in range(2):
            assert client.get(f"http://127.0.0.1:{port}/ping").json() == {"success": True}
    assert process.wait(timeout=HANG_GUARD_SECONDS) == 0


def test_measure_checks_and_times_httpx_and_the_generated_client(bench_server: tuple[object, str]) -> None:
    _, base_url = bench_server
    names = ["httpx", "client sync", "client sync, new path each call", "httpx async", "client asyncio"]
    names += ["client sync .data", "facade sync", "client asyncio .data", "facade async"]
    results = percall.measure(base_url, names, rounds=2, calls=3, expected_items=20, warmup=1)
    assert set(results.rates) == set(names)
    assert all(len(rates) == 2 and min(rates) > 0 for rates in results.rates.values())
    assert set(results.cpu) == set(names)
    assert all(len(cpu) == 2 and min(cpu) >= 0 for cpu in results.cpu.values())
    assert set(percall.ratios(results)) == {
        "client sync",
        "client sync, new path each call",
        "client asyncio",
        "client sync .data",
        "client asyncio .data",
        "facade sync",  # against client sync .data: the facade's own cost
        "facade async",
    }


def test_measure_refuses_a_contender_that_does_not_parse_the_expected_items(
    bench_server: tuple[object, str],
) -> None:
    _, base_url = bench_server
    with pytest.raises(RuntimeError, match="parsed 20 items, expected 21"):
        percall.measure(base_url, ["client sync"], rounds=1, calls=1, expected_items=21)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([3.0], Summary(3.0, 3.0, 3.0, 1)),
        ([5.0, 1.0, 3.0], Summary(3.0, 1.0, 5.0, 3)),
        ([1.0, 2.0], Summary(1.5, 1.0, 2.0, 2)),
    ],
)
def test_summarize(values: list[float], expected: Summary) -> None:
    assert summarize(values) == expected


def test_table_shows_targets_and_verdicts() -> None:
    rows = [
        row("ratio a", summarize([0.95, 0.91]), "x", ">= 0.9", at_least(0.9)),
        row("import b", summarize([0.050]), "ms", "<= 40 ms", at_most(0.040)),
        row("calls/s c", summarize([1234.4]), "/s"),
    ]
    lines = format_table(rows).splitlines()
    assert lines[0].split() == ["measure", "median", "range", "(n)", "unit", "target", "result"]
    assert lines[2].split()[-1] == "PASS" and "0.930" in lines[2]
    assert lines[3].split()[-1] == "FAIL" and "50.0" in lines[3]
    assert lines[4].split()[-1] == "/s" and "1234" in lines[4]


def test_synthetic_docs_convert_with_every_operation_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "family"
    corpus.mkdir(parents=True)
    for name in ("realtimekit/webhooks.md", "cloudflare-sample/accounts.md"):
        (corpus / Path(name).name).write_bytes(data_file(CORPUS / name).read_bytes())
    one_copy = sum(len(path.read_bytes()) for path in corpus.iterdir())
    size = pipeline.synthetic_docs(corpus.parent, tmp_path / "docs", 2 * one_copy)
    assert size >= 2 * one_copy
    texts = [path.read_text(encoding="utf-8") for path in sorted((tmp_path / "docs").glob("*.md"))]
    assert len(texts) == 4 and any("`/copy1/" in text for text in texts)
    output = tmp_path / "out.yaml"
    command = pipeline.converter_command(sys.executable, ROOT, output, [tmp_path / "docs"])
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    operations = sum(len(re.findall(r"^\*\*[A-Z]+\*\* `/", text, re.MULTILINE)) for text in texts[:2])
    assert f"converted {2 * operations} operations from 4 file(s)" in run.stdout


def test_first_operation_module_of_the_committed_client() -> None:
    name = pipeline.first_operation_module(ROOT / "generated_client")
    assert name.startswith("realtimekit_client.api.")
    assert (ROOT / "generated_client" / (name.replace(".", "/") + ".py")).is_file()


def test_first_model_of_the_committed_client() -> None:
    name = pipeline.first_model(ROOT / "generated_client")
    stub = (ROOT / "generated_client" / "realtimekit_client" / "models" / "__init__.pyi").read_text()
    assert f" import {name} as {name}\n" in stub


def test_an_added_docs_file_brings_a_tag_and_paths_of_its_own(tmp_path: Path) -> None:
    source = data_file(CORPUS / "realtimekit/webhooks.md")
    added = pipeline.added_docs_file(source, tmp_path)
    text, original = added.read_text(encoding="utf-8"), source.read_text(encoding="utf-8")
    assert added.parent == tmp_path and added.name != source.name
    assert text.splitlines()[0] == original.splitlines()[0] + " added"
    paths = re.findall(r"^\*\*[A-Z]+\*\* `(/\S*)`", text, re.MULTILINE)
    assert paths and all(path.startswith("/added/") for path in paths)
    assert pipeline.operation_count(text) == pipeline.operation_count(original)
