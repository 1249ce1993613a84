"""Names that stay put when the docs change (issue 21, item 2), end to end: a copy of the
project's docs, edited, through regenerate.py as ``make generate`` runs it (overlays and
shapes), with the committed spec and client as the previous ones."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

REGENERATE = ROOT / "scripts" / "regenerate.py"
SCOPE = "/accounts/{account_id}/realtime/kit/{app_id}"


def project_copy(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(docs, spec, client) copies of the project's, in ``tmp_path``."""
    docs, spec, client = tmp_path / "docs", tmp_path / "openapi.yaml", tmp_path / "client"
    shutil.copytree(ROOT / "docs" / "realtimekit", docs)
    shutil.copy(ROOT / "openapi.yaml", spec)
    shutil.copytree(ROOT / "generated_client", client, ignore=shutil.ignore_patterns("__pycache__"))
    return docs, spec, client


def regenerate(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        str(REGENERATE),
        "--docs",
        str(tmp_path / "docs"),
        "--spec",
        str(tmp_path / "openapi.yaml"),
        "--client",
        str(tmp_path / "client"),
        "--overlay",
        str(ROOT / "overlays" / "realtimekit.yaml"),
        "--shapes",
        str(ROOT / "shapes" / "realtimekit.yaml"),
        "--date",
        "2026-01-02",
        *extra,
    ]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def operation_ids(spec: Path) -> dict[tuple[str, str], str]:
    document = yaml.safe_load(spec.read_text())
    return {
        (method, path): operation["operationId"]
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


NEWCOMER = f"""# Hooks

## Add a webhook

**POST** `{SCOPE}/hooks`

Adds a hook.

### Responses

#### 200 Operation successful

```json
{{
  "success": "*boolean*"
}}
```
"""


def test_a_newcomer_sorting_first_takes_the_suffix(tmp_path: Path) -> None:
    docs, spec, client = project_copy(tmp_path)
    before = operation_ids(spec)
    (docs / "a_hooks.md").write_text(NEWCOMER)
    run = regenerate(tmp_path)
    assert run.returncode == 0, run.stderr
    after = operation_ids(spec)
    assert after[("post", f"{SCOPE}/hooks")] == "add_a_webhook_hooks"
    assert {route: after[route] for route in before} == before  # no existing name moved
    assert "BREAKING" not in run.stdout, run.stdout
    assert (client / "realtimekit_client" / "api" / "webhooks" / "add_a_webhook.py").exists()
