"""The change report's command line (``scripts/api_changes.py``, ``rtkgen.changes.cli``) run in
this process: its help text, the report and the version it prints, what it says on stderr, its
exit status, and ``--clients`` (the Python APIs of two generated clients compared and merged in).

The clients are two small hand-written packages (an endpoint module and a model, as the
generator writes them): griffe reads a few lines, so these run in the fast suite that
``make mutation`` runs, unlike the end-to-end runs with the real generator.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from rtkgen.changes import cli

# What `api_changes.py --help` prints in an 80-column terminal.
HELP = """\
usage: api_changes.py [-h] [--clients OLD_CLIENT NEW_CLIENT] old new

Print the API changes from one OpenAPI document to another, and the version
that follows.

positional arguments:
  old                   the previous document (the committed openapi.yaml)
  new                   the new document

options:
  -h, --help            show this help message and exit
  --clients OLD_CLIENT NEW_CLIENT
                        compare their Python APIs too
"""

USAGE = "usage: api_changes.py [-h] [--clients OLD_CLIENT NEW_CLIENT] old new\n"
ROUTE = "/webhooks/{webhook_id}"
LABEL = "GET /webhooks/{webhook_id} (fetch_a_webhook)"
FUNCTIONS = "(sync, sync_detailed, asyncio, asyncio_detailed)"
# An optional query parameter added to the operation: a non-breaking change of the spec.
OPTIONAL_Q: dict[str, Any] = {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}]}
NON_BREAKING = (
    "API changes: 0 breaking, 1 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
    f"- non-breaking {LABEL}: query parameter q added (optional, string)"
)


@pytest.fixture(autouse=True)
def command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse names the program after ``sys.argv[0]`` and wraps its help to the terminal's
    width (``COLUMNS``): the script's name and 80 columns, whatever runs the tests."""
    monkeypatch.setattr(sys, "argv", ["api_changes.py"])
    monkeypatch.setenv("COLUMNS", "80")


def spec(
    path: Path, version: str = "1.0.0", operation_id: str | None = "fetch_a_webhook", **extra: Any
) -> Path:
    """An OpenAPI document with one operation, GET /webhooks/{webhook_id}, written to ``path``."""
    operation: dict[str, Any] = {"tags": ["Webhooks"], "responses": {"200": {"description": "OK"}}, **extra}
    if operation_id is not None:
        operation["operationId"] = operation_id
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": version},
        "paths": {ROUTE: {"get": operation}},
    }
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def endpoint(returns: str = "Webhook | None") -> str:
    """The endpoint module of GET /webhooks/{webhook_id} as the generator writes one: the
    request's target (how the comparison finds the operation) and its four functions."""
    return f"""from typing import Any


def _get_kwargs(webhook_id: str) -> dict[str, Any]:
    return {{"method": "get", "url": "/webhooks/{{webhook_id}}".format(webhook_id=webhook_id)}}


def sync(webhook_id: str) -> {returns}: ...


def sync_detailed(webhook_id: str) -> Response[{returns}]: ...


async def asyncio(webhook_id: str) -> {returns}: ...


async def asyncio_detailed(webhook_id: str) -> Response[{returns}]: ...
"""


