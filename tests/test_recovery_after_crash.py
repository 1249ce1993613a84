"""Recovery that never sticks: a run killed during its install, then the user changes the tree
(restores the client with git, deletes it, edits it, restores the spec), and the next run
(``--recover``, as make check and make test run it, or a full make generate) still ends with
the spec, the client and CHANGES.md of one generation, says what it did, and loses no edit.

The table tests kill the pipeline itself (``REGENERATE_CRASH_AT``, see test_pipeline_crash,
generating through the shard cache: ``sharded_run``) in a git repository holding the previous
generation, so "git checkout" is the real command.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT
from faulty_regenerate import CRASH_EXIT
from rtkgen.changes import changelog_cli
from rtkgen.core.openapi_common import load_yaml
from rtkgen.install import pipeline as regenerate
from rtkgen.install.journal import journal_path
from test_pipeline_crash import State, arguments, recover, run, sharded_run, state, write_docs

EDITED = "client/realtimekit_client/models/get_a_thing_response_200.py"
MY_EDIT = "# my edit\n"
# The crash points with a journal, and how many of its six renames (client aside, client in,
# spec aside, spec in, CHANGES.md aside, CHANGES.md in) were done at each.
RENAMES_DONE = {"journal-written": 0, **{f"move-{n}": n + 1 for n in range(6)}}


def git(root: Path, *command: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *command],
        cwd=root,
        check=True,
        capture_output=True,
    )


def restore_client(root: Path) -> None:
    git(root, "checkout", "--", "client")


def delete_client(root: Path) -> None:
    shutil.rmtree(root / "client", ignore_errors=True)


def edit_client(root: Path) -> None:
    """Append to a generated module; with no client there, write a file of one's own in it."""
    edited = root / EDITED
    if edited.exists():
        with edited.open("a", encoding="utf-8") as stream:
            stream.write(MY_EDIT)
    else:
        (root / "client").mkdir(exist_ok=True)
        (root / "client" / "NOTES.md").write_text(MY_EDIT, encoding="utf-8")


def restore_spec(root: Path) -> None:
    git(root, "checkout", "--", "openapi.yaml")


ACTIONS: dict[str, Callable[[Path], None]] = {
    "none": lambda root: None,
    "git-checkout-client": restore_client,
    "rm-client": delete_client,
    "edit-client": edit_client,
    "restore-spec": restore_spec,
}


@pytest.fixture(scope="module")
def generations(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, State, State]:
    """A git repository holding a project at 0.2.0 (committed) whose docs now give 0.3.0; the
    states before and after that regeneration."""
    root = tmp_path_factory.mktemp("base")
    write_docs(root, "name")
    assert regenerate.main(arguments(root)) == 0
    write_docs(root, "title")
    assert regenerate.main(arguments(root)) == 0
    git(root, "init", "-q")
    # A sharded run links the old client's files that it keeps into the new one (a hard link
    # changes a file's ctime, not its bytes): git then takes them for changed, and "git checkout"
    # writes them anew, or not, as the run crossed a second of the clock or not (the recovery
    # then says the client was changed). Stat data is git's own cache, not an edit of the user's:
    # this repository compares no ctimes.
    git(root, "config", "core.trustctime", "false")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "0.2.0")
    write_docs(root, "label")
    old = state(root)
    finished = tmp_path_factory.mktemp("finished") / "p"
    shutil.copytree(root, finished)
    assert regenerate.main(arguments(finished)) == 0
    return root, old, state(finished)


@pytest.fixture
def project(generations: tuple[Path, State, State], tmp_path: Path) -> Path:
    shutil.copytree(generations[0], tmp_path / "p")
    git(tmp_path / "p", "update-index", "-q", "--refresh")  # the copy's files are new inodes
    return tmp_path / "p"


def crashed(project: Path, step: str, action: str) -> None:
    """The pipeline killed at ``step``, then the user's ``action``."""
    killed = sharded_run(project, REGENERATE_CRASH_AT=step)
    assert killed.returncode == CRASH_EXIT, killed.stderr
    ACTIONS[action](project)


def outcome(step: str, action: str) -> tuple[str, str | None]:
    """("finished" or "undid", what the message says changed after the crash) for a crash at
    ``step`` followed by ``action``."""
    done = RENAMES_DONE[step]
    client_in, client_out, spec_in = done >= 2, done == 1, done >= 4
    if action in ("git-checkout-client", "edit-client"):
        if action == "git-checkout-client" and done == 0:
            return "finished", None  # the old client is there: git has nothing to restore
        return ("undid" if client_in else "finished"), "client was changed"
    if action == "rm-client":
        return ("undid" if client_in else "finished"), None if client_out else "client was deleted"
    if action == "restore-spec" and done >= 3:
        return ("undid" if spec_in else "finished"), "openapi.yaml was changed"
    return "finished", None


