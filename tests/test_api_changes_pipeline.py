"""End to end: a doc edit in a copy of the project's docs, regenerate.py (overlays and shapes, as
``make generate`` runs it), the report, the version, CHANGES.md and the regenerated client; then a
second run that changes nothing.

The edit renames a field of a documented response (``url`` -> ``target_url`` in the 201 of "Add a
webhook"). The docs stay the source of truth: ``target_url`` is added, and ``url``, which the
API's reference still lists, stays but is no longer promised (optional). The operation keeps
sharing the model ``Webhook`` with the other webhook operations (the union rule,
``rtkgen/shapes/stable.py``): each of them gets ``target_url`` and an optional ``url``, which is
breaking. The two new disagreements with the reference are lines of the report too.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from rtkgen.core.openapi_common import load_yaml

REGENERATE = ROOT / "scripts" / "regenerate.py"
WEBHOOKS = "/accounts/{account_id}/realtime/kit/{app_id}/webhooks"
OPERATIONS = [  # (method, path after WEBHOOKS, operationId, status, field)
    ("GET", "", "fetch_all_webhooks_details", "200", "data[]"),
    ("POST", "", "add_a_webhook", "201", "data"),
    ("GET", "/{webhook_id}", "fetch_details_of_a_webhook", "200", "data"),
    ("PUT", "/{webhook_id}", "replace_a_webhook", "200", "data"),
    ("DELETE", "/{webhook_id}", "delete_a_webhook", "200", "data"),
    ("PATCH", "/{webhook_id}", "edit_a_webhook", "200", "data"),
]
OPERATION = f"POST {WEBHOOKS} (add_a_webhook)"
REPORT = "\n".join(
    [
        "API changes: 6 breaking, 8 non-breaking (operations: 0 added, 0 removed, 6 changed)",
        *(
            f"- BREAKING     {m} {WEBHOOKS}{p} ({o}): response {s} field {f}.url became optional"
            for m, p, o, s, f in OPERATIONS
        ),
        *(
            f"- non-breaking {m} {WEBHOOKS}{p} ({o}): response {s} field {f}.target_url added (string|null)"
            for m, p, o, s, f in OPERATIONS
        ),
        f"- non-breaking {OPERATION}: the docs newly disagree with the API reference: "
        "201 data.target_url: docs string, reference absent",
        f"- non-breaking {OPERATION}: the docs newly disagree with the API reference: "
        "201 data.url: docs absent, reference string",
    ]
)
MODEL = "Webhook"
FIELDS = ["id", "created_at", "enabled", "events", "name", "updated_at", "url", "target_url"]


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
        "--shapes",
        str(ROOT / "shapes" / "realtimekit.yaml"),
    ]
    return subprocess.run([*command, "--date", date], capture_output=True, text=True, cwd=ROOT)


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def model_fields(client: Path) -> list[str]:
    probe = f"from realtimekit_client.models import {MODEL} as M\nprint(*M._fields)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=client)
    assert run.returncode == 0, run.stderr
    return run.stdout.split()


def test_renaming_a_response_field_reports_bumps_and_regenerates(tmp_path: Path) -> None:
    docs, spec, client = tmp_path / "docs", tmp_path / "openapi.yaml", tmp_path / "client"
    shutil.copytree(ROOT / "docs" / "realtimekit", docs)
    shutil.copy(ROOT / "openapi.yaml", spec)
    # the committed client is the previous one: its Python API is compared too, and the changes
    # it shows (the return types of add_a_webhook and rtk.webhooks.create, two new models) are
    # those the spec lines already say, so the report is the same
    shutil.copytree(ROOT / "generated_client", client, ignore=shutil.ignore_patterns("__pycache__"))
    webhooks = docs / "webhooks.md"
    text = webhooks.read_text()
    assert '"url": "*string*"' in text
    webhooks.write_text(text.replace('"url": "*string*"', '"target_url": "*string*"', 1))

    old = load_yaml(spec.read_text())["info"]["version"]
    major, minor, _ = (int(part) for part in old.split("."))
    new = f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"  # a breaking change

    result = regenerate(docs, spec, client, "2026-01-02")
    assert result.returncode == 0, result.stderr
    assert f"{REPORT}\nversion {old} -> {new}\n" in result.stdout
    assert f"\n  version: {new}\n" in spec.read_text()
    assert f'version = "{new}"' in (client / "pyproject.toml").read_text()
    assert model_fields(client) == FIELDS
    changelog = (tmp_path / "CHANGES.md").read_text()
    assert changelog.startswith("# Changes\n")
    assert changelog.endswith(f"## {new} (2026-01-02)\n\nFrom {old}.\n\n{REPORT}\n")

    # make generate again with no doc change: nothing changes, no second entry
    before = (spec.read_bytes(), tree_digest(client), changelog)
    again = regenerate(docs, spec, client, "2026-01-03")
    assert again.returncode == 0, again.stderr
    assert f"no API changes\nversion {new} (unchanged)\n" in again.stdout
    assert (spec.read_bytes(), tree_digest(client), (tmp_path / "CHANGES.md").read_text()) == before


def test_an_unreadable_previous_spec_stops_before_anything_is_written(tmp_path: Path) -> None:
    spec, client = tmp_path / "openapi.yaml", tmp_path / "client"
    spec.write_text("info: {title: T, version: latest}\n")
    result = regenerate(ROOT / "docs" / "realtimekit", spec, client, "2026-01-02")
    assert result.returncode == 1
    assert f"{spec}: info.version: version 'latest' is not MAJOR.MINOR.PATCH" in result.stderr
    assert spec.read_text() == "info: {title: T, version: latest}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["openapi.yaml"]
