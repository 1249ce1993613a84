"""Check that a generated client has a function for every operation of its OpenAPI document.

Reads the generated modules as source (no import), so it also works on a client whose
dependencies are not installed. A module counts for an operation when its ``_get_kwargs``
sends the operation's method to the operation's path and it defines ``sync``,
``sync_detailed``, ``asyncio`` and ``asyncio_detailed``. Every module of the package must also
compile: a name clash such as a duplicate argument is a SyntaxError that parsing alone misses.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rtkgen.core.openapi_common import HTTP_METHODS, load_yaml, path_shape

ENTRY_POINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def route(method: str, path: str) -> tuple[str, str]:
    """Method and path with parameter names blanked: the generator renames ``{a-b}`` to ``{a_b}``."""
    return method.lower(), path_shape(path)


@dataclass(frozen=True, order=True)
class SpecOperation:
    """An operation as the spec states it."""

    method: str
    path: str
    operation_id: str


@dataclass(frozen=True)
class ClientModule:
    """What one generated endpoint module sends and defines."""

    module: str
    method: str
    path: str
    functions: frozenset[str]


def spec_operations(spec: Path) -> list[SpecOperation]:
    """Every operation of the OpenAPI document at ``spec``."""
    return document_operations(load_yaml(spec.read_text(encoding="utf-8")))


def document_operations(document: Mapping[str, Any]) -> list[SpecOperation]:
    """Every operation of an OpenAPI document."""
    return sorted(
        SpecOperation(method, path, item[method].get("operationId", ""))
        for path, item in (document.get("paths") or {}).items()
        for method in HTTP_METHODS
        if method in item
    )


def client_modules(project: Path) -> list[ClientModule]:
    """The endpoint modules of the generated project folder ``project``."""
    modules: list[ClientModule] = []
    for source in sorted(project.glob("*/api/*/*.py")):
        if source.name == "__init__.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        functions = frozenset(
            node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        )
        method, path = request_target(tree)
        modules.append(ClientModule(str(source.relative_to(project)), method, path, functions))
    return modules


def request_target(tree: ast.Module) -> tuple[str, str]:
    """The ``"method"`` and ``"url"`` entries of the module's request kwargs."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        entries = {
            key.value: value
            for key, value in zip(node.keys, node.values, strict=True)
            if isinstance(key, ast.Constant) and isinstance(key.value, str)
        }
        if "method" in entries and "url" in entries:
            method, url = entries["method"], entries["url"]
            if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                url = url.func.value  # "...{name}...".format(...)
            if isinstance(method, ast.Constant) and isinstance(url, ast.Constant | ast.JoinedStr):
                return str(method.value), _template(url)
    return "", ""


def _template(url: ast.Constant | ast.JoinedStr) -> str:
    """The path template a URL expression builds: f"/a/{quote(x)}" and "/a/{x}" give "/a/{}"."""
    if isinstance(url, ast.Constant):
        return str(url.value)
    return "".join(str(part.value) if isinstance(part, ast.Constant) else "{}" for part in url.values)


def missing_operations(
    operations: list[SpecOperation], project: Path, modules: list[ClientModule] | None = None
) -> list[str]:
    """A line for each operation without a complete function module in ``project`` (whose
    endpoint modules are ``modules`` when the caller has read them already)."""
    found = {route(m.method, m.path): m for m in (client_modules(project) if modules is None else modules)}
    problems: list[str] = []
    for operation in operations:
        module = found.get(route(operation.method, operation.path))
        label = f"{operation.method.upper()} {operation.path} ({operation.operation_id})"
        if module is None:
            problems.append(f"{label}: no module")
        elif not set(ENTRY_POINTS) <= module.functions:
            lacking = ", ".join(sorted(set(ENTRY_POINTS) - module.functions))
            problems.append(f"{label}: {module.module} lacks {lacking}")
    return problems


def uncompilable_modules(project: Path, only: set[Path] | None = None) -> list[str]:
    """A line for each module of the generated project folder that Python cannot compile
    (of the files ``only``, when given)."""
    problems: list[str] = []
    sources = sorted(project.glob("*/**/*.py")) if only is None else sorted(only)
    for source in sources:
        try:
            compile(source.read_bytes(), str(source), "exec")
        except SyntaxError as exc:
            problems.append(f"{source.relative_to(project)}:{exc.lineno}: {exc.msg}")
    return problems
