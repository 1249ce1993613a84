"""Every code block of README.md, of the guides in docs/ and of generated_client/README.md (the
wheel's long description): each Python program runs against the mock server and prints exactly
its ```text output block, or passes its own asserts, and all of them pass ``mypy --strict``; a
block that is not run says so in its fence. The rules, and how a block is marked, are in
tests/readme_blocks.py.

Blocks are found by a CommonMark parser and the guides by a glob, so a block or a guide added is
held to the rules with no edit here."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from mock_server import MockServer
from readme_blocks import (
    MOCK_URL,
    NOT_GUIDES,
    Block,
    blocks,
    documents,
    problems,
    program,
    readme_blocks,
    run,
)
from typecheck import run_mypy

READMES = documents(ROOT)
FOUND = {name: readme_blocks(path, name) for name, path in READMES.items()}
PROGRAMS = [block for found in FOUND.values() for block in found if block.runs]


def test_every_block_says_what_it_is_and_every_program_checks_something() -> None:
    found = [problem for blocks_of in FOUND.values() for problem in problems(blocks_of)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", ["README.md", "docs/using-the-client.md", "generated_client/README.md"])
def test_each_readme_has_programs(name: str) -> None:
    assert [block for block in FOUND[name] if block.runs], f"{name} shows no program that is run"


def test_the_guides_are_read() -> None:
    """The glob finds the guides the README links to, and none of the upstream copies."""
    assert {"docs/using-the-client.md", "docs/maintaining.md", "docs/how-it-works.md"} <= set(READMES)
    assert not NOT_GUIDES & set(READMES)


@pytest.mark.parametrize("block", PROGRAMS, ids=[block.where for block in PROGRAMS])
def test_the_program_runs_against_the_mock_server(block: Block, mock_server: MockServer) -> None:
    printed = run(block, mock_server.base_url)
    if block.output is not None:
        assert printed == block.output, f"{block.where} printed:\n{printed}"


def test_the_programs_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for block in PROGRAMS:
        path = tmp_path / f"{block.readme.replace('/', '_').replace('.', '_')}_{block.line}.py"
        path.write_text(program(block, MOCK_URL), encoding="utf-8")
        files.append(path)
    checked = run_mypy(files, "[mypy]\nstrict = True\n", tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# --- the rules themselves can fail ---------------------------------------------------------------

SAMPLE = """\
# Sample

```python
print("hi")
```

It prints:

```text output
hi
```

```python
assert 1 + 1 == 2
```

```python no-run
rtk.meetings.create(...)
```

```sh
make mock
```
"""


def test_a_well_marked_readme_has_no_problem() -> None:
    found = blocks(SAMPLE, "S.md")
    assert problems(found) == []
    assert [(b.line, b.runs, b.output) for b in found if b.is_python] == [
        (3, True, "hi\n"),
        (13, True, None),
        (17, False, None),
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("```sh\n", "```\n"), "S.md:21: a code block without a language"),
        (("```python no-run\n", "```python norun\n"), "S.md:17: unknown mark 'norun'"),
        (("```python no-run\n", "```python\n"), "S.md:17: checks nothing"),
        (("create(...)", "create("), "S.md:17: not Python"),
        (("assert 1 + 1 == 2", "print(1 + 1)"), "S.md:13: checks nothing"),
        (("```text output\n", "```text\n"), "S.md:3: checks nothing"),
        (("```python\nprint", "```sh\nprint"), "S.md:9: an output block that follows no program"),
    ],
)
def test_a_block_that_breaks_a_rule_is_named(change: tuple[str, str], problem: str) -> None:
    found = problems(blocks(SAMPLE.replace(*change), "S.md"))
    assert len(found) == 1 and found[0].startswith(problem), found


def test_an_indented_code_block_has_no_language() -> None:
    assert problems(blocks("Text\n\n    x = 1\n", "S.md")) == [
        "S.md:3: a code block without a language: mark it (```python, ```python no-run, ```sh, ```text)"
    ]


def test_a_program_that_prints_something_else_fails(mock_server: MockServer) -> None:
    (block, *_) = blocks(SAMPLE.replace("hi\n```", "hello\n```", 1), "S.md")
    assert block.output == "hello\n" and run(block, mock_server.base_url) == "hi\n"


def test_a_program_runs_with_the_mock_servers_url_and_environment(mock_server: MockServer) -> None:
    code = f'import os\nprint(os.environ["CLOUDFLARE_BASE_URL"] == "{MOCK_URL}")\n'
    (block,) = blocks(f"```python\n{code}```\n", "S.md")
    assert run(block, mock_server.base_url) == "True\n"
