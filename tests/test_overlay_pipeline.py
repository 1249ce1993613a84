"""Overlays in the pipeline: regenerate.py --overlay, all or nothing, and the Makefile wiring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, doc_markdown, op_markdown
from rtkgen.core.openapi_common import load_yaml

REGENERATE = ROOT / "scripts" / "regenerate.py"
HEADER = "overlay: 1.0.0\ninfo: {title: test, version: '1'}\nactions:\n"


OLD_SPEC = "openapi: 3.1.0\ninfo: {title: old, version: 0.1.0}\npaths: {}\n"


def run(tmp_path: Path, *overlays: str) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    """regenerate.py on one small docs file with the given overlay texts; spec and client pre-exist."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "things.md").write_text(doc_markdown(op_markdown(method="GET", path="/things/{thing_id}")))
    spec, client = tmp_path / "s.yaml", tmp_path / "c"
    spec.write_text(OLD_SPEC)
    client.mkdir()
    (client / "marker").write_text("old client")
    (client / ".generated-files").write_text(".generated-files\nmarker\n")  # the old client's own file
    command = [
        sys.executable,
        str(REGENERATE),
        "--docs",
        str(docs),
        "--spec",
        str(spec),
        "--client",
        str(client),
    ]
    for index, text in enumerate(overlays):
        path = tmp_path / f"o{index}.yaml"
        path.write_text(text)
        command += ["--overlay", str(path)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT), spec, client


def assert_untouched(tmp_path: Path, spec: Path, client: Path) -> None:
    assert spec.read_text() == OLD_SPEC
    assert sorted(p.name for p in client.iterdir()) == [".generated-files", "marker"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


QUERY = HEADER + (
    "  - target: $.paths['/things/{thing_id}'].get\n"
    "    update:\n"
    "      parameters:\n"
    "        - {name: page_no, in: query, required: false, schema: {type: integer}}\n"
)


@pytest.mark.parametrize(
    ("overlays", "message"),
    [
        pytest.param(
            [QUERY, HEADER + "  - target: $.paths['/gone/{id}'].get\n    update: {summary: x}\n"],
            "o1.yaml:4: actions[0] (target $.paths['/gone/{id}'].get) matches nothing in the document",
            id="orphaned-target",
        ),
        pytest.param(
            [HEADER + "  - target: $.paths\n    update: {a: [1\n"],
            "o0.yaml:6: not valid YAML: while parsing a flow sequence (line 5): expected ',' or ']'",
            id="bad-yaml",
        ),
        pytest.param(
            ["overlay: 1.1.0\n" + HEADER.split("\n", 1)[1] + "  - {target: $, update: {}}\n"],
            "o0.yaml:1: not an Overlay 1.0 document",
            id="not-overlay-1.0",
        ),
        pytest.param(
            [HEADER + "  - target: $.paths['/things/{thing_id}'].get\n    update: {responses: 5}\n"],
            "o0.yaml:4: the overlays make the spec invalid OpenAPI at paths//things/{thing_id}/get/responses",
            id="invalid-result",
        ),
        pytest.param(  # the action that last wrote the place the validator reports is named
            [
                QUERY,
                HEADER + "  - target: $.paths\n    update: {/x: {get: {operationId: x, responses: []}}}\n",
            ],
            "o1.yaml:4: the overlays make the spec invalid OpenAPI at paths//x/get/responses",
            id="invalid-added-operation",
        ),
        pytest.param(
            [HEADER + "  - target: $.paths['/things/{thing_id}']\n    x-add: true\n    update: {get: {}}\n"],
            "o0.yaml:4: actions[0] (target $.paths['/things/{thing_id}']) at "
            "$['paths']['/things/{thing_id}']: 'x-add: true' adds 'get', which the document already has",
            id="added-operation-now-documented",
        ),
    ],
)
def test_an_overlay_error_exits_2_and_leaves_spec_and_client_untouched(
    tmp_path: Path, overlays: list[str], message: str
) -> None:
    result, spec, client = run(tmp_path, *overlays)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "were left as they were" in result.stderr
    assert_untouched(tmp_path, spec, client)


def test_overlays_reach_the_spec_and_the_client(tmp_path: Path) -> None:
    body = HEADER + (
        "  - target: $.paths['/things/{thing_id}'].get.parameters[?@.name == 'page_no']\n"
        "    update: {description: Page to return}\n"
    )
    result, spec, client = run(tmp_path, QUERY, body)
    assert result.returncode == 0, result.stderr
    assert "applied 2 overlay action(s) from 2 file(s)" in result.stdout
    operation = load_yaml(spec.read_text())["paths"]["/things/{thing_id}"]["get"]
    assert operation["parameters"][1] == {
        "name": "page_no",
        "in": "query",
        "required": False,
        "schema": {"type": "integer"},
        "description": "Page to return",
    }
    (module,) = client.glob("*/api/things/get_a_thing.py")
    assert "page_no: int | Unset = UNSET" in module.read_text()


def make_dry_run(*variables: str) -> str:
    result = subprocess.run(
        ["make", "-n", "--always-make", "generate", "check", *variables],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_applies_the_project_overlay_in_generate_and_check_and_none_when_empty() -> None:
    lines = [
        line
        for line in make_dry_run().splitlines()
        if "regenerate.py --docs" in line or "make_check.py --docs" in line
    ]
    assert len(lines) == 2
    assert all(" --overlay overlays/realtimekit.yaml " in line for line in lines)
    empty = [
        line
        for line in make_dry_run("OVERLAYS=").splitlines()
        if "regenerate.py --docs" in line or "make_check.py --docs" in line
    ]
    assert len(empty) == 2
    assert not any("--overlay" in line for line in empty)
    two = [
        line
        for line in make_dry_run("OVERLAYS=a.yaml b.yaml").splitlines()
        if "regenerate.py --docs" in line or "make_check.py --docs" in line
    ]
    assert all(" --overlay a.yaml --overlay b.yaml " in line for line in two)
