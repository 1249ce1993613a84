"""The change report from the Python user's side, end to end: regenerate.py on a small docs set,
then on an edited copy, with the first run's spec and client as the previous ones; the report
merges the spec's changes with those of the two generated packages (rtkgen.changes.python_api,
rtkgen.changes.merge) and the version follows the merged verdict.

Each scenario is one the spec comparison alone classed wrongly (issue 14): an overlay whose
query parameter renames a Python argument; a path parameter renamed in the docs only; a new
status with a body that changes the return type; nested model classes renamed; a function name
that now calls another operation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, doc_markdown, op_markdown

REGENERATE = ROOT / "scripts" / "regenerate.py"
GENERATE_CLIENT = ROOT / "scripts" / "generate_client.py"
BODY = '{"success": "*boolean*", "data": {"id": "*string*", "url": "*string*"}}'
OK = f'#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{BODY}\n```\n'
NOT_FOUND = '#### 404 Not found\n\n```json\n{"success": "*boolean*", "error": {"message": "*string*"}}\n```\n'
GET = "GET /webhooks/{webhook_id} (fetch_a_webhook)"
QUERY_OVERLAY = """overlay: 1.0.0
info: {title: query, version: '1'}
actions:
  - target: $.paths['/webhooks/{webhook_id}'].get
    update:
      parameters:
        - {name: webhook_id, in: query, required: false, schema: {type: string}}
"""


def docs(
    get: str = "Fetch a webhook",
    delete: str = "Delete a webhook",
    path: str = "/webhooks/{webhook_id}",
    get_responses: str = OK,
) -> str:
    return doc_markdown(
        op_markdown(summary=get, method="GET", path=path, responses=get_responses),
        op_markdown(summary=delete, method="DELETE", path=path, responses=OK),
        tag="Webhooks",
    )


def regenerate(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        str(REGENERATE),
        "--docs",
        str(root / "docs"),
        "--spec",
        str(root / "openapi.yaml"),
    ]
    command += ["--client", str(root / "client"), "--date", "2026-01-02", *extra]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first run: spec 0.1.0 and its client, no previous ones."""
    root = tmp_path_factory.mktemp("base")
    (root / "docs").mkdir()
    (root / "docs" / "webhooks.md").write_text(docs())
    result = regenerate(root)
    assert result.returncode == 0, result.stderr
    assert "version 0.1.0" in result.stdout
    return root


