"""End to end: a doc edit in a copy of the project's docs, regenerate.py, the report, the version,
CHANGES.md and the regenerated client; then a second run that changes nothing."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

REGENERATE = ROOT / "scripts" / "regenerate.py"
OPERATION = "POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks (add_a_webhook)"
REPORT = (
    "API changes: 1 breaking, 1 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
    f"- BREAKING     {OPERATION}: response 201 field data.url removed\n"
    f"- non-breaking {OPERATION}: response 201 field data.target_url added (string|null)"
)
MODEL = "WebhookResponseDataType0"
FIELDS = ["created_at", "enabled", "events", "id", "name", "updated_at"]


def regenerate(docs: Path, spec: Path, client: Path, date: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        str(REGENERATE),
        "--docs",
        str(docs),
        "--spec",
        str(spec),
        "--client",
        str(client),
        "--overlay",
        str(ROOT / "overlays" / "realtimekit.yaml"),
    ]
    return subprocess.run([*command, "--date", date], capture_output=True, text=True, cwd=ROOT)


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def model_fields(client: Path) -> list[str]:
    probe = (
        f"import attrs\nfrom realtimekit_client.models import {MODEL} as M\n"
        "print(*[f.name for f in attrs.fields(M)])"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=client)
    assert run.returncode == 0, run.stderr
    return run.stdout.split()


def test_renaming_a_response_field_reports_bumps_and_regenerates(tmp_path: Path) -> None:
    docs, spec, client = tmp_path / "docs", tmp_path / "openapi.yaml", tmp_path / "client"
    shutil.copytree(ROOT / "docs" / "realtimekit", docs)
    shutil.copy(ROOT / "openapi.yaml", spec)
    webhooks = docs / "webhooks.md"
    text = webhooks.read_text()
    assert '"url": "*string*"' in text
    webhooks.write_text(text.replace('"url": "*string*"', '"target_url": "*string*"', 1))

    result = regenerate(docs, spec, client, "2026-01-02")
    assert result.returncode == 0, result.stderr
    assert f"{REPORT}\nversion 0.1.0 -> 0.2.0\n" in result.stdout
    assert "\n  version: 0.2.0\n" in spec.read_text()
    assert 'version="0.2.0"' in (client / "setup.py").read_text()
    assert model_fields(client) == [*FIELDS, "target_url", "additional_properties"]
    changelog = (tmp_path / "CHANGES.md").read_text()
    assert changelog.startswith("# Changes\n")
    assert changelog.endswith(f"## 0.2.0 (2026-01-02)\n\nFrom 0.1.0.\n\n{REPORT}\n")

    # make generate again with no doc change: nothing changes, no second entry
    before = (spec.read_bytes(), tree_digest(client), changelog)
    again = regenerate(docs, spec, client, "2026-01-03")
    assert again.returncode == 0, again.stderr
    assert "no API changes\nversion 0.2.0 (unchanged)\n" in again.stdout
    assert (spec.read_bytes(), tree_digest(client), (tmp_path / "CHANGES.md").read_text()) == before


def test_an_unreadable_previous_spec_stops_before_anything_is_written(tmp_path: Path) -> None:
    spec, client = tmp_path / "openapi.yaml", tmp_path / "client"
    spec.write_text("info: {title: T, version: latest}\n")
    result = regenerate(ROOT / "docs" / "realtimekit", spec, client, "2026-01-02")
    assert result.returncode == 1
    assert f"{spec}: info.version: version 'latest' is not MAJOR.MINOR.PATCH" in result.stderr
    assert spec.read_text() == "info: {title: T, version: latest}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["openapi.yaml"]
