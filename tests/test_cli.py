"""The converter's command line: valid deterministic output, errors with FILE:LINE, nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, doc_markdown, op_markdown
from rtkgen.core.openapi_common import load_yaml
from rtkgen.core.spec_validation import validate

SCRIPT = ROOT / "scripts" / "docs_to_openapi.py"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


def test_folder_and_files_convert_deterministically(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "b.md").write_text(doc_markdown(op_markdown(path="/b"), tag="B"))
    (docs / "a.md").write_text(doc_markdown(op_markdown(path="/a"), tag="A"))
    (docs / "notes.txt").write_text("not markdown")
    extra = tmp_path / "extra.md"
    extra.write_text(doc_markdown(op_markdown(path="/c"), tag="C"))
    first, second = tmp_path / "1.yaml", tmp_path / "2.yaml"
    assert run("-o", first, docs, extra).returncode == 0
    assert run("-o", second, docs, extra).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    document = load_yaml(first.read_text())
    validate(document)
    assert list(document["paths"]) == ["/a", "/b", "/c"]


def test_bad_input_exits_2_with_file_and_line_and_keeps_the_output(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(doc_markdown(op_markdown(path="/a")))
    bad = tmp_path / "bad.md"
    bad.write_text(
        doc_markdown(op_markdown(path="/b", responses='#### 200 OK\n\n```json\n{"a": "*strng*"}\n```'))
    )
    output = tmp_path / "out.yaml"
    output.write_text("previous good output")
    result = run("-o", output, good, bad)
    assert result.returncode == 2
    assert f"{bad}:14: unknown placeholder '*strng*'" in result.stderr
    assert "Traceback" not in result.stderr
    assert output.read_text() == "previous good output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md", "good.md", "out.yaml"]


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    result = run("-o", tmp_path / "out.yaml", tmp_path / "nope.md")
    assert result.returncode == 2
    assert "nope.md:0: cannot read" in result.stderr
    assert not (tmp_path / "out.yaml").exists()
