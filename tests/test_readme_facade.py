"""The facade examples of the root README and the package README (every ```python block that
makes a ``RealtimeKit(``) run against the mock server and pass ``mypy --strict``: the READMEs
cannot drift from the facade."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from mock_server import MockServer
from typecheck import run_mypy

READMES = (ROOT / "README.md", ROOT / "generated_client" / "README.md")


def examples() -> list[str]:
    found = []
    for readme in READMES:
        blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.DOTALL)
        mine = [block for block in blocks if "RealtimeKit(account_id=" in block]
        assert mine, f"{readme} shows no facade example"
        found += mine
    return found


def against(block: str, base_url: str) -> str:
    """The example, with the mock server's URL and a token given to its RealtimeKit(...)."""
    return block.replace(
        "RealtimeKit(account_id=", f'RealtimeKit(base_url="{base_url}", token="t", account_id='
    )


@pytest.mark.parametrize("index", range(len(examples())))
def test_the_example_runs_against_the_mock_server(index: int, mock_server: MockServer) -> None:
    code = against(examples()[index], mock_server.base_url)
    exec(compile(code, f"README.md example {index}", "exec"), {"__name__": "readme_example"})


def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    paths = []
    for index, block in enumerate(examples()):
        path = tmp_path / f"readme_example_{index}.py"
        path.write_text(against(block, "http://127.0.0.1:1"))
        paths.append(str(path))
    run = run_mypy([Path(path) for path in paths], "[mypy]\nstrict = True\n", tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
