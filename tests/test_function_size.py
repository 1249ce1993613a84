"""Small functions: no hand-written function of scripts/ or templates/runtime/ is longer than
``LIMIT`` lines (``def`` line to last line, a nested function counted in its parent too). A
longer one is split into named steps; the message lists every offender with its place."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = (ROOT / "scripts", ROOT / "templates" / "runtime")
LIMIT = 50


def long_functions(files: Iterable[tuple[str, str]], limit: int = LIMIT) -> Iterator[str]:
    """``NAME:LINE function (N lines)`` for each function of the ``(name, source)`` files longer
    than ``limit`` lines."""
    for name, source in files:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                length = node.end_lineno - node.lineno + 1
                if length > limit:
                    yield f"{name}:{node.lineno} {node.name} ({length} lines)"


def _hand_written() -> Iterator[tuple[str, str]]:
    for root in HAND_WRITTEN:
        for path in sorted(root.rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_no_hand_written_function_is_longer_than_the_limit() -> None:
    files = list(_hand_written())
    assert len(files) > 20  # the scan reads the sources (a wrong root would pass on nothing)
    offenders = list(long_functions(files))
    assert not offenders, f"functions over {LIMIT} lines (split them into named steps):\n" + "\n".join(
        offenders
    )


def test_the_scan_finds_a_long_function_nested_or_async() -> None:
    body = "".join(f"x{i} = {i}\n" for i in range(LIMIT))
    source = "\n".join(
        [
            "def short():\n    pass\n",
            "class C:\n    async def long(self):\n" + textwrap.indent(body, " " * 8),
            "def outer():\n    def inner():\n" + textwrap.indent(body, " " * 8),
        ]
    )
    assert sorted(long_functions([("m.py", source)])) == [
        f"m.py:5 long ({LIMIT + 1} lines)",
        f"m.py:57 outer ({LIMIT + 2} lines)",
        f"m.py:58 inner ({LIMIT + 1} lines)",
    ]
    assert list(long_functions([("m.py", source)], limit=LIMIT + 2)) == []
