"""Summaries of repeated measurements and the table of targets that `make bench` prints."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """Median and range of repeated measurements of one quantity."""

    median: float
    low: float
    high: float
    count: int


def summarize(values: list[float]) -> Summary:
    """Median, minimum and maximum of ``values`` (at least one)."""
    if not values:
        raise ValueError("no values to summarize")
    return Summary(statistics.median(values), min(values), max(values), len(values))


@dataclass(frozen=True)
class Row:
    """One line of the table: a measured quantity, how it is shown, and its target if it has one."""

    name: str
    summary: Summary
    unit: str
    target: str = ""
    passed: bool | None = None  # None: no target, only shown for reference

    @property
    def verdict(self) -> str:
        if self.passed is None:
            return ""
        return "PASS" if self.passed else "FAIL"


def at_least(limit: float) -> Callable[[Summary], bool]:
    return lambda s: s.median >= limit


def at_most(limit: float) -> Callable[[Summary], bool]:
    return lambda s: s.median <= limit


def row(
    name: str,
    summary: Summary,
    unit: str,
    target: str = "",
    check: Callable[[Summary], bool] | None = None,
) -> Row:
    """A row whose verdict is ``check`` of the summary (targets are judged on the median)."""
    return Row(name, summary, unit, target, None if check is None else check(summary))


def _number(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.1f}"
    if unit == "us":
        return f"{value * 1e6:.0f}"
    if unit == "x":
        return f"{value:.3f}"
    if unit in {"s", "MB/s"}:
        return f"{value:.2f}"
    return f"{value:.0f}"


def format_table(rows: list[Row]) -> str:
    """The rows as an aligned text table: median, range (min-max, n), unit, target, verdict."""
    header = ("measure", "median", "range (n)", "unit", "target", "result")
    lines = [header]
    for item in rows:
        s = item.summary
        spread = f"{_number(s.low, item.unit)}-{_number(s.high, item.unit)} ({s.count})"
        lines.append((item.name, _number(s.median, item.unit), spread, item.unit, item.target, item.verdict))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for index, line in enumerate(lines):
        out.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if index == 0:
            out.append("  ".join("-" * width for width in widths))
    return "\n".join(out)
