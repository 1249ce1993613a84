"""Every typed operation's result is typed to the leaves: mypy sees no ``Any`` on promised fields.

A probe program is generated from ``openapi.yaml``: for each operation whose success status has a
model, it calls ``sync``, narrows the result to that model, follows ``data`` (the RealtimeKit
envelope) into its model (its first item for a list), and asks mypy to ``reveal_type`` one
field the API promises there. mypy --strict must accept the program and reveal no ``Any``.
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import ROOT, committed_spec, shared_cache

SPEC: dict[str, Any] = committed_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _class(name: str) -> Any:
    module = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    return getattr(importlib.import_module(f"realtimekit_client.models.{module}"), name)


def _python_name(model: str, wire: str) -> str:
    cls = _class(model)
    names = dict(zip(cls._fields, list(inspect.signature(cls.__init__).parameters)[1:], strict=True))
    return str(names[wire])


def _ref(schema: dict[str, Any]) -> str | None:
    for candidate in [schema, *schema.get("anyOf", [])]:
        if "$ref" in candidate:
            return str(candidate["$ref"]).rsplit("/", 1)[1]
    return None


def _promised(schema: dict[str, Any]) -> str:
    """A field the API promises (``id`` when there is one), else the first field."""
    required = schema.get("required") or list(schema.get("properties", {}))
    return "id" if "id" in required else str(required[0])


def _probe(operation_id: str, path_arguments: int, model: str) -> list[str]:
    path_values = ", ".join(['"x"'] * path_arguments)
    lines = [
        f"def probe_{operation_id}() -> None:",
        f"    result = {operation_id}.sync({path_values}, client=client, **extra)",
        f"    assert isinstance(result, {model})",
    ]
    schema = SCHEMAS[model]
    data = schema.get("properties", {}).get("data")
    if data is None:
        lines.append(f"    reveal_type(result.{_python_name(model, _promised(schema))})")
        return lines
    lines.append(f"    data = result.{_python_name(model, 'data')}")
    if "data" not in schema.get("required", []) or "null" in str(data):
        lines.append("    assert data is not None")
    if data.get("type") == "array":
        lines += ["    assert data", "    item = data[0]"]
        inner = _ref(data["items"])
    else:
        lines.append("    item = data")
        inner = _ref(data)
    if inner is None:
        lines.append("    reveal_type(item)")
    else:
        lines.append(f"    reveal_type(item.{_python_name(inner, _promised(SCHEMAS[inner]))})")
    return lines


def probe_program() -> tuple[str, int]:
    imports = {"from typing import Any", "from realtimekit_client import AuthenticatedClient"}
    probes: list[str] = []
    for path, item in SPEC["paths"].items():
        for operation in item.values():
            statuses = [s for s in operation["responses"] if s.startswith("2")]
            schema = (
                operation["responses"][statuses[0]]
                .get("content", {})
                .get("application/json", {})
                .get("schema")
            )
            model = _ref(schema or {})
            if model is None:
                continue
            tag = re.sub(r"\W+", "_", operation["tags"][0].lower()).strip("_")
            imports.add(f"from realtimekit_client.api.{tag} import {operation['operationId']}")
            imports.add(f"from realtimekit_client.models import {model}")
            probes.append("\n".join(_probe(operation["operationId"], path.count("{"), model)))
    header = (
        "\n".join(sorted(imports))
        + '\n\nclient = AuthenticatedClient(token="t")\nextra: dict[str, Any] = {}\n'
    )
    return header + "\n\n" + "\n\n\n".join(probes) + "\n", len(probes)


def test_mypy_reveals_no_any_on_a_promised_field_of_each_typed_operation(tmp_path: Path) -> None:
    program, count = probe_program()
    assert count == 57  # every operation but the two the README lists as open
    (tmp_path / "probe.py").write_text(program)
    env = dict(os.environ, MYPYPATH=str(ROOT / "generated_client"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(shared_cache("mypy-typed-results")),
            "probe.py",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    revealed = re.findall(r'note: Revealed type is "(.*)"', result.stdout)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors == [], "\n".join(errors) + "\n" + program
    assert len(revealed) == count, result.stdout
    assert [t for t in revealed if "Any" in t] == []
    assert revealed.count("str") >= 20  # most promise an id: a str, no None
