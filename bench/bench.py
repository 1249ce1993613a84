"""`make bench`: per-call cost, import time and pipeline speed, with the targets of the issue.

Usage: bench.py [--rounds N] [--calls N] [--import-repeats N] [--quick] [--json FILE]

Runs in ``.venv-bench`` (the generated client's dependencies plus the official ``cloudflare``
SDK); the pipeline steps run with the project's ``.venv``. Ratios are measured side by side in
one run, interleaving rounds, because absolute times on a shared machine are noisy. Targets are
judged on the median; the range (min-max over rounds or runs) shows the spread.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CLIENT_DIR = ROOT / "generated_client"
CORPUS = ROOT / "tests" / "data" / "corpus"
sys.path[:0] = [str(HERE), str(CLIENT_DIR)]

import percall  # noqa: E402
import pipeline  # noqa: E402
import startup  # noqa: E402
from report import Row, Summary, at_least, at_most, format_table, row, summarize  # noqa: E402
from server import WEBHOOK_COUNT  # noqa: E402

MB = 1_000_000
SECTIONS = ("percall", "imports", "converter", "generate", "corpus", "scale")


@dataclass(frozen=True)
class Context:
    """What every section needs besides the arguments."""

    with_sdk: bool  # the cloudflare SDK is importable here
    work: Path  # a temporary folder, removed after the run


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds of per-call timing")
    parser.add_argument("--calls", type=int, default=250, help="calls per contender per round")
    parser.add_argument("--import-repeats", type=int, default=9, help="fresh processes per import")
    parser.add_argument("--docs-size", type=float, default=1.5, help="MB of synthetic docs")
    parser.add_argument("--scale-copies", type=float, default=9, help="copies of the sample (296 operations)")
    parser.add_argument(
        "--scale-import-repeats", type=int, default=3, help="fresh processes per import of the scale client"
    )
    parser.add_argument("--quick", action="store_true", help="few rounds; a smoke run, not a measurement")
    parser.add_argument("--project-python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--only", action="append", choices=SECTIONS, help="run only these sections (repeatable)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.calls, args.import_repeats = 3, 40, 2
    return args


def start_server(lifetime: float) -> tuple[subprocess.Popen[str], str]:
    """The canned-body server in its own process; returns it and its base URL."""
    server = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), "--lifetime", str(lifetime)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline().split()
    if len(line) != 2 or line[0] != "PORT":
        server.kill()
        raise RuntimeError(f"the bench server did not start (said {line!r})")
    return server, f"http://127.0.0.1:{line[1]}/client/v4"


def stop_server(server: subprocess.Popen[str]) -> None:
    """Closing its stdin tells the server to stop; it is killed if it has not within 10 s."""
    assert server.stdin is not None
    server.stdin.close()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _sdk_available() -> bool:
    try:
        import cloudflare  # noqa: F401
    except ImportError:
        return False
    return True


def per_call_rows(args: argparse.Namespace, ctx: Context) -> list[Row]:
    names = [
        "httpx",
        "client sync",
        "client sync_detailed",
        "client sync, new path each call",
        "httpx meetings",
        "client sync meetings",
        "client sync meetings, created_at read",
        "httpx async",
        "client asyncio",
        "client sync .data",
        "facade sync",
        "client asyncio .data",
        "facade async",
    ]
    if ctx.with_sdk:
        names += ["cloudflare SDK", "cloudflare SDK async"]
    server, base_url = start_server(lifetime=240)
    try:
        results = percall.measure(
            base_url, names, rounds=args.rounds, calls=args.calls, expected_items=WEBHOOK_COUNT
        )  # the meetings list has as many items (server.MEETING_COUNT)
    finally:
        stop_server(server)
    rows = [row(f"calls/s: {name}", summarize(results.rates[name]), "/s") for name in names]
    rows += [row(f"client-side CPU per call: {name}", summarize(results.cpu[name]), "us") for name in names]
    ratios = percall.ratios(results)
    for name in names:
        if name not in ratios:
            continue
        label = f"ratio {name} / {percall.baseline_of(name, results)}"
        if name in ("client sync, new path each call", "client sync meetings, created_at read"):
            rows.append(row(label, summarize(ratios[name]), "x", "shown only"))
        elif name.startswith("facade"):
            rows.append(row(label, summarize(ratios[name]), "x", ">= 0.95", at_least(0.95)))
        elif name.startswith("client"):
            rows.append(row(label, summarize(ratios[name]), "x", ">= 0.9", at_least(0.9)))
        else:
            rows.append(row(label, summarize(ratios[name]), "x", "ref ~0.25-0.5"))
    cpu = percall.facade_overhead_in_process(args.rounds, args.calls)
    for name, values in cpu.items():
        rows.append(row(f"in process (MockTransport), CPU per call: {name}", summarize(values), "us"))
    facade, direct = cpu["facade webhooks.list()"], cpu["sync(...).data"]
    overhead = [mine / base for mine, base in zip(facade, direct, strict=True)]
    label = "in process, CPU per call: facade / sync(...).data"
    rows.append(row(label, summarize(overhead), "x", "<= 1.05", at_most(1.05)))
    return rows


def import_rows(args: argparse.Namespace, ctx: Context) -> list[Row]:
    snippets = startup.standard_snippets(CLIENT_DIR)
    if not ctx.with_sdk:
        snippets = [s for s in snippets if "cloudflare" not in s.name]
    times = startup.measure(sys.executable, snippets, args.import_repeats)
    base = times["import httpx"]
    rows = [row(name, summarize(values), "ms") for name, values in times.items()]
    for name, values in times.items():
        if name == "import httpx":
            continue
        extra = summarize([mine - theirs for mine, theirs in zip(values, base, strict=True)])
        if name == "import one operation module":
            rows.append(row("  extra over import httpx", extra, "ms", "<= 40 ms", at_most(0.040)))
        elif "facade" in name:
            rows.append(row("  extra over import httpx", extra, "ms", "shown only"))
        elif "cloudflare" in name:
            rows.append(row("  extra over import httpx", extra, "ms", "ref ~300 ms"))
    return rows


def converter_rows(args: argparse.Namespace, ctx: Context) -> list[Row]:
    work = ctx.work
    docs = work / "docs"
    size = pipeline.synthetic_docs(CORPUS, docs, int(args.docs_size * MB))
    tiny = sorted((CORPUS / "realtimekit").glob("*.md"))[:1]
    python = args.project_python
    big_runs, tiny_runs = [], []
    for _ in range(3):
        big_runs.append(
            pipeline.timed_run(pipeline.converter_command(python, ROOT, work / "big.yaml", [docs]), ROOT)
        )
        tiny_runs.append(
            pipeline.timed_run(pipeline.converter_command(python, ROOT, work / "tiny.yaml", tiny), ROOT)
        )
    start_up = summarize(tiny_runs).median
    per_mb = [(run - start_up) / (size / MB) for run in big_runs]
    throughput = [(size / MB) / (run - start_up) for run in big_runs]
    return [
        row(f"converter CLI, {size / MB:.2f} MB docs (wall)", summarize(big_runs), "s"),
        row("converter CLI start-up (one small file)", summarize(tiny_runs), "s"),
        row("converter throughput (without start-up)", summarize(throughput), "MB/s"),
        row("converter time per MB (without start-up)", summarize(per_mb), "s", "< 1 s", at_most(1.0)),
    ]


def generate_rows(args: argparse.Namespace, ctx: Context) -> list[Row]:
    work = ctx.work
    runs = []
    for index in range(2):
        out = work / f"gen{index}"
        command = [
            "make",
            "-s",
            "generate",
            f"SPEC={out / 'openapi.yaml'}",
            f"CLIENT={out / 'generated_client'}",
        ]
        runs.append(pipeline.timed_run(command, ROOT))
    return [row("make generate (RealtimeKit docs)", summarize(runs), "s", "< 10 s", at_most(10.0))]


def corpus_rows(args: argparse.Namespace, ctx: Context) -> list[Row]:
    work = ctx.work
    out = work / "corpus"
    command = [args.project_python, str(ROOT / "scripts" / "regenerate.py")]
    for family in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        command += ["--docs", str(family)]
    command += ["--spec", str(out / "openapi.yaml"), "--client", str(out / "client")]
    generated = pipeline.timed_run(command, ROOT, timeout=280)
    module = pipeline.first_operation_module(out / "client")
    snippet = startup.Snippet(f"import {module}", f"import {module}", out / "client")
    times = startup.measure(sys.executable, [snippet], max(3, args.import_repeats // 2))[snippet.name]
    return [
        row("generate client from whole corpus (once)", summarize([generated]), "s"),
        row(f"corpus client: import {module.split('.')[-1]}", summarize(times), "s", "< 0.3 s", at_most(0.3)),
    ]


def scale_rows(args: argparse.Namespace, ctx: Context) -> list[Row]:
    """``make generate`` on a synthetic corpus of about 2,600 operations (copies of the sample),
    with empty caches (``PIPELINE_CACHE``), then again after a one-file change (the shards of unchanged
    tags come from the cache), then after an API change in that file (the version bumps, the
    Python APIs are compared), after a docs file is added (a new tag) and after it is removed; and
    the imports of that client (:func:`scale_import_rows`)."""
    work = ctx.work / "scale"
    docs = work / "docs"
    one_copy = sum(len(path.read_bytes()) for path in pipeline.corpus_files(CORPUS))
    pipeline.synthetic_docs(CORPUS, docs, int(args.scale_copies * one_copy) - one_copy // 2)
    operations = sum(pipeline.operation_count(path.read_text(encoding="utf-8")) for path in docs.glob("*.md"))
    # Every cache of the pipeline (shards, spec twins, the facade's, ruff's) starts empty here.
    env_cache = f"PIPELINE_CACHE={work / 'cache'}"
    command = ["env", "-u", "RUN_GENERATOR_CACHE", env_cache, "make", "-s", "generate", f"DOCS={docs}"]
    command += ["OVERLAYS=", "SHAPES="]
    command += [f"SPEC={work / 'openapi.yaml'}", f"CLIENT={work / 'generated_client'}"]
    cpu = pipeline.cpu_seconds_of_children()
    full = pipeline.timed_run(command, ROOT, timeout=900)
    full_cpu = pipeline.cpu_seconds_of_children() - cpu
    changed = sorted(docs.glob("*.md"))[len(list(docs.glob("*.md"))) // 2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("### Responses", "A sentence added by the bench.\n\n### Responses", 1))
    cpu = pipeline.cpu_seconds_of_children()
    again = pipeline.timed_run(command, ROOT, timeout=900)
    again_cpu = pipeline.cpu_seconds_of_children() - cpu
    # An API change in the same file: an operation renamed (its summary edited), so the version
    # bumps and the two clients' Python APIs are compared.
    text = changed.read_text(encoding="utf-8")
    heading = next(line for line in text.splitlines() if line.startswith("## "))
    changed.write_text(text.replace(heading, f"{heading} renamed", 1))
    cpu = pipeline.cpu_seconds_of_children()
    renamed = pipeline.timed_run(command, ROOT, timeout=900)
    renamed_cpu = pipeline.cpu_seconds_of_children() - cpu
    # A docs file added (a new tag: only its shard is generated), then removed again.
    added = pipeline.added_docs_file(changed, docs)
    cpu = pipeline.cpu_seconds_of_children()
    with_added = pipeline.timed_run(command, ROOT, timeout=900)
    added_cpu = pipeline.cpu_seconds_of_children() - cpu
    imports = scale_import_rows(work / "generated_client", args)
    added.unlink()
    cpu = pipeline.cpu_seconds_of_children()
    removed = pipeline.timed_run(command, ROOT, timeout=900)
    removed_cpu = pipeline.cpu_seconds_of_children() - cpu
    return [
        row(
            f"make generate, {operations} operations (empty cache)",
            summarize([full]),
            "s",
            "< 45 s",
            at_most(45.0),
        ),
        row("  CPU seconds of it (all processes)", summarize([full_cpu]), "s"),
        row("  again after a one-file change", summarize([again]), "s", "< 10 s", at_most(10.0)),
        row("  CPU seconds of it (all processes)", summarize([again_cpu]), "s"),
        row("  again after an operation renamed there (version bump)", summarize([renamed]), "s"),
        row("  CPU seconds of it (all processes)", summarize([renamed_cpu]), "s"),
        row(
            "  again after a docs file added (a new tag)",
            summarize([with_added]),
            "s",
            "<= 10 s",
            at_most(10.0),
        ),
        row("  CPU seconds of it (all processes)", summarize([added_cpu]), "s"),
        row("  again after that file removed", summarize([removed]), "s", "<= 10 s", at_most(10.0)),
        row("  CPU seconds of it (all processes)", summarize([removed_cpu]), "s"),
        *imports,
    ]


def scale_import_rows(client: Path, args: argparse.Namespace) -> list[Row]:
    """Imports of the client of the whole corpus (fresh process each, best of
    ``--scale-import-repeats``): one operation module, one model and the facade, each within
    50 ms of ``import httpx``, as RealtimeKit's are."""
    name = next(client.glob("*/models")).parent.name
    snippets = [
        startup.Snippet("import httpx", "import httpx"),
        startup.Snippet("one operation module", f"import {pipeline.first_operation_module(client)}", client),
        startup.Snippet("one model", f"from {name}.models import {pipeline.first_model(client)}", client),
        startup.Snippet("the facade", f"from {name} import RealtimeKit, AsyncRealtimeKit", client),
    ]
    times = startup.measure(sys.executable, snippets, args.scale_import_repeats)
    best_httpx = min(times["import httpx"])
    rows = [
        row(
            f"  scale client: import httpx (best of {len(times['import httpx'])})",
            summarize([best_httpx]),
            "ms",
        )
    ]
    for snippet in snippets[1:]:
        extra = min(times[snippet.name]) - best_httpx
        label = f"  scale client: {snippet.name}, more than import httpx (best)"
        rows.append(row(label, summarize([extra]), "ms", "<= 50 ms", at_most(0.050)))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    started = time.perf_counter()
    load_before = os.getloadavg()
    with_sdk = _sdk_available()
    wanted = args.only or list(SECTIONS)
    if not CORPUS.is_dir():
        print(f"bench: {CORPUS} is missing: converter and corpus sections skipped", file=sys.stderr)
        wanted = [key for key in wanted if key not in {"converter", "corpus", "scale"}]
    steps = {
        "percall": ("per call: list 20 webhooks; list 20 meetings (date-times); keep-alive", per_call_rows),
        "imports": ("import time, fresh process each", import_rows),
        "converter": ("converter", converter_rows),
        "generate": ("make generate", generate_rows),
        "corpus": ("client from all of tests/data/corpus", corpus_rows),
        "scale": ("make generate at the scale of the upstream corpus", scale_rows),
    }
    sections: list[tuple[str, list[Row]]] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for key in SECTIONS:
            if key not in wanted:
                continue
            title, step = steps[key]
            print(f"bench: {title} ...", file=sys.stderr, flush=True)
            sections.append((title, step(args, Context(with_sdk, Path(tmp)))))
    elapsed = time.perf_counter() - started
    load_after = os.getloadavg()
    for title, rows in sections:
        print(f"\n== {title}")
        print(format_table(rows))
    if not with_sdk:
        print("\n(the cloudflare SDK is not installed in this environment: its rows were skipped)")
    all_rows = [item for _, rows in sections for item in rows]
    failed = [item.name.strip() for item in all_rows if item.passed is False]
    print(
        f"\nload average before {load_before[0]:.2f}, after {load_after[0]:.2f} "
        f"({os.cpu_count()} cores); bench took {elapsed:.0f} s"
    )
    print("targets: " + ("all PASS" if not failed else f"{len(failed)} FAIL: " + "; ".join(failed)))
    if args.json:
        payload = {
            "load": {"before": load_before, "after": load_after},
            "elapsed_s": elapsed,
            "sections": {title: [_row_json(item) for item in rows] for title, rows in sections},
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


def _row_json(item: Row) -> dict[str, object]:
    summary: Summary = item.summary
    return {
        "name": item.name,
        "unit": item.unit,
        "target": item.target,
        "result": item.verdict,
        **asdict(summary),
    }


if __name__ == "__main__":
    sys.exit(main())
