"""The layout of scripts/ (docs/how-it-works.md, "Layout"): one package, ``rtkgen``, with one
subpackage per stage in the order of the data flow, and thin command lines beside it.

- a stage imports only the stages before it (the shared ``core`` and ``caches`` come first);
- no module name has a near twin (``api_changes`` / ``apichanges``, ``docs_to_openapi`` /
  ``docs2openapi``, ``check_changelog`` / ``changelog_check``), and no command line is named
  like a module of the package;
- pyproject.toml lists no first-party names by hand (ruff finds them in its ``src`` folders);
- a command line (``scripts/<command>.py``) only runs its module of the package.

Each rule is checked on the real tree and shown to fail on a small made-up case.
"""

from __future__ import annotations

import ast
import tomllib
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
PACKAGE = "rtkgen"
# The stages in the order of the data flow (rtkgen/__init__.py says what each holds).
STAGES = (
    "core",
    "caches",
    "converter",
    "overlays",
    "shapes",
    "generator",
    "facade",
    "changes",
    "install",
    "release",
)
# Command lines that are more than a wrapper of a module of the package, and why.
NOT_WRAPPERS = {"serve_mock": "the command line of the tests' mock server (tests/mock_server.py)"}


def _modules(root: Path) -> dict[str, Path]:
    """Dotted name -> file of every module under ``root`` (a folder on the import path)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(root).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(module: str, source: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, dotted name) of every import in ``source`` (relative ones made absolute), including
    ``from pkg import module`` as ``pkg.module``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _stage(dotted: str) -> str | None:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == PACKAGE else None


def later_stage_imports(modules: dict[str, str]) -> list[str]:
    """``FILE:LINE: ...`` for each import of a later stage (or an unknown one, or a command line)
    by a module of the package; ``modules`` maps dotted names to their source."""
    commands = {name for name in modules if "." not in name and name != PACKAGE}
    problems = []
    for module, source in modules.items():
        own = _stage(module)
        if own is None:
            continue
        is_package = module.count(".") == 1  # the stages are the package's only subpackages
        for line, name in _imports(module, source, is_package):
            other = _stage(name)
            where = f"{module}:{line}"
            if name.split(".")[0] in commands:
                problem = f"{where}: imports the command line {name.split('.')[0]}"
                problems += [problem] if problem not in problems else []
            elif other is not None and other not in STAGES:
                problems.append(f"{where}: imports {name}, of no stage in STAGES")
            elif other is not None and own in STAGES and STAGES.index(other) > STAGES.index(own):
                problems.append(f"{where}: the stage {own} imports {name} of the later stage {other}")
    return problems


def _words(name: str) -> tuple[str, frozenset[str]]:
    """A name spelled two ways: its letters (``2`` read ``to``), and its set of words."""
    spelled = name.lower().replace("2", "_to_")
    return spelled.replace("_", ""), frozenset(w for w in spelled.split("_") if w)


def twins(names: set[str]) -> list[tuple[str, str]]:
    """Pairs of different names that read the same: the same letters without ``_`` (``2`` as
    ``to``), or the same words in another order."""
    return [
        (a, b)
        for a, b in combinations(sorted(names), 2)
        if _words(a)[0] == _words(b)[0] or _words(a)[1] == _words(b)[1]
    ]


def _module_names() -> tuple[set[str], set[str]]:
    """The names of the command lines, and the last part of every module and package of rtkgen."""
    commands = {p.stem for p in SCRIPTS.glob("*.py")}
    inside = {name.split(".")[-1] for name in _modules(SCRIPTS) if name.startswith(f"{PACKAGE}.")}
    return commands, inside


def _source_of_tree() -> dict[str, str]:
    return {name: path.read_text(encoding="utf-8") for name, path in _modules(SCRIPTS).items()}


def test_the_package_has_one_subpackage_per_stage_in_order() -> None:
    subpackages = sorted(p.parent.name for p in (SCRIPTS / PACKAGE).glob("*/__init__.py"))
    assert subpackages == sorted(STAGES), "a new stage goes into STAGES here, at its place in the flow"
    assert not [p.name for p in (SCRIPTS / PACKAGE).glob("*.py") if p.name != "__init__.py"], (
        "every module of rtkgen belongs to a stage"
    )
    assert sorted(p.name for p in SCRIPTS.iterdir() if p.is_dir() and p.name != "__pycache__") == [PACKAGE]


def test_a_stage_imports_only_the_stages_before_it() -> None:
    assert later_stage_imports(_source_of_tree()) == []


def test_a_later_stage_import_is_found() -> None:
    modules = {
        "rtkgen": "",
        "rtkgen.changes": "",
        "rtkgen.changes.compare": "from rtkgen.facade.naming import names\n",
        "rtkgen.facade": "",
        "rtkgen.facade.naming": "import rtkgen.changes.compare\nfrom ..install import journal\n",
        "rtkgen.core.x": "def f() -> None:\n    from regenerate import main\n",
        "regenerate": "",
    }
    assert later_stage_imports(modules) == [
        "rtkgen.facade.naming:1: the stage facade imports rtkgen.changes.compare of the later stage changes",
        "rtkgen.facade.naming:2: the stage facade imports rtkgen.install of the later stage install",
        "rtkgen.facade.naming:2: the stage facade imports rtkgen.install.journal of the later stage install",
        "rtkgen.core.x:2: imports the command line regenerate",
    ]


def test_no_module_name_has_a_twin() -> None:
    commands, inside = _module_names()
    assert twins(commands | inside) == []
    assert sorted(commands & inside) == [], "a command line is named like a module of the package"


def test_twins_are_found() -> None:
    assert twins({"api_changes", "apichanges", "docs_to_openapi", "docs2openapi", "check_changelog"}) == [
        ("api_changes", "apichanges"),
        ("docs2openapi", "docs_to_openapi"),
    ]
    assert twins({"check_changelog", "changelog_check", "changelog_rules"}) == [
        ("changelog_check", "check_changelog")
    ]


def first_party_lists(pyproject: dict[str, Any]) -> list[str]:
    """The settings of ``pyproject`` that list first-party module names by hand."""
    ruff = pyproject.get("tool", {}).get("ruff", {})
    isort = ruff.get("lint", {}).get("isort", {}) | ruff.get("isort", {})
    return [key for key in ("known-first-party", "known-local-folder") if isort.get(key)]


def test_pyproject_lists_no_first_party_names() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert first_party_lists(pyproject) == []
    assert "scripts" in pyproject["tool"]["ruff"]["src"], "ruff finds the package rtkgen in scripts/"
    assert first_party_lists({"tool": {"ruff": {"lint": {"isort": {"known-first-party": ["x"]}}}}}) == [
        "known-first-party"
    ]


def test_a_command_line_only_runs_its_module() -> None:
    modules = _modules(SCRIPTS)
    for path in sorted(SCRIPTS.glob("*.py")):
        if path.stem in NOT_WRAPPERS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
        assert defined == [], f"{path.name} defines {defined}: the code goes into the package"
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        targets = [c.args[0].value for c in calls if c.args and isinstance(c.args[0], ast.Constant)]
        assert len(targets) == 1 and targets[0] in modules, f"{path.name} runs {targets}"
