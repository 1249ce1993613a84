"""The client's runtime package (templates/runtime/): ordinary Python modules, checked by ``make
lint`` before any generation, that keep to public interfaces (no private name of a sibling
module, nothing private of httpx) and that the generated package holds unchanged in behaviour."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT

RUNTIME = ROOT / "templates" / "runtime"
MODULES = sorted(path for path in RUNTIME.glob("*.py") if path.name != "__init__.py")


def test_the_runtime_is_linted_as_a_package() -> None:
    """mypy (strict, from pyproject) and ruff see templates/runtime as the package ``runtime``."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "templates/runtime" in settings["tool"]["mypy"]["files"]
    assert settings["tool"]["mypy"]["strict"] is True
    assert "templates" not in settings["tool"]["ruff"].get("extend-exclude", [])
    lint = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nlint:")[1].split("\n\n")[0]
    assert lint.count("templates/runtime ") == 2  # ruff check and ruff format --check
    assert (RUNTIME / "__init__.py").is_file()


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.stem)
def test_no_private_name_of_a_sibling_is_imported(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    private = [
        f"from {'.' * node.level}{node.module} import {alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.stem)
def test_nothing_private_of_httpx_is_touched(module: Path) -> None:
    """Transports are built through httpx's public arguments (retry.client_arguments), never by
    replacing a client's ``_transport`` or ``_mounts``."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    touched = [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in {"_transport", "_mounts", "_transport_for_url"}
    ]
    imported = [
        f"line {node.lineno}: {node.module}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("httpx._")
    ]
    assert touched + imported == []


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.stem)
def test_the_package_holds_each_runtime_module(module: Path) -> None:
    """The copy in the package is the runtime module, formatted by the package's ruff settings:
    the same code (compared as ASTs, docstrings included)."""
    copy = ROOT / "generated_client" / "realtimekit_client" / module.name
    assert ast.dump(ast.parse(copy.read_text(encoding="utf-8"))) == ast.dump(
        ast.parse(module.read_text(encoding="utf-8"))
    )
