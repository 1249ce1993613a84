"""The facade rendered in-process from the committed spec and the committed generated package is
the committed facade (``facade.py``, ``facade_operations.py``, ``paged.py``, ``resources/*.py``)
and README, up to what ruff does to it after rendering (layout, and imports sorted, merged and
the unused ones dropped): the same syntax tree, every docstring and string the same. So a change
of the renderer, the docstrings' text or ``paged.py``'s overloads shows here without running the
generator (which ``make check`` does)."""

from __future__ import annotations

import ast
import functools

import pytest

from conftest import ROOT, committed_spec
from rtkgen.facade import facade_source

PACKAGE = ROOT / "generated_client" / "realtimekit_client"
Entry = tuple[bool, int, str, str, str]  # (under an if, level, module, name, bound name)


@functools.cache
def rendered() -> tuple[dict[str, str], str]:
    return facade_source(committed_spec(), PACKAGE)


class _Imports(ast.NodeTransformer):
    """Takes the imports out of a module, one entry per imported name that the module uses."""

    def __init__(self, used: set[str]) -> None:
        self.used = used
        self.entries: set[Entry] = set()
        self.nested = False

    def visit_If(self, node: ast.If) -> ast.AST:
        self.nested, outer = True, self.nested
        self.generic_visit(node)
        self.nested = outer
        node.body = node.body or [ast.Pass()]
        return node

    def _add(self, level: int, module: str, name: str, bound: str) -> None:
        if bound in self.used:
            self.entries.add((self.nested, level, module, name, bound))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(0, "", alias.name, alias.asname or alias.name.partition(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            self._add(node.level, node.module or "", alias.name, alias.asname or alias.name)


def normalized(source: str) -> tuple[str, list[Entry]]:
    """``source``'s syntax tree without its imports, and the imports it uses (sorted)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    used |= {
        element.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        for element in ast.walk(node.value)
        if isinstance(element, ast.Constant) and isinstance(element.value, str)
    }
    imports = _Imports(used)
    tree = imports.visit(tree)
    return ast.dump(tree), sorted(imports.entries)


def test_the_facade_modules_are_rendered() -> None:
    files, _ = rendered()
    on_disk = {
        str(path.relative_to(PACKAGE))
        for pattern in ("facade*.py", "paged.py", "resources/*.py")
        for path in PACKAGE.glob(pattern)
        if path.name != "facade_base.py"
    }
    assert sorted(files) == sorted(on_disk)


@pytest.mark.parametrize(
    "relative",
    sorted(
        str(path.relative_to(PACKAGE))
        for pattern in ("facade.py", "facade_operations.py", "paged.py", "resources/*.py")
        for path in PACKAGE.glob(pattern)
    ),
)
def test_the_rendered_module_is_the_committed_one(relative: str) -> None:
    files, _ = rendered()
    tree, imports = normalized(files[relative])
    committed_tree, committed_imports = normalized((PACKAGE / relative).read_text(encoding="utf-8"))
    assert imports == committed_imports
    assert tree == committed_tree


def test_the_rendered_readme_is_the_committed_one() -> None:
    _, readme = rendered()
    assert readme == (ROOT / "generated_client" / "README.md").read_text(encoding="utf-8")
