"""Crash-safe installation of regenerated outputs: a lock, a journal of renames, recovery.

Every output (the spec, CHANGES.md, the client folder) is first written in full beside its
target under a staging name. Then a journal is written (atomically, fsync'ed) listing the
renames that install them: each live target is moved aside to a backup name, each staged path
is moved in. Only then do the renames run; the journal is removed when they are all done, and
the backups (the old outputs) are deleted last.

Each rename can tell whether it was done from the file system alone: a backup rename is done
when its backup exists, an install rename when its staged source no longer exists. So a run
that died at any instant (SIGKILL, power loss) is finished by the next run from the journal
(``recover``), and a failure inside the running process is rolled back (``rollback``): either
way the three outputs are all old or all new. Staging files left by a run that died before its
journal was written are deleted by the next run (``clean_staging``).

The journal also records what each target held before the install and what it will hold after
(a ``Fingerprint``: size, mtime and inode of every file), so recovery can tell when someone
changed a target after the crash (restored the client with git, deleted it, edited it, restored
the spec). It then finishes the install when the new generation is still whole, or undoes it
when the old one is; files changed after the crash that match neither generation are moved
aside first (``<target>.after-crash``) and named. When neither generation is whole it changes
nothing and raises :class:`RecoveryError` with the command that gives the install up.

The lock (``run_lock``) is an ``flock`` on the folder of the spec (no lock file is left
behind): a second run into the same folder fails at once with :class:`Busy` (it does not
wait). The kernel drops the lock when its process dies, so a killed run never leaves a stale
lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rtkgen.generator.client_files import named, tree_files


def _no_fault(step: str) -> None:
    """What a run does at a step: nothing (see ``step_hook``)."""


# The seam of the crash tests: called with each step the pipeline reaches (``reached``). A test
# replaces it to crash, interrupt or pause a run there (tests/faulty_regenerate.py); the pipeline
# itself reads no switch for that.
step_hook: Callable[[str], None] = _no_fault


def reached(step: str) -> None:
    """The pipeline reached ``step``, a point where a crash test may stop it: ``step_hook(step)``."""
    step_hook(step)


class Busy(RuntimeError):
    """Another run holds the lock."""


def journal_path(spec: Path) -> Path:
    return spec.absolute().with_name(f".{spec.name}.journal")


@contextmanager
def run_lock(output: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock of the folder of ``output`` for the ``with`` body; :class:`Busy` at once
    when another process holds it, or, with ``waiting``, that is called and the lock waited
    for. A folder made for the lock is removed again when the body left it empty (a run that
    failed on bad input writes nothing, not even a folder)."""
    folder = output.absolute().parent
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with _locked(folder, waiting):
            yield
    finally:
        if made:
            with suppress(OSError):  # not empty: the run wrote its output there
                folder.rmdir()


