"""``make check`` (scripts/make_check.py): files of one's own in the client are not a
difference, two checks at once both pass, and a Ctrl-C says what was changed.

Each test regenerates a two-operation project in tmp_path, then checks it the way the Makefile
does, in a process of its own (the checks' temporary folders go to a folder of the test,
``TMPDIR``, so that a folder left behind shows). Every regeneration goes through the shard cache
(``SHARDED``, see test_pipeline_crash): after the fixture's, a check's regeneration of the same
docs does not start the generator.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from faulty_regenerate import CRASH_EXIT
from rtkgen.install import pipeline as regenerate
from test_pipeline_crash import SHARDED, write_docs  # the same two operations

MAKE_CHECK = ROOT / "scripts" / "make_check.py"
# make_check.py and regenerate.py with the tests' faults (REGENERATE_*_AT=STEP) at a step.
FAULTY_MAKE_CHECK = ROOT / "tests" / "faulty_make_check.py"
FAULTY_REGENERATE = ROOT / "tests" / "faulty_regenerate.py"


def outputs(root: Path) -> list[str]:
    return ["--spec", str(root / "openapi.yaml"), "--client", str(root / "client")]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose spec, client and CHANGES.md are what its docs produce."""
    root = tmp_path / "p"
    (root / "docs").mkdir(parents=True)
    write_docs(root, "name")
    with monkeypatch.context() as patched:
        for name, value in SHARDED.items():
            patched.setenv(name, value)
        assert regenerate.main(["--docs", str(root / "docs"), *outputs(root)]) == 0
    (tmp_path / "tmp").mkdir()
    return root


def command(root: Path, faulty: bool = False) -> list[str]:
    script = FAULTY_MAKE_CHECK if faulty else MAKE_CHECK
    return [sys.executable, str(script), "--docs", str(root / "docs"), *outputs(root)]


def environment(root: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "TMPDIR": str(root.parent / "tmp"), **SHARDED, **extra}


def check(root: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(root, bool(extra)), cwd=ROOT, env=environment(root, **extra), capture_output=True, text=True
    )


def contents(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_files_of_ones_own_in_the_client_pass_and_an_edit_fails(project: Path) -> None:
    (project / "client" / "notes.txt").write_text("mine\n")
    (project / "client" / "scratch").mkdir()
    (project / "client" / "scratch" / "try.py").write_text("print('mine')\n")
    passed = check(project)
    assert passed.returncode == 0, passed.stderr
    assert "2 file(s) of your own in" in passed.stdout and "notes.txt" in passed.stdout
    assert list((project.parent / "tmp").iterdir()) == []  # the private folder is removed

    generated = next((project / "client").glob("*/api/*/*.py"))
    generated.write_text(generated.read_text() + "# edited\n")
    failed = check(project)
    assert failed.returncode == 1
    assert "is not what the docs produce" in failed.stderr
    assert f"differs: {generated.relative_to(project / 'client')}" in failed.stderr


def test_a_file_of_ones_own_with_a_generated_name_fails(project: Path) -> None:
    """What make generate refuses, make check refuses too."""
    manifest = project / "client" / ".generated-files"
    name = next(line for line in manifest.read_text().splitlines() if line.endswith(".py"))
    manifest.write_text(manifest.read_text().replace(f"{name}\n", ""))  # as if it were not generated
    failed = check(project)
    assert failed.returncode == 1
    assert "not generated but the new client has files of the same name" in failed.stderr


def test_two_checks_at_once_both_pass(project: Path) -> None:
    """The second waits for the first (the lock), each regenerates into a folder of its own."""
    pipe = subprocess.PIPE
    env = environment(project, REGENERATE_PAUSE_AT="check-locked")
    with subprocess.Popen(
        command(project, True), cwd=ROOT, env=env, stdin=pipe, stdout=pipe, text=True
    ) as first:
        assert first.stdout is not None and first.stdin is not None
        assert first.stdout.readline() == "paused at check-locked\n"
        with subprocess.Popen(
            command(project), cwd=ROOT, env=environment(project), stdout=pipe, text=True
        ) as second:
            assert second.stdout is not None
            assert second.stdout.readline().startswith(
                "make check: waiting for the regeneration or check into"
            )
            first.stdin.write("\n")
            first.stdin.close()
            assert first.wait() == 0
            assert "are what the docs produce" in first.stdout.read()
            assert second.wait() == 0
            assert "are what the docs produce" in second.stdout.read()
    assert list((project.parent / "tmp").iterdir()) == []


@pytest.mark.parametrize("step", ["check-locked", "converted", "client-staged", "journal-written"])
def test_ctrl_c_during_a_check_changes_nothing_and_says_so(project: Path, step: str) -> None:
    """At the check's own step or inside its regeneration (the private one: its install too)."""
    before = contents(project)
    interrupted = check(project, REGENERATE_SIGINT_AT=step)
    assert interrupted.returncode == 130, interrupted.stderr
    assert interrupted.stderr.endswith("make check: interrupted: nothing was changed\n")
    assert "Traceback" not in interrupted.stderr
    assert contents(project) == before
    assert list((project.parent / "tmp").iterdir()) == []


def crashed_install(project: Path) -> None:
    """A regeneration to a new version killed between two renames (its journal left behind)."""
    write_docs(project, "title")
    arguments = [sys.executable, str(FAULTY_REGENERATE), "--docs", str(project / "docs"), *outputs(project)]
    crashed = subprocess.run(
        arguments,
        cwd=ROOT,
        env={**os.environ, **SHARDED, "REGENERATE_CRASH_AT": "move-2"},
        capture_output=True,
        text=True,
    )
    assert crashed.returncode == CRASH_EXIT, crashed.stderr


def test_a_check_first_finishes_an_interrupted_install(project: Path) -> None:
    crashed_install(project)
    checked = check(project)
    assert checked.returncode == 0, checked.stderr
    assert "finished the install an interrupted run had started" in checked.stdout
    assert "title" in (project / "openapi.yaml").read_text()


def test_ctrl_c_while_the_check_finishes_an_earlier_install_says_so(project: Path) -> None:
    crashed_install(project)
    interrupted = check(project, REGENERATE_SIGINT_AT="move-3")  # a rename of the recovery
    assert interrupted.returncode == 130, interrupted.stderr
    journal = project / ".openapi.yaml.journal"
    assert interrupted.stderr == (
        f"make check: interrupted: the install an interrupted run had started was finished ({journal}); "
        "nothing else was changed\n"
    )
    assert not journal.exists()
    assert "title" in (project / "openapi.yaml").read_text()  # the new spec, installed
    assert check(project).returncode == 0  # and the three are what the docs produce