def consistent(root: Path) -> str:
    """The version of a tree whose spec, client and CHANGES.md are of one generation."""
    said = io.StringIO()  # scripts/check_changelog.py's code, in this process (a process per case costs)
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        code = changelog_cli.main([str(root / "openapi.yaml"), str(root / "CHANGES.md")])
    assert code == 0, said.getvalue()
    version = load_yaml((root / "openapi.yaml").read_text())["info"]["version"]
    assert f'version = "{version}"' in (root / "client" / "pyproject.toml").read_text()
    return str(version)


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".") and p.name != ".git")


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("step", RENAMES_DONE)
def test_recovery_after_a_crash_and_any_user_action_ends_in_one_generation(
    step: str, action: str, project: Path, generations: tuple[Path, State, State]
) -> None:
    _, old, new = generations
    crashed(project, step, action)
    recovery = recover(project)
    assert recovery.returncode == 0, recovery.stderr
    done, changed = outcome(step, action)
    lines = recovery.stdout.splitlines()
    assert lines[0].startswith(f"{done} the install an interrupted run had started"), lines
    which = "the new ones" if done == "finished" else "the ones from before it"
    assert lines[0].endswith(f"client, openapi.yaml and CHANGES.md are {which}")
    assert (changed is not None) == ("after it)" in lines[0])
    if changed is not None:
        assert f"({changed} after it)" in lines[0]
    assert state(project) == (new if done == "finished" else old)
    assert leftovers(project) == []
    aside = project / "client.after-crash"
    if action == "edit-client":  # the edit is kept, out of the way, and the message says where
        name = "NOTES.md" if RENAMES_DONE[step] == 1 else EDITED.removeprefix("client/")
        assert (aside / name).read_text().endswith(MY_EDIT)
        assert lines[1] == f"moved 1 file(s) changed after the interrupted run to {aside}: {name}"
    else:
        assert not aside.exists() and len(lines) == 1


NEXT_GENERATE = [
    *((step, action) for step in ("client-staged", "journal-removed") for action in ACTIONS),
    ("journal-written", "rm-client"),
    ("move-0", "git-checkout-client"),  # the run that used to fail with "Directory not empty"
    ("move-1", "edit-client"),
    ("move-3", "restore-spec"),
]


@pytest.mark.parametrize(("step", "action"), NEXT_GENERATE)
def test_the_next_make_generate_after_a_crash_and_a_user_action_installs_the_new_generation(
    step: str, action: str, project: Path, generations: tuple[Path, State, State]
) -> None:
    crashed(project, step, action)
    again = sharded_run(project)  # regenerate.py, forked as the crash was
    assert again.returncode == 0, again.stderr
    assert leftovers(project) == []
    if (step, action) == ("journal-removed", "git-checkout-client"):
        # The install had finished: the user put back the 0.2.0 client under the 0.3.0 spec,
        # so the next run reports the 0.2.0 -> 0.3.0 client changes again, as 0.4.0.
        assert consistent(project) == "0.4.0"
        return
    assert state(project) == generations[2]
    if step in RENAMES_DONE:
        done, _ = outcome(step, action)
        assert again.stdout.startswith(f"{done} the install an interrupted run had started")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the project (the git repository left out)."""
    files = (p for p in root.rglob("*") if p.is_file() and ".git" not in p.relative_to(root).parts)
    return {str(path.relative_to(root)): path.read_bytes() for path in files}


def refused(project: Path) -> str:
    """The command the refusal says to run, after checking that it changed nothing."""
    before = snapshot(project)
    recovery = recover(project)
    assert recovery.returncode == 1
    assert recovery.stdout == "" and "Traceback" not in recovery.stderr
    assert "nothing was changed" in recovery.stderr.lower()
    assert snapshot(project) == before
    command = recovery.stderr.rstrip("\n").rsplit("run: ", 1)[1]
    assert command == f"rm '{journal_path(project / 'openapi.yaml')}'"
    return command


def test_when_neither_generation_is_whole_recovery_changes_nothing_and_says_what_to_run(
    project: Path,
) -> None:
    """Killed once the new client was in: the user edits it, and edits the old spec too."""
    crashed(project, "move-1", "edit-client")
    with (project / "openapi.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# my note\n")
    command = refused(project)
    assert "client was changed and openapi.yaml was changed after it" in recover(project).stderr
    subprocess.run(command, shell=True, check=True)
    again = run(project)  # the way out works, and the edits were where the user left them
    assert again.returncode == 0, again.stderr
    assert consistent(project) == "0.3.0"
    assert leftovers(project) == []


def test_an_unreadable_journal_changes_nothing_and_says_what_to_run(project: Path) -> None:
    crashed(project, "move-0", "none")
    journal_path(project / "openapi.yaml").write_text('{"moves": [', encoding="utf-8")
    refused(project)


SETTINGS = [("SPEC", "openapi.yaml"), ("CLIENT", "client"), ("CHANGES", "CHANGES.md")]


def test_make_test_finishes_an_interrupted_install_before_anything_else(
    project: Path, generations: tuple[Path, State, State]
) -> None:
    for target, first in (("test", "ruff check"), ("test-fast", "pytest")):
        dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True)
        lines = dry.stdout.splitlines()
        recovery = next(
            i for i, line in enumerate(lines) if "regenerate.py --recover --spec openapi.yaml" in line
        )
        assert recovery < next(i for i, line in enumerate(lines) if first in line)
    crashed(project, "move-0", "git-checkout-client")  # the run of the issue
    settings = [
        f"SPEC={project / 'openapi.yaml'}",
        f"CLIENT={project / 'client'}",
        f"CHANGES={project / 'CHANGES.md'}",
    ]
    recovered = subprocess.run(["make", "-s", "recover", *settings], cwd=ROOT, capture_output=True, text=True)
    assert recovered.returncode == 0, recovered.stderr
    assert recovered.stdout.startswith(
        "finished the install an interrupted run had started (client was changed"
    )
    assert state(project) == generations[2]
    again = subprocess.run(["make", "-s", "recover", *settings], cwd=ROOT, capture_output=True, text=True)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")  # no journal: nothing to do
