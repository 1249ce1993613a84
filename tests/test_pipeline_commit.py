"""regenerate.py puts client, spec and CHANGES.md entry in place together, or none of them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from conftest import ROOT, doc_markdown, op_markdown
from rtkgen.install import pipeline as regenerate

RESPONSE = '#### 200 OK\n\n```json\n{"success": "*boolean*", "%s": "*string*"}\n```'


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project generated once (field ``name``), then its docs edited to ``title``."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "things.md").write_text(doc_markdown(op_markdown(responses=RESPONSE % "name")))
    assert regenerate.main(run_args(tmp_path)) == 0
    (docs / "things.md").write_text(doc_markdown(op_markdown(responses=RESPONSE % "title")))
    return tmp_path


def run_args(root: Path) -> list[str]:
    return [
        "--docs", str(root / "docs"), "--spec", str(root / "openapi.yaml"),
        "--client", str(root / "Warnings"),
        "--config", str(ROOT / "generator-config.yaml"), "--templates", str(ROOT / "templates"),
        "--date", "2026-01-02",
    ]  # fmt: skip


def state(root: Path) -> tuple[bytes, str, bool]:
    return (
        (root / "openapi.yaml").read_bytes(),
        tree_digest(root / "Warnings"),
        (root / "CHANGES.md").exists(),
    )


def test_a_change_installs_all_three(project: Path) -> None:
    before = state(project)
    assert regenerate.main(run_args(project)) == 0  # also: a client folder named "Warnings" is fine
    after = state(project)
    assert after[0] != before[0] and after[1] != before[1] and after[2]
    assert b"version: 0.2.0" in after[0]
    assert "## 0.2.0 (2026-01-02)" in (project / "CHANGES.md").read_text()


def test_an_unreadable_changelog_stops_before_anything_is_replaced(project: Path) -> None:
    (project / "CHANGES.md").write_bytes(b"\xff not utf-8")
    before = state(project)
    assert regenerate.main(run_args(project)) == 1
    assert state(project) == before
    assert (project / "CHANGES.md").read_bytes() == b"\xff not utf-8"


def test_a_failure_after_the_client_swap_puts_everything_back(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(project)
    real_replace = os.replace
    failed: list[str | Path] = []

    def failing_replace(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == "openapi.yaml" and not failed:  # the install's rename, not the undo's
            failed.append(dst)
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr("os.replace", failing_replace)
    assert regenerate.main(run_args(project)) == 1
    assert state(project) == before
    leftovers = [p.name for p in project.iterdir() if p.name.startswith(".")]
    assert leftovers == []
