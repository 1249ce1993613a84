"""Every mistake in an overlay or a shapes file, through ``regenerate.py`` (the command ``make
generate`` runs): ``FILE:LINE: message`` on stderr, exit 2, and nothing written (no spec, no
client, no change log, no staging file).

Each case is one edit of a small project that regenerates cleanly (checked first)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, doc_markdown, op_markdown
from rtkgen.install import pipeline as regenerate

RESPONSES = (
    '#### 200 OK\n\n```json\n{"success": "*boolean*", "name": "*string*"}\n```\n\n'
    '#### 404 Not Found\n\n```json\n{"success": "*boolean*"}\n```'
)
OVERLAY = """\
overlay: 1.0.0
info:
  title: a query parameter
  version: '1'
actions:
  - target: $.paths['/things/{thing_id}'].get
    description: the query parameter of GET /things/{thing_id}
    update:
      parameters:
        - name: fields
          in: query
          schema:
            type: string
"""
SHAPES = """\
reference: reference.json
scope: /things
models:
  Problem:
    type: object
    properties:
      message:
        type: string
errors:
  '404': Problem
names:
  Thing: GET /{thing_id} 200
"""
REFERENCE = [
    {
        "method": "GET",
        "path": "/things/{id}",
        "response": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
        },
    }
]
REFERENCE_TEXT = json.dumps(REFERENCE, indent=2) + "\n"
MODELS = SHAPES[SHAPES.index("models:") : SHAPES.index("errors:")]


def project(
    root: Path, overlay: str = OVERLAY, shapes: str = SHAPES, reference: str = REFERENCE_TEXT
) -> Path:
    """A docs folder of one operation, an overlay, a shapes file and its reference under ``root``."""
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "things.md").write_text(doc_markdown(op_markdown(responses=RESPONSES)), encoding="utf-8")
    (root / "o.yaml").write_text(overlay, encoding="utf-8")
    (root / "s.yaml").write_text(shapes, encoding="utf-8")
    (root / "reference.json").write_text(reference, encoding="utf-8")
    return root


def arguments(root: Path) -> list[str]:
    return [
        "--docs", str(root / "docs"), "--overlay", str(root / "o.yaml"), "--shapes", str(root / "s.yaml"),
        "--spec", str(root / "out" / "openapi.yaml"), "--client", str(root / "out" / "client"),
        "--config", str(ROOT / "generator-config.yaml"), "--templates", str(ROOT / "templates"),
        "--date", "2026-01-02",
    ]  # fmt: skip


def tree(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*"))


def test_the_project_of_the_cases_regenerates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The unedited project is good: each case below fails for its one edit only."""
    root = project(tmp_path)
    (root / "out").mkdir()
    assert regenerate.main(arguments(root)) == 0, capsys.readouterr().err
    spec = (root / "out" / "openapi.yaml").read_text(encoding="utf-8")
    assert "name: fields" in spec and "Problem:" in spec and "size:" in spec  # all three applied