def client(project: Path, returns: str = "Webhook | None", model: str = "url") -> Path:
    """A generated client's project folder: the package ``pkg`` with the endpoint module and
    the model ``Webhook`` (one field, ``model``)."""
    files = {
        "api/__init__.py": "",
        "api/webhooks/__init__.py": "",
        "api/webhooks/fetch_a_webhook.py": endpoint(returns),
        "models/__init__.py": "",
        "models/webhook.py": (
            f"class Webhook(Model):\n    @property\n    def {model}(self) -> str:\n        return self._x\n"
        ),
    }
    for relative, text in files.items():
        (project / "pkg" / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / "pkg" / relative).write_text(text, encoding="utf-8")
    return project


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``main(argv)``'s exit status, stdout and stderr."""
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_the_help_describes_every_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    assert capsys.readouterr() == (HELP, "")


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        ([], "the following arguments are required: old, new"),
        (["old.yaml"], "the following arguments are required: new"),
        (["a.yaml", "b.yaml", "--clients", "c"], "argument --clients: expected 2 arguments"),
    ],
    ids=["nothing", "no new document", "one client"],
)
def test_a_missing_argument_is_a_usage_error(
    argv: list[str], error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr() == ("", f"{USAGE}api_changes.py: error: {error}\n")


@pytest.mark.parametrize(
    ("new_version", "extra", "report", "version"),
    [
        ("1.0.0", {}, "no API changes", "version 1.0.0 (unchanged)"),
        ("1.0.0", OPTIONAL_Q, NON_BREAKING, "version 1.0.0 -> 1.0.1"),
        (  # the new document's own version is not read: the old one's is bumped
            "7.7.7",
            {"parameters": [{"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}]},
            "API changes: 1 breaking, 0 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
            f"- BREAKING     {LABEL}: query parameter q added (required, string)",
            "version 1.0.0 -> 2.0.0",
        ),
    ],
    ids=["same", "non-breaking", "breaking"],
)
def test_the_report_and_the_next_version_are_printed(
    new_version: str,
    extra: dict[str, Any],
    report: str,
    version: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = spec(tmp_path / "old.yaml")
    new = spec(tmp_path / "new.yaml", new_version, **extra)
    assert run([str(old), str(new)], capsys) == (0, f"{report}\n{version}\n", "")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("- a list\n", "not an OpenAPI document (no info object)"),
        ("info: {version: one}\n", "info.version: version 'one' is not MAJOR.MINOR.PATCH (such as 0.1.0)"),
    ],
    ids=["no info", "bad version"],
)
@pytest.mark.parametrize("side", ["old", "new"])
def test_a_file_that_is_no_versioned_openapi_document_exits_2(
    side: str, content: str, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = {"old": spec(tmp_path / "old.yaml"), "new": spec(tmp_path / "new.yaml")}
    paths[side].write_text(content, encoding="utf-8")
    assert run([str(paths["old"]), str(paths["new"])], capsys) == (
        2,
        "",
        f"error: {paths[side]}: {problem}\n",
    )


def test_a_missing_file_exits_2_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.yaml"
    status, out, err = run([str(spec(tmp_path / "old.yaml")), str(missing)], capsys)
    assert (status, out) == (2, "")
    assert err == (
        f"error: {missing}: cannot read the OpenAPI document: "
        f"[Errno 2] No such file or directory: '{missing}'\n"
    )


@pytest.mark.parametrize(
    ("returns", "model", "report", "version"),
    [
        ("Webhook | None", "url", "no API changes", "version 1.0.0 (unchanged)"),
        (
            "Webhook | Other | None",
            "url",
            "API changes: 1 breaking, 0 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
            f"- BREAKING     {LABEL}: return type now also Other {FUNCTIONS}",
            "version 1.0.0 -> 2.0.0",
        ),
        (
            "Webhook",
            "link",
            "API changes: 1 breaking, 2 non-breaking (operations: 0 added, 0 removed, 1 changed)\n"
            "- BREAKING     models and package: model Webhook: field url removed\n"
            f"- non-breaking {LABEL}: return type no longer None {FUNCTIONS}\n"
            "- non-breaking models and package: model Webhook: field link added (str)",
            "version 1.0.0 -> 2.0.0",
        ),
    ],
    ids=["same clients", "return type grew", "return type shrank, a field renamed"],
)
def test_the_clients_python_apis_are_compared_and_merged_into_the_report(
    returns: str, model: str, report: str, version: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec(tmp_path / "old.yaml"), spec(tmp_path / "new.yaml")
    old_client, new_client = client(tmp_path / "old_client"), client(tmp_path / "new_client", returns, model)
    argv = [str(old), str(new), "--clients", str(old_client), str(new_client)]
    assert run(argv, capsys) == (0, f"{report}\n{version}\n", "")


def test_a_python_change_of_an_operation_the_new_spec_leaves_unnamed_is_labelled_from_the_old_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The new document's operation has no operationId: the line names the old one's."""
    old, new = spec(tmp_path / "old.yaml"), spec(tmp_path / "new.yaml", operation_id=None)
    old_client = client(tmp_path / "old_client")
    new_client = client(tmp_path / "new_client", "Webhook | Other | None")
    status, out, err = run([str(old), str(new), "--clients", str(old_client), str(new_client)], capsys)
    assert (status, err) == (0, "")
    assert f"- BREAKING     {LABEL}: return type now also Other {FUNCTIONS}\n" in out


@pytest.mark.parametrize("new_has_one", [True, False], ids=["new client only", "neither"])
def test_without_an_old_client_the_python_api_is_not_compared_and_stderr_says_so(
    new_has_one: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec(tmp_path / "old.yaml"), spec(tmp_path / "new.yaml", **OPTIONAL_Q)
    old_client, new_client = tmp_path / "old_client", tmp_path / "new_client"
    old_client.mkdir()
    if new_has_one:
        client(new_client, "Webhook | Other | None")
    else:
        new_client.mkdir()
    argv = [str(old), str(new), "--clients", str(old_client), str(new_client)]
    assert run(argv, capsys) == (
        0,
        f"{NON_BREAKING}\nversion 1.0.0 -> 1.0.1\n",
        f"(the Python API was not compared: no generated client in {old_client})\n",
    )
