"""Names that stay put when the docs change (issue 21, item 2), end to end: a copy of the
project's docs, edited, through regenerate.py as ``make generate`` runs it (overlays and
shapes), with the committed spec and client as the previous ones."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from rtkgen.core.openapi_common import load_yaml

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
    document = load_yaml(spec.read_text())
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


def webhooks_docs(docs: Path) -> tuple[Path, str]:
    path = docs / "webhooks.md"
    return path, path.read_text()


def create_returns(client: Path) -> str:
    """The return annotation of ``rtk.webhooks.create()`` in the generated facade."""
    source = (client / "realtimekit_client" / "resources" / "webhooks.py").read_text()
    signature = source[source.index("    def create(") :]
    return signature[signature.index(") -> ") + 5 : signature.index(":\n")]


def model_source(client: Path, module: str) -> str:
    return (client / "realtimekit_client" / "models" / f"{module}.py").read_text()


def test_a_field_added_to_one_operation_keeps_the_shared_model(tmp_path: Path) -> None:
    docs, spec, client = project_copy(tmp_path)
    webhooks, text = webhooks_docs(docs)
    assert create_returns(client) == "Webhook"
    old = '"url": "*string*"\n  },'
    assert old in text
    webhooks.write_text(text.replace(old, '"url": "*string*",\n    "secret": "*string*"\n  },', 1))
    run = regenerate(tmp_path)
    assert run.returncode == 0, run.stderr
    assert create_returns(client) == "Webhook"  # not AddAWebhookResponse201Data
    assert "BREAKING" not in run.stdout, run.stdout
    assert "response 201 field data.secret added (string|null)" in run.stdout
    assert "secret" in model_source(client, "webhook")  # the union: every operation's Webhook has it
    schemas = load_yaml(spec.read_text())["components"]["schemas"]
    assert "secret" not in schemas["Webhook"].get("required", [])
    assert not [name for name in schemas if name.startswith("AddAWebhook")]


NOT_FOUND = """#### 404 Webhook not found

```json
{
  "error": {
    "code": "*number*",
    "message": "*string*"
  },
  "success": "*boolean*"
}
```

"""


def test_a_newly_documented_404_gets_a_name_like_the_rest(tmp_path: Path) -> None:
    docs, spec, _ = project_copy(tmp_path)
    webhooks, text = webhooks_docs(docs)
    at = text.index("#### 401", text.index("## Fetch details of a webhook"))
    webhooks.write_text(text[:at] + NOT_FOUND + text[at:])
    run = regenerate(tmp_path)
    assert run.returncode == 0, run.stderr
    document = load_yaml(spec.read_text())
    response = document["paths"][f"{SCOPE}/webhooks/{{webhook_id}}"]["get"]["responses"]["404"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/NotFoundResponse"
    }
    assert "Error" not in document["components"]["schemas"]
    assert "NotFoundError" in document["components"]["schemas"]


def test_a_field_the_docs_contradict_is_reported_and_no_longer_promised(tmp_path: Path) -> None:
    docs, spec, client = project_copy(tmp_path)
    webhooks, text = webhooks_docs(docs)
    webhooks.write_text(text.replace('"url": "*string*"', '"target_url": "*string*"', 1))
    run = regenerate(tmp_path)
    assert run.returncode == 0, run.stderr
    line = (
        f"- non-breaking POST {SCOPE}/webhooks (add_a_webhook): the docs newly disagree with the API "
        "reference: 201 data.url: docs absent, reference string"
    )
    assert line in run.stdout.splitlines()  # make generate says it
    assert line in (tmp_path / "CHANGES.md").read_text().splitlines()  # and the change log keeps it
    document = load_yaml(spec.read_text())
    assert "url" not in document["components"]["schemas"]["Webhook"].get("required", [])
    assert re.search(r'"url": \(_c_\d+, False\)', model_source(client, "webhook"))  # optional now
    assert create_returns(client) == "Webhook"
    assert "field data.url became optional" in run.stdout


def test_renaming_a_path_parameter_needs_no_hand_edit(tmp_path: Path) -> None:
    docs, spec, _ = project_copy(tmp_path)
    webhooks, text = webhooks_docs(docs)
    assert "{webhook_id}" in text
    webhooks.write_text(text.replace("{webhook_id}", "{webhook-id}"))
    run = regenerate(tmp_path)
    assert run.returncode == 0, run.stderr  # the overlays and the shapes names still match
    document = load_yaml(spec.read_text())
    assert f"{SCOPE}/webhooks/{{webhook-id}}" in document["paths"]
    operation = document["paths"][f"{SCOPE}/webhooks/{{webhook-id}}"]["patch"]
    assert operation["operationId"] == "edit_a_webhook"
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/WebhookUpdateParams"}  # the names table matched
    assert "BREAKING" not in run.stdout, run.stdout
