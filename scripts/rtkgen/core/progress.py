"""Progress of a long run on stderr: which stage, and how far along.

On a terminal one line is rewritten in place (``\\r``, cleared with ``ESC[K``); anywhere else
(CI, a pipe, a log file) plain lines are written: one when a stage starts and one at each
quarter of a counted stage. Nothing is written during the first ``quiet`` seconds, so short runs
(the RealtimeKit docs, a bad-docs error) stay silent. A child process (the generator) continues
the same display through :func:`child_environment` / :func:`from_environment`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TextIO

QUIET_SECONDS = 2.0
LIVE_INTERVAL = 0.2
_ENV_FD, _ENV_LIVE, _ENV_QUIET, _ENV_OFFSET = (
    "PROGRESS_FD",
    "PROGRESS_LIVE",
    "PROGRESS_QUIET",
    "PROGRESS_OFFSET",
)


@dataclass
class Progress:
    """Stages and counts of one run, written to ``stream`` (None: written nowhere)."""

    stream: TextIO | None
    live: bool
    quiet: float = QUIET_SECONDS
    clock: Callable[[], float] = time.monotonic
    offset: float = 0.0  # seconds the run had taken before this object (a parent's)
    name: str = ""
    total: int | None = None
    done: int = 0
    _start: float = field(init=False)
    _last_live: float = field(init=False, default=float("-inf"))
    _announced: str | None = field(init=False, default=None)
    _quarter: int = field(init=False, default=0)
    _dirty: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self._start = self.clock()

    def elapsed(self) -> float:
        return self.offset + self.clock() - self._start

    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage starts (``total`` items to count, or None)."""
        self.name, self.total, self.done, self._quarter = name, total, 0, 0
        self._show(force=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.total is not None:
            self.done = min(self.done, self.total)
        self._show(force=False)

    def finish(self) -> None:
        """Clears the live line (plain lines stay)."""
        if self.stream is not None and self.live and self._dirty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._dirty = False

    def text(self) -> str:
        """``stage done/total (pct%)``, or the stage alone when it is not counted."""
        if not self.total:
            return self.name
        return f"{self.name} {self.done}/{self.total} ({100 * self.done // self.total}%)"

    def _show(self, *, force: bool) -> None:
        if self.stream is None or self.elapsed() < self.quiet:
            return
        if self.live:
            now = self.clock()
            if force or now - self._last_live >= LIVE_INTERVAL or self.done == self.total:
                self._last_live = now
                self.stream.write(f"\r\x1b[K[{self.elapsed():5.1f} s] {self.text()}")
                self._dirty = True
                self.stream.flush()
            return
        if self._announced != self.name:
            self._announced = self.name
            counted = f" ({self.total} items)" if self.total else ""
            self._write_line(f"{self.name}{counted}")
        if self.total:
            quarter = 4 * self.done // self.total
            if quarter > self._quarter:
                self._quarter = quarter
                self._write_line(self.text())

    def _write_line(self, text: str) -> None:
        assert self.stream is not None
        self.stream.write(f"progress: [{self.elapsed():.1f} s] {text}\n")
        self.stream.flush()


def for_stderr(stream: TextIO | None = None, environ: Mapping[str, str] = os.environ) -> Progress:
    """Progress on stderr: live on a terminal, plain lines otherwise; quiet for the first
    ``PROGRESS_QUIET`` seconds (default :data:`QUIET_SECONDS`)."""
    stream = stream or sys.stderr
    quiet = float(environ.get(_ENV_QUIET, QUIET_SECONDS))
    return Progress(stream, live=stream.isatty(), quiet=quiet)


def child_environment(progress: Progress, fd: int) -> dict[str, str]:
    """Environment variables that let a child process write to ``fd`` as part of ``progress``."""
    return {
        _ENV_FD: str(fd),
        _ENV_LIVE: "1" if progress.live else "0",
        _ENV_QUIET: f"{progress.quiet:.3f}",
        _ENV_OFFSET: f"{progress.elapsed():.3f}",
    }


def from_environment(environ: Mapping[str, str] = os.environ) -> Progress:
    """The progress a parent handed over (:func:`child_environment`), or one that writes nothing."""
    if _ENV_FD not in environ:
        return Progress(None, live=False)
    stream = os.fdopen(int(environ[_ENV_FD]), "w", closefd=False)
    return Progress(
        stream,
        live=environ.get(_ENV_LIVE) == "1",
        quiet=float(environ.get(_ENV_QUIET, "0")),
        offset=float(environ.get(_ENV_OFFSET, "0")),
    )
