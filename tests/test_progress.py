"""Progress on stderr (scripts/rtkgen/core/progress.py): live line on a terminal, plain lines elsewhere,
silent during the first seconds. A fake clock drives it; nothing here waits."""

from __future__ import annotations

import io

from rtkgen.core.progress import Progress, child_environment, for_stderr, from_environment


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_name_the_stage_and_each_quarter() -> None:
    clock, out = Clock(), io.StringIO()
    progress = Progress(out, live=False, quiet=2.0, clock=clock)
    clock.now += 3
    progress.stage("rendering models", 8)
    for _ in range(8):
        progress.advance()
    progress.stage("formatting")
    progress.finish()
    assert out.getvalue().splitlines() == [
        "progress: [3.0 s] rendering models (8 items)",
        "progress: [3.0 s] rendering models 2/8 (25%)",
        "progress: [3.0 s] rendering models 4/8 (50%)",
        "progress: [3.0 s] rendering models 6/8 (75%)",
        "progress: [3.0 s] rendering models 8/8 (100%)",
        "progress: [3.0 s] formatting",
    ]


def test_nothing_is_written_during_the_quiet_seconds() -> None:
    clock, out = Clock(), io.StringIO()
    progress = Progress(out, live=False, quiet=2.0, clock=clock)
    progress.stage("converting the docs")
    clock.now += 1.9
    progress.stage("generating", 4)
    progress.advance(4)
    assert out.getvalue() == ""
    clock.now += 0.2
    progress.stage("checking")
    assert out.getvalue() == "progress: [2.1 s] checking\n"


def test_a_terminal_gets_one_line_rewritten_then_cleared() -> None:
    clock, out = Clock(), io.StringIO()
    progress = Progress(out, live=True, quiet=0.0, clock=clock)
    progress.stage("rendering models", 1000)
    for _ in range(999):
        progress.advance()  # no time passes: no rewrite until the last item
    clock.now += 1
    progress.advance()
    progress.finish()
    text = out.getvalue()
    assert "\n" not in text
    assert text.split("\r\x1b[K")[1:] == [
        "[  0.0 s] rendering models 0/1000 (0%)",
        "[  1.0 s] rendering models 1000/1000 (100%)",
        "",
    ]


def test_a_child_continues_the_parents_display() -> None:
    clock = Clock()
    parent = Progress(io.StringIO(), live=True, quiet=2.0, clock=clock)
    clock.now += 0.5
    environment = child_environment(parent, 7)
    assert environment == {
        "PROGRESS_FD": "7",
        "PROGRESS_LIVE": "1",
        "PROGRESS_QUIET": "2.000",
        "PROGRESS_OFFSET": "0.500",
    }
    assert from_environment({}).stream is None


def test_stderr_progress_is_plain_off_a_terminal_and_its_quiet_time_can_be_set() -> None:
    progress = for_stderr(io.StringIO(), {"PROGRESS_QUIET": "0"})
    assert (progress.live, progress.quiet) == (False, 0.0)
    assert for_stderr(io.StringIO(), {}).quiet == 2.0
