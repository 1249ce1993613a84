"""The code blocks of a README or a guide (``documents``), found by a CommonMark parser
(markdown-it-py), and the rules tests/test_readme_blocks.py holds them to.

How a block says what it is (its fence's info string):

- ```` ```python ```` is a whole program: the test runs it against the mock server and checks it
  with ``mypy --strict``. It must check what it does: either asserts (an ``assert`` statement)
  or is followed by its output, a ```` ```text output ```` block (the next code block, any prose
  between), which must be exactly what it prints.
- ```` ```python no-run ```` is deliberately not run (a fragment, a program for a real account):
  it must still parse as Python. The mark is the only way for a Python block to be skipped.
- any other language (```` ```sh ````, ```` ```text ````, ```` ```yaml ````, ...) is not Python.
- a fence without a language, or a Python block with an unknown mark, is an error: a new block
  says which of these it is.

How a block runs against the mock server: unchanged, with ``CLOUDFLARE_BASE_URL`` (the client's
default base URL), ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_ACCOUNT_ID`` set, as a user runs
it after ``make mock``; ``http://127.0.0.1:4010`` in a block (``make mock MOCK_PORT=4010``) is
replaced by the test's mock server's URL.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

PYTHON = frozenset({"python", "py", "python3"})
NO_RUN = "no-run"
OUTPUT = ("text", "output")
MOCK_URL = "http://127.0.0.1:4010"
# Copies of upstream material kept in docs/, not guides of this project (docs/realtimekit/, the
# API's docs, is not matched by docs/*.md).
NOT_GUIDES = frozenset({"docs/docs-format.md", "docs/generator-notes.md"})


def documents(root: Path) -> dict[str, Path]:
    """The project's documentation, by name relative to ``root``: README.md, the guides
    (``docs/*.md`` but the upstream copies) and the package README."""
    paths = [root / "README.md", *sorted(root.glob("docs/*.md")), root / "generated_client" / "README.md"]
    named = {path.relative_to(root).as_posix(): path for path in paths}
    return {name: path for name, path in named.items() if name not in NOT_GUIDES}


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language and marks, its text."""

    readme: str  # the README's name in messages (README.md, generated_client/README.md)
    line: int  # the fence's line, 1-based
    language: str
    marks: tuple[str, ...]
    code: str
    output: str | None = None  # for a program: the text output block after it

    @property
    def where(self) -> str:
        return f"{self.readme}:{self.line}"

    @property
    def is_python(self) -> bool:
        return self.language in PYTHON

    @property
    def runs(self) -> bool:
        return self.is_python and NO_RUN not in self.marks

    @property
    def is_output(self) -> bool:
        return (self.language, *self.marks) == OUTPUT


def blocks(text: str, readme: str) -> list[Block]:
    """Every fenced or indented code block of ``text``, each program with its output block."""
    found = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type not in ("fence", "code_block") or token.map is None:
            continue
        language, *marks = (token.info.split() if token.type == "fence" else []) or [""]
        found.append(Block(readme, token.map[0] + 1, language, tuple(marks), token.content))
    paired = []
    for index, block in enumerate(found):
        after = found[index + 1] if index + 1 < len(found) else None
        if block.runs and after is not None and after.is_output:
            block = Block(block.readme, block.line, block.language, block.marks, block.code, after.code)
        paired.append(block)
    return paired


def _asserts(code: str) -> bool:
    return any(isinstance(node, ast.Assert) for node in ast.walk(ast.parse(code)))


def problems(found: list[Block]) -> list[str]:
    """What breaks the rules of the module docstring, as ``README:LINE: message``."""
    out = []
    for index, block in enumerate(found):
        before = found[index - 1] if index else None
        if not block.language:
            out.append(
                f"{block.where}: a code block without a language: "
                "mark it (```python, ```python no-run, ```sh, ```text)"
            )
        elif block.is_python and set(block.marks) - {NO_RUN}:
            out.append(
                f"{block.where}: unknown mark {' '.join(block.marks)!r} "
                "(a Python block is run, or marked no-run)"
            )
        elif block.is_python:
            try:
                checked = _asserts(block.code)
            except SyntaxError as error:
                out.append(f"{block.where}: not Python: {error.msg} (line {error.lineno} of the block)")
                continue
            if block.runs and not checked and block.output is None:
                out.append(
                    f"{block.where}: checks nothing: add asserts or a ```text output block of what it prints"
                )
        elif block.is_output and (before is None or before.output != block.code or not before.runs):
            out.append(f"{block.where}: an output block that follows no program")
    return out


def readme_blocks(path: Path, name: str) -> list[Block]:
    return blocks(path.read_text(encoding="utf-8"), name)


def program(block: Block, base_url: str) -> str:
    """The block's code as it runs against the mock server at ``base_url``."""
    return block.code.replace(MOCK_URL, base_url)


def environment(base_url: str) -> dict[str, str]:
    """What a user exports before running a README program against the mock server."""
    return {
        "CLOUDFLARE_BASE_URL": base_url,
        "CLOUDFLARE_API_TOKEN": "mock-token",
        "CLOUDFLARE_ACCOUNT_ID": "ACCOUNT",
    }


@contextlib.contextmanager
def _environ(values: Mapping[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(block: Block, base_url: str) -> str:
    """Run the block (in this process, as ``__main__``) against the mock server; what it printed."""
    printed = io.StringIO()
    code = compile(program(block, base_url), block.where, "exec")
    with _environ(environment(base_url)), contextlib.redirect_stdout(printed):
        exec(code, {"__name__": "__main__"})
    return printed.getvalue()
