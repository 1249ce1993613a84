"""The journal on its own: whatever prefix of its renames ran, recovery ends all new."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rtkgen.install import pipeline as regenerate
from rtkgen.install.journal import Move, journal_path, plan, recover, rollback, write_journal


def outputs(root: Path) -> tuple[Path, Path, list[Move]]:
    """An old spec file and client folder, their new versions staged, and the moves."""
    (root / "spec.yaml").write_text("old spec")
    (root / "client").mkdir()
    (root / "client" / "a.py").write_text("old client")
    (root / ".spec.yaml.x.yaml").write_text("new spec")
    (root / ".client.x" / "new").mkdir(parents=True)
    (root / ".client.x" / "new" / "a.py").write_text("new client")
    moves = plan(root / ".client.x" / "new", root / "client", root / ".client.x" / "old")
    moves += plan(root / ".spec.yaml.x.yaml", root / "spec.yaml", root / ".spec.yaml.x.old.yaml")
    return journal_path(root / "spec.yaml"), root / ".client.x", moves


def contents(root: Path) -> tuple[str, str, list[str]]:
    return (
        (root / "spec.yaml").read_text(),
        (root / "client" / "a.py").read_text(),
        sorted(p.name for p in root.iterdir()),
    )


@pytest.mark.parametrize("done", range(5))
def test_recovery_finishes_after_any_number_of_renames(tmp_path: Path, done: int) -> None:
    journal, staging, moves = outputs(tmp_path)
    assert len(moves) == 4
    write_journal(journal, moves, [staging])
    for move in moves[:done]:  # the process died after `done` renames
        os.replace(move.source, move.target)
    assert recover(journal)
    assert contents(tmp_path) == ("new spec", "new client", ["client", "spec.yaml"])
    assert not recover(journal)  # nothing left to do


@pytest.mark.parametrize("done", range(5))
def test_rollback_undoes_any_number_of_renames(tmp_path: Path, done: int) -> None:
    journal, staging, moves = outputs(tmp_path)
    write_journal(journal, moves, [staging])
    for move in moves[:done]:
        os.replace(move.source, move.target)
    rollback(journal, moves, [staging])
    assert contents(tmp_path) == ("old spec", "old client", ["client", "spec.yaml"])


def test_regenerate_recover_also_finishes_a_journal_of_generate_client(tmp_path: Path) -> None:
    _, staging, moves = outputs(tmp_path)
    client_journal = journal_path(tmp_path / "client")
    write_journal(client_journal, moves[:2], [staging])
    os.replace(moves[0].source, moves[0].target)
    args = ["--recover", "--spec", str(tmp_path / "spec.yaml"), "--client", str(tmp_path / "client")]
    assert regenerate.main(args) == 0
    assert (tmp_path / "client" / "a.py").read_text() == "new client"
    assert not client_journal.exists() and not staging.exists()