# (file, text to replace, its replacement, the first line of stderr after "FILE:")
OVERLAY_CASES = [
    (
        "o.yaml",
        "overlay: 1.0.0",
        "overlay: 1.x.y",
        "1: not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found '1.x.y'",
    ),
    (
        "o.yaml",
        "overlay: 1.0.0",
        "overlay: 1.0",
        "1: not an Overlay 1.0 document: 'overlay' must be the string 1.0.x, found 1.0",
    ),
    (
        "o.yaml",
        "actions:",
        "extras: 1\nactions:",
        "5: unknown top-level key(s) extras (allowed: actions, extends, info, overlay, x-*)",
    ),
    ("o.yaml", "  version: '1'\n", "", "2: 'info' must be a mapping with string 'title' and 'version'"),
    (
        "o.yaml",
        "  title: a query parameter",
        "  title: 5",
        "2: 'info' must be a mapping with string 'title' and 'version'",
    ),
    ("o.yaml", "    description:", "    descripton:", "7: actions[0] has unknown key(s) descripton"),
    (
        "o.yaml",
        "    description: the query parameter of GET /things/{thing_id}",
        "    description: 5",
        "7: actions[0] 'description' must be a string",
    ),
    (
        "o.yaml",
        "  - target: $.paths['/things/{thing_id}'].get",
        "  - target: 5",
        "6: actions[0] needs a 'target' (a JSONPath query string)",
    ),
    (
        "o.yaml",
        "    update:",
        "    remove: 'yes'\n    update:",
        "8: actions[0] 'remove' must be true or false",
    ),
    (
        "o.yaml",
        "'/things/{thing_id}'].get",
        "'/thing/{thing_id}'].get",
        "6: actions[0] (target "
        "$.paths['/thing/{thing_id}'].get) matches nothing in the document; the operation or field it "
        "changes has moved or gone: fix the target or remove the action",
    ),
    (
        "o.yaml",
        "      parameters:",
        "      responses:\n        404:\n          description: gone\n      parameters:",
        "10: the key 404 is a number; keys are strings in OpenAPI: quote it ('404')",
    ),
    (
        "o.yaml",
        "            type: string",
        "            type: string\n            example: 2026-01-02",
        "14: 2026-01-02 is a date, which JSON has not: quote it ('2026-01-02')",
    ),
    ("o.yaml", "          in: query", "          in: query\n          in: path", "12: duplicate key 'in'"),
    (
        "o.yaml",
        "          in: query",
        "          in: body",
        "6: the overlays make the spec invalid OpenAPI "
        "at paths//things/{thing_id}/get/parameters/1/in: 'body' is not one of",
    ),
    (
        "o.yaml",
        ".get\n",
        ".get.summary\n",
        "6: actions[0] (target $.paths['/things/{thing_id}'].get.summary) "
        "at $['paths']['/things/{thing_id}']['get']['summary']: selects a string; "
        "'update' applies to objects and arrays only",
    ),
    (
        "o.yaml",
        "    update:\n",
        "    update: [1]\n    x-was:\n",
        "6: actions[0] (target $.paths['/things/{thing_id}'].get) "
        "at $['paths']['/things/{thing_id}']['get']: selects an object, so 'update' must be a mapping, "
        "not an array",
    ),
    ("o.yaml", "  - target", "  - target: [\n  - x", "7: not valid YAML: "),
    (
        "o.yaml",
        "            type: string",
        "            tpye: string",
        "13: actions[0] update: unknown schema keyword 'tpye' (at parameters.0.schema.tpye)",
    ),
    (
        "o.yaml",
        "          in: query",
        "          in: query\n          requird: true",
        "6: the overlays make the "
        "spec invalid OpenAPI at paths//things/{thing_id}/get/parameters/1: Unevaluated properties are not "
        "allowed ('requird' was unexpected)",
    ),
]
SHAPES_CASES = [
    (
        "s.yaml",
        "        type: string",
        "        typ: string",
        "8: models: Problem: unknown schema keyword 'typ'",
    ),
    (
        "s.yaml",
        "  '404': Problem",
        "  404: Problem",
        "10: the key 404 is a number; keys are strings in OpenAPI: quote it ('404')",
    ),
    (
        "s.yaml",
        "names:",
        "nams: {}\nnames:",
        "11: unknown key(s) nams; expected errors, models, names, reference, scope",
    ),
    ("s.yaml", "scope: /things\n", "", "1: expected a mapping with at least 'reference' and 'scope'"),
    ("s.yaml", "scope: /things", "scope: 5", "2: 'scope' must be a non-empty string, not a number"),
    (
        "s.yaml",
        "scope: /things",
        "scope: things",
        "2: 'scope' must be a path prefix starting with '/', not 'things'",
    ),
    ("s.yaml", "scope: /things", "scope: /thing/", "2: scope '/thing/' matches no path of the document"),
    (
        "s.yaml",
        "reference: reference.json",
        "reference: [reference.json]",
        "1: 'reference' must be a non-empty string, not a list",
    ),
    ("s.yaml", MODELS, "models: [Problem]\n", "3: 'models' must be a mapping, not a list"),
    (
        "s.yaml",
        MODELS,
        "models:\n  Problem: object\n",
        "4: models: Problem must be a schema (a mapping), not a string",
    ),
    (
        "s.yaml",
        "  '404': Problem",
        "  '404': Problme",
        "10: errors: 404 names 'Problme', which is not under models",
    ),
    (
        "s.yaml",
        "  '404': Problem",
        "  'gone': Problem",
        "10: errors: 'gone' is not an HTTP status ('400', '4XX')",
    ),
    (
        "s.yaml",
        "  '404': Problem",
        "  '418': Problem",
        "10: errors: no operation in scope answers 418: remove it or fix the status",
    ),
    ("s.yaml", "errors:\n  '404': Problem", "errors: Problem", "9: 'errors' must be a mapping, not a string"),
    (
        "s.yaml",
        "  Thing: GET /{thing_id} 200",
        "  Thing: GET /{thing_id} 201",
        "12: names: Thing: no model at 'GET /{thing_id} 201'",
    ),
    (
        "s.yaml",
        "  Thing: GET /{thing_id} 200",
        "  Thing: [GET]",
        "12: names: Thing must be 'METHOD path STATUS field', not a list",
    ),
    (
        "s.yaml",
        "        type: string",
        "        type: 5",
        "8: the shapes make the spec invalid OpenAPI at properties/message/type: 5 is not valid",
    ),
    (
        "reference.json",
        '"path": "/things/{id}",',
        "",
        "2: entry 0 lacks method, path or response (strings, and a schema)",
    ),
    ("reference.json", '"method": "GET",', '"method": "GET"', "4: cannot read the reference shapes: "),
    ("reference.json", "[", "{", "2: cannot read the reference shapes: Expecting property name"),
    ("reference.json", REFERENCE_TEXT, "{}", "1: the reference must be a list of entries, not a mapping"),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"),
    [pytest.param(*case, id=f"{case[0]}:{case[2][:40]}") for case in OVERLAY_CASES + SHAPES_CASES],
)
def test_a_mistake_is_named_by_file_and_line_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, old: str, new: str, expected: str
) -> None:
    root = project(tmp_path)
    text = (root / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the case's text {old!r} must be once in {name}"
    (root / name).write_text(text.replace(old, new), encoding="utf-8")
    (root / "out").mkdir()
    before = tree(root)
    status = regenerate.main(arguments(root))
    stderr = capsys.readouterr().err
    assert status == 2, stderr
    first, *rest = stderr.splitlines()
    assert first.startswith(f"{root / name}:{expected}"), stderr
    assert rest == [f"{root / 'out' / 'openapi.yaml'} and {root / 'out' / 'client'} were left as they were"]
    assert "Traceback" not in stderr
    assert tree(root) == before


def test_the_command_itself_exits_2_on_an_unquoted_status_key(tmp_path: Path) -> None:
    """The process, not only main(): no traceback, exit 2 (an unquoted ``404:`` crashed it)."""
    edit = "      responses:\n        404:\n          description: gone\n      parameters:"
    root = project(tmp_path, overlay=OVERLAY.replace("      parameters:", edit))
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), *arguments(root)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"{root / 'o.yaml'}:10: the key 404 is a number"), run.stderr
    assert not (root / "out").exists()