@contextmanager
def _locked(folder: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock on ``folder`` (an flock on the folder itself) for the ``with`` body."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
                fcntl.flock(handle, fcntl.LOCK_EX)
                yield
                return
            raise Busy(
                f"another regeneration into {folder} is running (it holds the lock on that folder); "
                "wait for it to finish and run again"
            ) from None
        yield
    finally:
        os.close(handle)  # closing drops the lock


@contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the ``with`` body is over (the renames take milliseconds)."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@dataclass(frozen=True)
class Move:
    """One rename of the install. ``backup``: a live target moved aside; ``install``: a staged
    path moved to its target."""

    source: Path
    target: Path
    kind: Literal["backup", "install"]

    def done(self) -> bool:
        if self.kind == "backup":
            return os.path.lexists(self.target)
        return not os.path.lexists(self.source)

    def leftover(self) -> Path:
        """The path that holds the losing side once all moves went one way or the other."""
        return self.target if self.kind == "backup" else self.source


def plan(staged: Path, target: Path, backup: Path) -> list[Move]:
    """The moves that put ``staged`` in place of ``target`` (keeping the old one at ``backup``)."""
    moves = [Move(target, backup, "backup")] if os.path.lexists(target) else []
    return [*moves, Move(staged, target, "install")]


def _fsync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


# A file's or a folder's files: relative path ("" for a file) -> [size, mtime_ns, inode].
Fingerprint = dict[str, list[int]]


def fingerprint(path: Path) -> Fingerprint | None:
    """What ``path`` holds, cheaply (stat only, caches left out); None when it does not exist."""
    if not os.path.lexists(path):
        return None
    if not path.is_dir() or path.is_symlink():
        return {"": _stat_key(path)}
    return {name: _stat_key(path / name) for name in tree_files(path)}


def _stat_key(path: Path) -> list[int]:
    status = os.lstat(path)
    return [status.st_size, status.st_mtime_ns, status.st_ino]


def _states(moves: list[Move]) -> dict[str, dict[str, Fingerprint | None]]:
    """For each target of ``moves``: its fingerprint now ("old") and after the install ("new")."""
    states: dict[str, dict[str, Fingerprint | None]] = {}
    for move in moves:
        if move.kind == "backup":
            states.setdefault(str(move.source), {})["old"] = fingerprint(move.source)
        else:
            states.setdefault(str(move.target), {"old": None})["new"] = fingerprint(move.source)
    return states


def write_journal(journal: Path, moves: list[Move], extra: list[Path]) -> None:
    """Write the journal durably: after this, the install is finished even if the process dies."""
    record = {
        "moves": [{"source": str(m.source), "target": str(m.target), "kind": m.kind} for m in moves],
        "cleanup": [str(path) for path in extra],
        "states": _states(moves),
    }
    temporary = journal.with_name(journal.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        json.dump(record, stream, separators=(",", ":"))  # compact: a large client has 25,000 files
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, journal)
    _fsync_folder(journal.parent)


def read_journal(journal: Path) -> tuple[list[Move], list[Path]]:
    moves, extra, _ = _read_record(journal)
    return moves, extra


def _read_record(journal: Path) -> tuple[list[Move], list[Path], dict[str, dict[str, Fingerprint | None]]]:
    """The moves, the paths to delete afterwards and the targets' states (empty in a journal
    written before states were recorded); RecoveryError when the journal cannot be read."""
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        moves = [Move(Path(m["source"]), Path(m["target"]), m["kind"]) for m in record["moves"]]
        return moves, [Path(path) for path in record["cleanup"]], dict(record.get("states", {}))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RecoveryError(
            f"cannot read the journal of an interrupted install ({exc}); nothing was changed. "
            f"To give that install up and keep the files as they are now, run: rm '{journal}'"
        ) from exc


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


def _finish(journal: Path, moves: list[Move], extra: list[Path]) -> None:
    for folder in {m.target.parent for m in moves}:
        _fsync_folder(folder)
    journal.unlink()
    reached("journal-removed")
    for path in [*(m.leftover() for m in moves), *extra]:
        _remove(path)


def roll_forward(journal: Path, moves: list[Move], extra: list[Path]) -> None:
    """Do the moves not yet done, in order; then drop the journal and the old outputs. A live
    target that is gone (recovery removed it) has nothing to move aside."""
    for number, move in enumerate(moves):
        if not move.done() and not (move.kind == "backup" and not os.path.lexists(move.source)):
            os.replace(move.source, move.target)
        reached(f"move-{number}")
    _finish(journal, moves, extra)


def rollback(journal: Path, moves: list[Move], extra: list[Path]) -> None:
    """Undo the moves done, last first; then drop the journal and the new outputs. An
    installed target that is gone (recovery removed it) has nothing to move back."""
    for move in reversed(moves):
        if move.done() and os.path.lexists(move.target):
            os.replace(move.target, move.source)
    _finish(journal, moves, extra)


def _nothing() -> None:
    return None


def install(journal: Path, moves: list[Move], extra: list[Path], done: Callable[[], None] = _nothing) -> None:
    """Journal ``moves`` and run them; on any failure undo them (``extra`` is deleted after).
    ``done`` is called once the moves are all done, before a Ctrl-C that came meanwhile is
    let through (so the caller knows what happened whatever the instant of the Ctrl-C)."""
    with signals_deferred():
        write_journal(journal, moves, extra)
        reached("journal-written")
        try:
            roll_forward(journal, moves, extra)
        except BaseException:
            if journal.exists():
                rollback(journal, moves, extra)
            raise
        done()


class RecoveryError(RuntimeError):
    """An interrupted install can be neither finished nor undone; the message says what to run."""


@dataclass
class Recovery:
    """What ``recover`` did: ``finished`` (else undone), the targets, what was changed after
    the crash, and the files it moved aside (``(folder, names)`` pairs)."""

    finished: bool
    targets: list[Path]
    changed: list[str]
    moved: list[tuple[Path, list[str]]]

    def lines(self) -> list[str]:
        """One line for the outcome, one for each folder of files moved aside."""
        names = _listed([target.name for target in self.targets])
        why = f" ({_listed(self.changed)} after it)" if self.changed else ""
        done = "finished" if self.finished else "undid"
        which = "the new ones" if self.finished else "the ones from before it"
        outcome = f"{done} the install an interrupted run had started{why}: {names} are {which}"
        moved = [
            f"moved {len(files)} file(s) changed after the interrupted run to {folder}: {named(files)}"
            for folder, files in self.moved
        ]
        return [outcome, *moved]


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@dataclass
class _Target:
    """One output of the install as recovery finds it."""

    path: Path
    backup: Move | None  # None: the target did not exist before the install
    install: Move
    old: Fingerprint | None
    new: Fingerprint | None

    @property
    def backed_up(self) -> bool:
        return self.backup is not None and self.backup.done()

    @property
    def installed(self) -> bool:
        return self.install.done()

    def expected(self) -> Fingerprint | None:
        """What the live path holds if nobody touched it since the crash."""
        if self.installed:
            return self.new
        return None if self.backup is None or self.backed_up else self.old

    def new_whole(self, live: Fingerprint | None) -> bool:
        """Whether the new generation of the target is intact (live or staged)."""
        return live == self.new if self.installed else fingerprint(self.install.source) == self.new

    def old_whole(self, live: Fingerprint | None) -> bool:
        """Whether the old generation of the target is intact (live or moved aside)."""
        if self.backup is None:
            return True  # undone, the target is absent again
        return fingerprint(self.backup.target) == self.old if self.backed_up else live == self.old

    def copies(self) -> list[Path]:
        """The intact copies of either generation that are not the live path."""
        paths = [self.backup.target] if self.backup is not None and self.backed_up else []
        return paths + ([self.install.source] if not self.installed else [])


def _targets(moves: list[Move], states: dict[str, dict[str, Fingerprint | None]]) -> list[_Target]:
    backups = {m.source: m for m in moves if m.kind == "backup"}
    found = []
    for move in (m for m in moves if m.kind == "install"):
        state = states.get(str(move.target), {})
        found.append(_Target(move.target, backups.get(move.target), move, state.get("old"), state.get("new")))
    return found


def _changed_files(target: _Target, live: Fingerprint) -> list[str]:
    """The files of the live target that are in neither generation (by stat or by content)."""
    known = [fp for fp in (target.old, target.new) if fp is not None]
    changed = []
    for name, key in sorted(live.items()):
        if any(fp.get(name) == key for fp in known):
            continue
        path = target.path / name if name else target.path
        if any(_same_content(path, copy / name if name else copy) for copy in target.copies()):
            continue
        changed.append(name)
    return changed


def _same_content(path: Path, other: Path) -> bool:
    try:
        return other.is_file() and path.read_bytes() == other.read_bytes()
    except OSError:
        return False


def _aside(path: Path) -> Path:
    """A free name beside ``path`` for the files changed after a crash."""
    stem, suffix = (path.name, "") if path.is_dir() else (path.stem, path.suffix)
    number = 1
    while True:
        name = f"{stem}.after-crash{'' if number == 1 else f'-{number}'}{suffix}"
        if not os.path.lexists(path.with_name(name)):
            return path.with_name(name)
        number += 1


def _clear(target: _Target, live: Fingerprint) -> tuple[Path, list[str]] | None:
    """Remove the live target, moving the files changed after the crash aside first."""
    changed = _changed_files(target, live)
    moved = None
    if changed:
        folder = _aside(target.path)
        if changed == [""]:
            os.replace(target.path, folder)
            return folder, [target.path.name]
        for name in changed:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(target.path / name, folder / name)
        moved = (folder, changed)
    _remove(target.path)
    return moved


def _what_changed(target: _Target, live: Fingerprint | None) -> str:
    if live is None:
        return f"{target.path.name} was deleted"
    return f"{target.path.name} was changed"


def recover(journal: Path, done: Callable[[], None] = _nothing) -> Recovery | None:
    """Finish, or undo, the install an earlier run left in ``journal`` (None when there is
    none): finished when the new generation of every target is whole, undone when the old one
    is (see the module doc); RecoveryError, with nothing changed, when neither is. ``done`` is
    called once the renames are over, before a Ctrl-C that came meanwhile is let through."""
    if not journal.exists():
        return None
    moves, extra, states = _read_record(journal)
    targets = _targets(moves, states)
    if not states:  # a journal of an older version, without fingerprints: finish it
        with signals_deferred():
            roll_forward(journal, moves, extra)
            done()
        return Recovery(True, [t.path for t in targets], [], [])
    live = {target.path: fingerprint(target.path) for target in targets}
    touched = [t for t in targets if live[t.path] != t.expected()]
    forward = all(t.new_whole(live[t.path]) for t in targets)
    if not forward and not all(t.old_whole(live[t.path]) for t in targets):
        why = _listed([_what_changed(t, live[t.path]) for t in touched])
        raise RecoveryError(
            f"cannot finish or undo the install an interrupted run started ({journal}): {why} "
            "after it, and neither the old nor the new generation is whole any more. Nothing was "
            f"changed. To give that install up and keep the files as they are now, run: rm '{journal}'"
        )
    with signals_deferred():
        moved = []
        for target in touched:
            current = live[target.path]
            if current is not None:
                aside = _clear(target, current)
                moved += [aside] if aside else []
        (roll_forward if forward else rollback)(journal, moves, extra)
        done()
    changed = [_what_changed(t, live[t.path]) for t in touched]
    return Recovery(forward, [t.path for t in targets], changed, moved)


def clean_staging(patterns: list[tuple[Path, str]]) -> list[Path]:
    """Delete what matches each (folder, glob) pair (a glob ending in ``/`` matches folders
    only); only call it with the lock held and no journal left."""
    removed = []
    for folder, pattern in patterns:
        if not folder.is_dir():
            continue
        folders_only = pattern.endswith("/")
        for path in sorted(folder.glob(pattern.rstrip("/"))):
            if folders_only and not (path.is_dir() and not path.is_symlink()):
                continue
            _remove(path)
            removed.append(path)
    return removed