def changed(base: Path, tmp_path: Path, text: str, *extra: str) -> tuple[str, Path]:
    """The report of a run on ``text`` with the base's spec and client as the previous ones."""
    root = tmp_path / "project"
    shutil.copytree(base, root, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "docs" / "webhooks.md").write_text(text)
    result = regenerate(root, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout, root


def lines(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("- ")]


def test_a_query_parameter_that_renames_the_python_argument_is_breaking(base: Path, tmp_path: Path) -> None:
    (tmp_path / "query.yaml").write_text(QUERY_OVERLAY)
    report, root = changed(base, tmp_path, docs(), "--overlay", str(tmp_path / "query.yaml"))
    assert lines(report) == [
        f"- BREAKING     {GET}: argument webhook_id renamed webhook_id_path "
        "(sync, sync_detailed, asyncio, asyncio_detailed)",
        f"- non-breaking {GET}: query parameter webhook_id added (optional, string)",
    ]
    assert "version 0.1.0 -> 0.2.0" in report
    module = (root / "client" / "realtimekit_client" / "api" / "webhooks" / "fetch_a_webhook.py").read_text()
    assert "    webhook_id_path: str,\n" in module  # what the report says, in the generated code


def test_a_path_parameter_renamed_in_the_docs_only_is_not_breaking(base: Path, tmp_path: Path) -> None:
    report, root = changed(base, tmp_path, docs(path="/webhooks/{webhook-id}"))
    same = "path parameter webhook_id renamed webhook-id in the spec (same URL; Python code is unaffected)"
    assert lines(report) == [
        f"- non-breaking GET /webhooks/{{webhook-id}} (fetch_a_webhook): {same}",
        f"- non-breaking DELETE /webhooks/{{webhook-id}} (delete_a_webhook): {same}",
    ]
    assert "version 0.1.0 -> 0.1.1" in report
    module = (root / "client" / "realtimekit_client" / "api" / "webhooks" / "fetch_a_webhook.py").read_text()
    assert "    webhook_id: str,\n" in module


def test_a_new_status_with_a_body_that_changes_the_return_type_is_breaking(
    base: Path, tmp_path: Path
) -> None:
    report, root = changed(base, tmp_path, docs(get_responses=OK + "\n" + NOT_FOUND))
    assert lines(report) == [
        f"- BREAKING     {GET}: return type now also FetchAWebhookResponse404 (sync, sync_detailed, asyncio, "
        "asyncio_detailed, rtk.with_raw_response.webhooks.get, async rtk.with_raw_response.webhooks.get)",
        f"- non-breaking {GET}: response 404 added",
    ]
    assert "version 0.1.0 -> 0.2.0" in report
    # The client was generated at 0.1.1 (the spec's verdict) and then given 0.2.0: it is the
    # client a plain generation from the final spec gives, byte for byte.
    plain = tmp_path / "plain"
    command = [
        sys.executable,
        str(GENERATE_CLIENT),
        "--spec",
        str(root / "openapi.yaml"),
        "--output",
        str(plain),
    ]
    assert subprocess.run(command, capture_output=True, text=True, cwd=ROOT).returncode == 0
    assert files(plain) == files(root / "client")


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_renamed_nested_model_classes_are_listed(base: Path, tmp_path: Path) -> None:
    report, _ = changed(base, tmp_path, docs(get="Get a webhook"))
    operation = "- BREAKING     GET /webhooks/{webhook_id} (get_a_webhook)"
    assert lines(report) == [
        f"{operation}: function renamed fetch_a_webhook -> get_a_webhook",
        f"{operation}: response 200 model renamed FetchAWebhookResponse200 -> GetAWebhookResponse200",
        f"{operation}: model renamed FetchAWebhookResponse200DataType0 -> GetAWebhookResponse200DataType0",
    ]
    assert "version 0.1.0 -> 0.2.0" in report


def test_a_function_name_that_now_calls_another_operation_is_one_change(base: Path, tmp_path: Path) -> None:
    report, _ = changed(base, tmp_path, docs(get="Delete a webhook", delete="Remove a webhook"))
    taken = (
        "- BREAKING     GET /webhooks/{webhook_id} (delete_a_webhook): function delete_a_webhook now calls "
        "this operation, not DELETE /webhooks/{webhook_id} (now remove_a_webhook); this operation's "
        "function was fetch_a_webhook"
    )
    assert taken in lines(report)
    assert not [line for line in lines(report) if "function renamed" in line]
    assert "version 0.1.0 -> 0.2.0" in report


def test_without_the_previous_client_the_spec_report_stands_alone_and_says_so(
    base: Path, tmp_path: Path
) -> None:
    root = tmp_path / "project"
    shutil.copytree(base, root, ignore=shutil.ignore_patterns("__pycache__", "client"))
    (root / "docs" / "webhooks.md").write_text(docs(path="/webhooks/{webhook-id}"))
    result = regenerate(root)
    assert result.returncode == 0, result.stderr
    renamed = "path parameter webhook_id renamed webhook-id"
    assert lines(result.stdout) == [
        f"- BREAKING     GET /webhooks/{{webhook-id}} (fetch_a_webhook): {renamed}",
        f"- BREAKING     DELETE /webhooks/{{webhook-id}} (delete_a_webhook): {renamed}",
    ]
    assert f"(the Python API was not compared: no generated client in {root / 'client'})" in result.stdout


def test_a_previous_client_elsewhere_is_compared(base: Path, tmp_path: Path) -> None:
    """``--previous-client`` (what make check passes: it regenerates into .check/)."""
    root = tmp_path / "project"
    shutil.copytree(base, root, ignore=shutil.ignore_patterns("__pycache__", "client"))
    (root / "docs" / "webhooks.md").write_text(docs(path="/webhooks/{webhook-id}"))
    previous = tmp_path / "previous"
    shutil.copytree(base / "client", previous, ignore=shutil.ignore_patterns("__pycache__"))
    (previous / "realtimekit_client" / "notes.py").write_text("def mine() -> None: ...\n")  # not generated
    result = regenerate(root, "--previous-client", str(previous))
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout) == [
        f"- non-breaking {method} /webhooks/{{webhook-id}} ({name}): path parameter webhook_id renamed "
        "webhook-id in the spec (same URL; Python code is unaffected)"
        for method, name in (("GET", "fetch_a_webhook"), ("DELETE", "delete_a_webhook"))
    ]
    assert "version 0.1.0 -> 0.1.1" in result.stdout


def test_a_file_of_yours_in_the_client_is_kept_and_not_reported(base: Path, tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(base, root, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "client" / "realtimekit_client" / "notes.py").write_text("def mine() -> None: ...\n")
    (root / "docs" / "webhooks.md").write_text(docs(path="/webhooks/{webhook-id}"))
    result = regenerate(root)
    assert result.returncode == 0, result.stderr
    assert "notes" not in "\n".join(lines(result.stdout))
    assert "version 0.1.0 -> 0.1.1" in result.stdout
    assert "kept 1 file(s) of" in result.stdout
