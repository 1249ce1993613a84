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
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

CRASH_EXIT = 70
_CRASH_AT = "REGENERATE_CRASH_AT"
_INTERRUPT_AT = "REGENERATE_INTERRUPT_AT"
_PAUSE_AT = "REGENERATE_PAUSE_AT"
_SIGINT_AT = "REGENERATE_SIGINT_AT"


def reached(step: str) -> None:
    """Test hook: the pipeline reached ``step``. With ``REGENERATE_CRASH_AT=step`` the process
    dies there (``os._exit``, no cleanup, like SIGKILL); with ``REGENERATE_INTERRUPT_AT=step``
    it raises KeyboardInterrupt (Ctrl-C); with ``REGENERATE_SIGINT_AT=step`` it sends itself
    SIGINT (a real Ctrl-C: deferred where signals are, see :func:`signals_deferred`); with
    ``REGENERATE_PAUSE_AT=step`` it prints ``paused at STEP`` and waits for a line on stdin."""
    if os.environ.get(_CRASH_AT) == step:
        os._exit(CRASH_EXIT)
    if os.environ.get(_INTERRUPT_AT) == step:
        raise KeyboardInterrupt
    if os.environ.get(_SIGINT_AT) == step:
        os.kill(os.getpid(), signal.SIGINT)
    if os.environ.get(_PAUSE_AT) == step:
        print(f"paused at {step}", flush=True)
        sys.stdin.readline()


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


def write_journal(journal: Path, moves: list[Move], extra: list[Path]) -> None:
    """Write the journal durably: after this, the install is finished even if the process dies."""
    record = {
        "moves": [{"source": str(m.source), "target": str(m.target), "kind": m.kind} for m in moves],
        "cleanup": [str(path) for path in extra],
    }
    temporary = journal.with_name(journal.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        json.dump(record, stream, indent=1)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, journal)
    _fsync_folder(journal.parent)


def read_journal(journal: Path) -> tuple[list[Move], list[Path]]:
    record = json.loads(journal.read_text(encoding="utf-8"))
    moves = [Move(Path(m["source"]), Path(m["target"]), m["kind"]) for m in record["moves"]]
    return moves, [Path(path) for path in record["cleanup"]]


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
    """Do the moves not yet done, in order; then drop the journal and the old outputs."""
    for number, move in enumerate(moves):
        if not move.done():
            os.replace(move.source, move.target)
        reached(f"move-{number}")
    _finish(journal, moves, extra)


def rollback(journal: Path, moves: list[Move], extra: list[Path]) -> None:
    """Undo the moves done, last first; then drop the journal and the new outputs."""
    for move in reversed(moves):
        if move.done():
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


def recover(journal: Path, done: Callable[[], None] = _nothing) -> bool:
    """Finish the install an earlier run left in ``journal``; True when there was one (then
    ``done`` is called before a Ctrl-C that came meanwhile is let through)."""
    if not journal.exists():
        return False
    moves, extra = read_journal(journal)
    with signals_deferred():
        roll_forward(journal, moves, extra)
        done()
    return True


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
