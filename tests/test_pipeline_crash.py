"""regenerate.py killed at every step, interrupted, or run twice at once: the spec, the client
and CHANGES.md stay all old or become all new, and nothing is left behind (install_journal)."""

from __future__ import annotations

import ast
import contextlib
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import HANG_GUARD_SECONDS, ROOT, doc_markdown, op_markdown
from faulty_regenerate import CRASH_EXIT, run_forked
from rtkgen.install import journal as install_journal
from rtkgen.install import pipeline as regenerate

RESPONSE = '#### 200 OK\n\n```json\n{"success": "*boolean*", "%s": "*string*"}\n```'
REGENERATE = ROOT / "scripts" / "regenerate.py"
# regenerate.py with the tests' fault at a step (REGENERATE_CRASH_AT=STEP, ..._PAUSE_AT=STEP).
FAULTY = ROOT / "tests" / "faulty_regenerate.py"

# Every point regenerate.py reports through rtkgen.install.journal.reached (the seam
# tests/faulty_regenerate.py puts its faults in), in order. With a previous
# spec, client and CHANGES.md there are six renames: client aside, client in, spec aside, spec
# in, CHANGES.md aside, CHANGES.md in.
BEFORE_JOURNAL = ["converted", "generated", "spec-staged", "client-staged"]
AFTER_JOURNAL = ["journal-written", *(f"move-{n}" for n in range(6)), "journal-removed"]
STAGING_WRITTEN = ["staging-openapi.yaml", "staging-CHANGES.md"]  # each staging file just written

STAGING_NAMES = [
    ".openapi.yaml.abc.yaml",
    ".generated_client.abc/",
    ".CHANGES.md.abc.md",
    ".openapi.yaml.journal",
]
State = tuple[bytes, str, bytes]
# The docs: two operations of one tag. A run generates them "plain", as this project's own docs
# are (the generator runs every time), or, with SHARDED, as one shard of the shard cache: after a
# test process's first such run the generator is not started again, a tenth of a crash run's
# time. The install that follows is the same code. The table of kills at every step runs plain,
# the other fault tables sharded; all compare what was installed with the fixture's plain
# generation, byte for byte.
SHARDED = {"RUN_GENERATOR_SHARD_OPS": "1"}
LISTING = op_markdown(summary="List things", path="/things", responses=RESPONSE % "id")


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def state(root: Path) -> State:
    return (
        (root / "openapi.yaml").read_bytes(),
        tree_digest(root / "client"),
        (root / "CHANGES.md").read_bytes(),
    )


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


def arguments(root: Path) -> list[str]:
    return [
        "--docs", str(root / "docs"), "--spec", str(root / "openapi.yaml"), "--client", str(root / "client"),
        "--config", str(ROOT / "generator-config.yaml"), "--templates", str(ROOT / "templates"),
        "--date", "2026-01-02",
    ]  # fmt: skip


def write_docs(root: Path, field: str) -> None:
    (root / "docs").mkdir(exist_ok=True)
    operations = (op_markdown(responses=RESPONSE % field), LISTING)
    (root / "docs" / "things.md").write_text(doc_markdown(*operations))


