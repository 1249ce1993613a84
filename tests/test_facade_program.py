"""The issue's Done-when program (tests/programs/done_when.py), written with the facade: it runs
against the mock server (Prism serving openapi.yaml, which refuses any request the spec forbids)
and passes ``mypy --strict`` with ``--disallow-any-expr`` on that file."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT
from mock_server import MockServer
from typecheck import run_mypy

PROGRAM = ROOT / "tests" / "programs" / "done_when.py"


def test_the_program_runs_against_the_mock_server(mock_server: MockServer) -> None:
    sys.path.insert(0, str(PROGRAM.parent))
    try:
        import done_when
    finally:
        sys.path.remove(str(PROGRAM.parent))
    outcome = done_when.run(mock_server.base_url, "mock-token")
    assert outcome.meeting_id and len(outcome.participant_ids) == 2
    assert outcome.listed >= 1 and outcome.meetings >= 1
    assert outcome.session_id and outcome.transcript_url and outcome.deleted


def test_the_program_passes_mypy_strict_with_no_any_expression(tmp_path: Path) -> None:
    run = run_mypy([PROGRAM], "[mypy]\nstrict = True\n[mypy-done_when]\ndisallow_any_expr = True\n", tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found in 1 source file" in run.stdout
