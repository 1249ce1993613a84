"""make generate's pipeline on other docs, its all-or-nothing rule, and the completeness check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, data_files, doc_markdown, op_markdown
from rtkgen.generator.client_check import missing_operations, spec_operations
from rtkgen.install.client_build import generate

REGENERATE = ROOT / "scripts" / "regenerate.py"


def regenerate(
    docs: Path | list[Path], spec: Path, client: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    folders = docs if isinstance(docs, list) else [docs]
    sources = [arg for folder in folders for arg in ("--docs", str(folder))]
    return subprocess.run(
        [sys.executable, str(REGENERATE), *sources, "--spec", str(spec), "--client", str(client)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=None if env is None else {**os.environ, **env},
    )


def test_sample_corpus_gives_a_complete_importable_client(tmp_path: Path) -> None:
    """All of the sample corpus (tests/data/corpus) at once: every operation has its module,
    and every module imports."""
    spec, client = tmp_path / "s.yaml", tmp_path / "c"
    families = [CORPUS / "cloudflare-sample", CORPUS / "realtimekit"]
    for family in families:
        data_files(family)
    # one generator run (no shards), progress shown from the start
    result = regenerate(
        families, spec, client, env={"PROGRESS_QUIET": "0", "RUN_GENERATOR_SHARD_OPS": "1000"}
    )
    assert result.returncode == 0, result.stderr
    # stderr is a pipe here: plain progress lines, from this process and from the generator's
    progress = [line for line in result.stderr.splitlines() if line.startswith("progress: ")]
    assert "\r" not in result.stderr
    for stage in (
        "converting the docs",
        "reading the operations (296 items)",
        "rendering models",
        "rendering endpoint modules (296 items)",
        "rendering endpoint modules 296/296 (100%)",
        "checking the client",
    ):
        assert any(line.endswith(stage) or f"] {stage} (" in line for line in progress), (stage, progress)
    operations = spec_operations(spec)
    assert len(operations) == 239 + 57
    assert missing_operations(operations, client) == []
    modules = sorted(
        p.relative_to(client).with_suffix("").as_posix().replace("/", ".")
        for p in client.glob("*/api/*/*.py")
    )
    probe = f"import importlib\nfor m in {modules!r}: importlib.import_module(m)\nprint(len({modules!r}))"
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=client)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split()[-1] == str(len(modules))
    assert sum(1 for m in modules if not m.endswith("__init__")) == 239 + 57


def test_bad_docs_leave_spec_and_client_untouched(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(doc_markdown(op_markdown(method="FETCH")))
    spec, client = tmp_path / "s.yaml", tmp_path / "c"
    spec.write_text("old spec")
    client.mkdir()
    (client / "marker").write_text("old client")
    result = regenerate(docs, spec, client)
    assert result.returncode == 2
    assert "a.md:5: unknown HTTP method 'FETCH'" in result.stderr
    assert spec.read_text() == "old spec"
    assert [p.name for p in client.iterdir()] == ["marker"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "docs", "s.yaml"]


def test_a_generator_warning_fails_and_keeps_the_old_client(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x/{undeclared}:\n"
        "    get:\n      operationId: get_x\n      responses: {'200': {description: ok}}\n"
    )
    client = tmp_path / "c"
    client.mkdir()
    (client / "marker").write_text("old client")
    with pytest.raises(RuntimeError, match="failed"):
        generate(spec, client, ROOT / "generator-config.yaml", ROOT / "templates")
    assert [p.name for p in client.iterdir()] == ["marker"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_completeness_check_finds_a_lost_module(tmp_path: Path) -> None:
    client = tmp_path / "c"
    shutil.copytree(ROOT / "generated_client", client, ignore=shutil.ignore_patterns("__pycache__"))
    operations = spec_operations(ROOT / "openapi.yaml")
    (client / "realtimekit_client" / "api" / "webhooks" / "add_a_webhook.py").unlink()
    module = client / "realtimekit_client" / "api" / "apps" / "create_app.py"
    module.write_text(module.read_text().replace("def asyncio_detailed(", "def renamed("))
    assert missing_operations(operations, client) == [
        "POST /accounts/{account_id}/realtime/kit/apps (create_app): "
        "realtimekit_client/api/apps/create_app.py lacks asyncio_detailed",
        "POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks (add_a_webhook): no module",
    ]
