"""The repository stands alone: tests read their inputs from tests/data, never from beside the
clone, and a missing input fails at once with its path instead of looping or being skipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pipeline
from conftest import CORPUS, CORPUS_FAMILIES, ROOT, MissingTestInput, data_file, data_files

HAND_WRITTEN = ("scripts", "tests", "bench", "templates")
BESIDE = "../" + "shared"  # spelled in two parts so that this file does not name it
SHARED_DIR = '"' + 'shared" /'


def test_no_hand_written_file_reads_beside_the_repository() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in HAND_WRITTEN
        for path in sorted((ROOT / folder).rglob("*"))
        if path.is_file() and path.suffix in {".py", ".jinja", ".yaml", ".toml", ".txt"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if BESIDE in line or SHARED_DIR in line
    ]
    offenders += [
        f"{name}:{number}"
        for name in ("Makefile", "pyproject.toml", "generator-config.yaml")
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), start=1)
        if BESIDE in line
    ]
    assert offenders == []


def test_the_sample_corpus_is_in_the_repository() -> None:
    counts = {family: len(data_files(CORPUS / family)) for family in CORPUS_FAMILIES}
    assert counts == {"cloudflare-sample": 42, "realtimekit": 9}


def test_an_empty_input_folder_fails_at_once_naming_it(tmp_path: Path) -> None:
    with pytest.raises(MissingTestInput, match=re.escape(str(tmp_path))):
        data_files(tmp_path)
    with pytest.raises(MissingTestInput, match=r"nothing\.md: missing"):
        data_file(tmp_path / "nothing.md")


def test_synthetic_docs_from_empty_files_stop_with_an_error(tmp_path: Path) -> None:
    family = tmp_path / "corpus" / "family"
    family.mkdir(parents=True)
    (family / "empty.md").write_text("")
    with pytest.raises(RuntimeError, match="no docs under"):
        pipeline.synthetic_docs(tmp_path / "corpus", tmp_path / "out", 1000)