def run(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """regenerate.py on ``root``; with ``env``, tests/faulty_regenerate.py with that fault (a
    process forked from this one: the crash tables run it a hundred times)."""
    if env:
        return run_forked(arguments(root), env)
    command = [sys.executable, str(REGENERATE), *arguments(root)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def sharded_run(root: Path, **fault: str) -> subprocess.CompletedProcess[str]:
    """``run`` with ``fault``, forked, generating through the shard cache (SHARDED)."""
    return run_forked(arguments(root), {**SHARDED, **fault})


def recover(project: Path) -> subprocess.CompletedProcess[str]:
    """``regenerate.py --recover`` (as make check and make test run it), its code in this process:
    the crash itself is a process of its own (killed), the recovery needs none (``make recover``
    runs the script itself in test_recovery_after_crash)."""
    command = [*arguments(project), "--recover"]
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = regenerate.main(command)
    return subprocess.CompletedProcess(command, code, stdout.getvalue(), stderr.getvalue())


def paused_run(root: Path, ignoring_ctrl_c: bool = False) -> subprocess.Popen[str]:
    """regenerate.py stopped at "client-staged" (lock held, everything staged) until a line on
    stdin; ``ignoring_ctrl_c``: started as a shell without job control starts a background
    command, with SIGINT ignored."""
    command = [sys.executable, str(FAULTY), *arguments(root)]
    env = {**os.environ, "REGENERATE_PAUSE_AT": "client-staged"}
    pipe = subprocess.PIPE
    ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignoring_ctrl_c else None
    return subprocess.Popen(
        command, stdin=pipe, stdout=pipe, stderr=pipe, text=True, env=env, preexec_fn=ignore
    )


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, State, State]:
    """A project at 0.2.0 (spec, client, CHANGES.md) whose docs now give 0.3.0; the states
    before and after that regeneration."""
    root = tmp_path_factory.mktemp("base")
    write_docs(root, "name")
    assert regenerate.main(arguments(root)) == 0
    write_docs(root, "title")
    assert regenerate.main(arguments(root)) == 0
    write_docs(root, "label")
    old = state(root)
    finished = tmp_path_factory.mktemp("finished") / "p"
    shutil.copytree(root, finished)
    assert regenerate.main(arguments(finished)) == 0
    new = state(finished)
    assert b"version: 0.3.0" in new[0] and new[2].count(b"## 0.3.0") == 1
    return root, old, new


@pytest.fixture
def project(versions: tuple[Path, State, State], tmp_path: Path) -> Path:
    shutil.copytree(versions[0], tmp_path / "p")
    return tmp_path / "p"


@pytest.mark.parametrize("step", BEFORE_JOURNAL + AFTER_JOURNAL)
def test_a_run_killed_at_any_step_is_finished_or_undone_by_the_next(
    step: str, project: Path, versions: tuple[Path, State, State]
) -> None:
    _, old, new = versions
    killed = run(project, REGENERATE_CRASH_AT=step)
    assert killed.returncode == CRASH_EXIT, killed.stderr
    recovery = recover(project)
    assert recovery.returncode == 0, recovery.stderr
    finished = "finished the install an interrupted run had started" in recovery.stdout
    assert finished == (step not in [*BEFORE_JOURNAL, "journal-removed"])
    cleaned = "staging file(s) an interrupted run left behind" in recovery.stdout
    staged = step in [*BEFORE_JOURNAL[1:], "journal-removed"]  # staging files exist, and no journal
    assert cleaned == staged  # a journal cleans up after itself
    assert state(project) == (old if step in BEFORE_JOURNAL else new)
    assert leftovers(project) == []


def test_the_next_full_run_after_a_kill_installs_once(
    project: Path, versions: tuple[Path, State, State]
) -> None:
    """Killed between two renames: the next run neither loses nor repeats the CHANGES.md entry."""
    assert sharded_run(project, REGENERATE_CRASH_AT="move-2").returncode == CRASH_EXIT
    again = run(project)
    assert again.returncode == 0, again.stderr
    assert "finished the install an interrupted run had started" in again.stdout
    assert "no API changes" in again.stdout
    assert state(project) == versions[2]


def test_staging_files_of_a_dead_run_are_removed_by_the_next(
    project: Path, versions: tuple[Path, State, State]
) -> None:
    assert sharded_run(project, REGENERATE_CRASH_AT="client-staged").returncode == CRASH_EXIT
    names = leftovers(project)
    assert [n for n in names if n.startswith(".openapi.yaml.") and n.endswith(".yaml")]
    assert [n for n in names if n.startswith(".client.")]
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", *STAGING_NAMES],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ignored.stdout.split() == STAGING_NAMES
    again = run(project)
    assert again.returncode == 0, again.stderr
    assert "staging file(s) an interrupted run left behind" in again.stdout
    assert state(project) == versions[2]
    assert leftovers(project) == []


@pytest.mark.parametrize("ignoring_ctrl_c", [False, True], ids=["foreground", "started-in-background"])
def test_ctrl_c_exits_130_without_a_traceback_and_changes_nothing(
    project: Path, versions: tuple[Path, State, State], ignoring_ctrl_c: bool
) -> None:
    """Also when the test run itself was started in the background (SIGINT ignored)."""
    with paused_run(project, ignoring_ctrl_c) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline() == "converted 2 operations from 1 file(s)\n"
        assert process.stdout.readline() == "paused at client-staged\n"
        process.send_signal(signal.SIGINT)
        try:  # a guard against a hang (a run that ignores Ctrl-C), not a deadline
            code = process.wait(timeout=HANG_GUARD_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError("the paused run did not stop on Ctrl-C") from None
        stderr = process.stderr.read()
    assert code == 130
    assert "Traceback" not in stderr
    assert stderr == "interrupted: nothing was replaced\n"
    assert state(project) == versions[1]
    assert leftovers(project) == []


def test_a_second_run_fails_at_once_while_the_first_holds_the_lock(
    project: Path, versions: tuple[Path, State, State], capsys: pytest.CaptureFixture[str]
) -> None:
    with paused_run(project) as first:
        assert first.stdout is not None and first.stdin is not None
        assert first.stdout.readline() == "converted 2 operations from 1 file(s)\n"
        assert first.stdout.readline() == "paused at client-staged\n"
        assert regenerate.main(arguments(project)) == 1  # the second run, while the first is paused
        assert "another regeneration into" in capsys.readouterr().err
        assert state(project) == versions[1]
        first.stdin.write("\n")
        first.stdin.close()
        assert first.wait() == 0
    assert state(project) == versions[2]  # the first run's change and entry are there
    assert regenerate.main(arguments(project)) == 0  # and a later run finds nothing to add
    assert state(project) == versions[2]


def test_the_pipeline_reports_each_step_through_the_seam_the_tests_own(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The faults above are put in through ``rtkgen.install.journal.step_hook``: every step the crash
    tests name is reached, once, in order."""
    seen: list[str] = []
    monkeypatch.setattr(install_journal, "step_hook", seen.append)
    assert regenerate.main(arguments(project)) == 0
    assert seen == BEFORE_JOURNAL[:2] + STAGING_WRITTEN + BEFORE_JOURNAL[2:] + AFTER_JOURNAL


def test_the_pipeline_reads_no_fault_switch() -> None:
    """No module of scripts/ names a fault variable: only the tests' wrapper reads them."""
    named = [
        path.name
        for path in sorted((ROOT / "scripts").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "REGENERATE_" in node.value
    ]
    assert named == []
    assert "REGENERATE_CRASH_AT" in FAULTY.read_text(encoding="utf-8")  # the scan reads what it must


@pytest.mark.parametrize("step", BEFORE_JOURNAL[:2] + STAGING_WRITTEN + BEFORE_JOURNAL[2:] + AFTER_JOURNAL)
def test_ctrl_c_at_any_step_says_what_was_installed_and_leaves_no_staging_file(
    step: str, project: Path, versions: tuple[Path, State, State]
) -> None:
    """A real SIGINT (``REGENERATE_SIGINT_AT``): during the renames it waits until they are done,
    so from the journal on the three new files are in place, and the message says so."""
    _, old, new = versions
    interrupted = sharded_run(project, REGENERATE_SIGINT_AT=step)
    assert interrupted.returncode == 130, interrupted.stderr
    assert "Traceback" not in interrupted.stderr
    if step in AFTER_JOURNAL:
        assert interrupted.stderr == "interrupted: the new spec, client and CHANGES.md were installed\n"
        assert state(project) == new
    else:
        assert interrupted.stderr == "interrupted: nothing was replaced\n"
        assert state(project) == old
    assert leftovers(project) == []  # no .CHANGES.md.*.md, .openapi.yaml.*.yaml, journal or folder


def test_ctrl_c_while_an_earlier_install_is_finished_says_so(
    project: Path, versions: tuple[Path, State, State]
) -> None:
    assert sharded_run(project, REGENERATE_CRASH_AT="move-2").returncode == CRASH_EXIT
    again = sharded_run(project, REGENERATE_SIGINT_AT="move-4")  # a rename of the recovery, not of this run
    assert again.returncode == 130, again.stderr
    journal = project / ".openapi.yaml.journal"
    assert again.stderr == (
        f"interrupted: the install an interrupted run had started was finished ({journal}); "
        "nothing else was replaced\n"
    )
    assert state(project) == versions[2]
    assert leftovers(project) == []
