"""One home for each rule: a scan of the hand-written code (scripts/ and templates/) finds each
rule's literal in one module only, so changing the rule is one edit, not a hunt.

Each scan is an AST walk (not a text search), so a comment or a docstring that names the rule
does not count, and each has a test that it finds a planted copy (the scan can fail).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = (ROOT / "scripts", ROOT / "templates")
_METHOD_NAMES = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

Finder = Callable[[ast.AST], bool]


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for root in HAND_WRITTEN:
        for path in sorted(root.rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _homes(finder: Finder, modules: Iterator[tuple[str, ast.Module]] | None = None) -> list[str]:
    """The modules with at least one node ``finder`` accepts."""
    return [name for name, tree in modules or _modules() if any(finder(node) for node in ast.walk(tree))]


def method_list(node: ast.AST) -> bool:
    """A tuple, list or set literal of three or more lowercase HTTP methods (the path item's keys)."""
    if not isinstance(node, ast.Tuple | ast.List | ast.Set):
        return False
    names = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return len([name for name in names if name in _METHOD_NAMES]) >= 3


def class_name_rule(node: ast.AST) -> bool:
    """``"".join(word.capitalize() ...)`` or ``.title()``: an operationId spelt as a class name."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"):
        return False
    if not (node.args and isinstance(node.args[0], ast.GeneratorExp | ast.ListComp)):
        return False
    element = node.args[0].elt
    return (
        isinstance(element, ast.Call)
        and isinstance(element.func, ast.Attribute)
        and element.func.attr in {"capitalize", "title"}
    )


def _strings(node: ast.AST) -> list[str]:
    """The text of a string literal (an f-string's literal parts joined)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [
            "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        ]
    return []


def dependency_range(node: ast.AST) -> bool:
    """A string pinning a runtime dependency (``httpx>=0.26,<0.30``): the pyproject template's."""
    return any(re.search(r"\b(httpx|attrs)\s*[<>=~]", text) for text in _strings(node))


def error_table(node: ast.AST) -> bool:
    """A dict literal mapping an error status to a class, or a string pairing one with its status."""
    if isinstance(node, ast.Dict):
        return any(isinstance(key, ast.Constant) and key.value == 404 for key in node.keys)
    return any(re.search(r"NotFoundError\W{1,3}\(?404", text) for text in _strings(node))


def _is_description(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "description"


def reads_change_words(node: ast.AST) -> bool:
    """A change classified by its words: ``x.description.startswith(...)`` (or ``endswith``),
    ``... in x.description``, or an ``area_of``. The area and subject are fields."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"startswith", "endswith"} and _is_description(node.func.value)
    if isinstance(node, ast.Compare):
        return any(isinstance(op, ast.In | ast.NotIn) for op in node.ops) and any(
            _is_description(c) for c in node.comparators
        )
    return isinstance(node, ast.FunctionDef) and node.name == "area_of"


def page_loop(node: ast.AST) -> bool:
    """A loop that fetches pages: a ``for`` or ``while`` whose body takes a page (``.take(...)``)."""
    if not isinstance(node, ast.For | ast.AsyncFor | ast.While):
        return False
    return any(
        isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "take"
        for statement in node.body
        for inner in ast.walk(statement)
    )


RULES: dict[str, tuple[Finder, str, str]] = {
    # rule -> (finder, its one home, a planted copy the finder must see)
    "HTTP methods": (method_list, "scripts/rtkgen/core/openapi_common.py", 'M = ("get", "post", "patch")'),
    "operationId to class name": (
        class_name_rule,
        "scripts/rtkgen/core/openapi_common.py",
        'n = "".join(w.title() for w in s.split("_"))',
    ),
    # the home of the ranges is templates/pyproject.toml.jinja (not Python): no .py writes one
    "dependency ranges": (dependency_range, "", 'D = f"{x} httpx>=0.26,<0.30"'),
    "error statuses": (error_table, "templates/runtime/errors.py", 'E = "`NotFoundError` (404)"'),
    "the page loop": (
        page_loop,
        "templates/runtime/pagination.py",
        "async def f():\n    for n in w.pages:\n        yield w.take(await g(n))",
    ),
    # the change report's areas: no home at all, each change carries its own
    "change areas from words": (reads_change_words, "", 'ok = " renamed " in p.description'),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_a_rule_has_one_home(rule: str) -> None:
    finder, home, _ = RULES[rule]
    assert _homes(finder) == ([home] if home else [])


@pytest.mark.parametrize("rule", sorted(RULES))
def test_the_scan_finds_a_planted_copy(rule: str) -> None:
    finder, _, planted = RULES[rule]
    assert _homes(finder, iter([("planted.py", ast.parse(planted))])) == ["planted.py"]
    assert _homes(finder, iter([("other.py", ast.parse("x = ('get',)\ny = ''.join(s)"))])) == []
