"""Print the mutation score of the last ``mutmut run`` in this folder, per module, and the survivors.

Run by ``make mutation`` inside its workspace (.mutation/). A mutant is killed when the tests
failed on it (a mutant that made the tests run out of time counts as killed); a survivor is one
the tests passed on, or one no test reaches. The score of a module is its killed mutants over
its mutants less the survivors judged equivalent in ``mutation/equivalent.md`` (changes no test
can observe, each with its reason); the raw score counts every survivor. Mutants mutmut has not
checked yet (a run stopped early, or run for some modules only) are left out and counted apart.
A listed name that did not survive this run is printed, so that a stale entry (a mutant now
killed, or renamed because its function changed) is noticed. A survivor that recheck.py's tests
killed (``recheck.json``: mutmut chose too few tests for it) counts as killed. Exit status 0 (the
score is a report, not a gate).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

EQUIVALENT_LIST = Path(__file__).with_name("equivalent.md")
RECHECK = Path("recheck.json")  # recheck.py's verdicts, in the workspace
# a mutant's name in the list: the first cell of a table row, in backticks
_LISTED = re.compile(r"^\|\s*`([\w.ǁ]+__mutmut_\d+)`", re.MULTILINE)
# a mutant's module: its name up to the mangled function (`x_name` or `xǁClassǁmethod`)
_MODULE = re.compile(r"^(?P<module>.+?)\.x[_ǁ]")
_KILLED = frozenset({"killed", "timeout", "segfault", "caught by type check"})
_SURVIVING = frozenset({"survived", "no tests", "suspicious"})


@dataclass
class Tally:
    """One row of the table: a module's (or all modules') mutants by outcome."""

    module: str
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    unchecked: int = 0

    @property
    def mutants(self) -> int:
        """The checked mutants: killed or surviving."""
        return self.killed + self.survived

    @property
    def score(self) -> float:
        """Killed over the mutants less the survivors judged equivalent, in percent."""
        return 100 * self.killed / max(self.mutants - self.equivalent, 1)

    @property
    def raw_score(self) -> float:
        """Killed over every checked mutant, in percent."""
        return 100 * self.killed / max(self.mutants, 1)

    def add(self, other: Tally) -> None:
        """Adds ``other``'s counts to this row's."""
        self.killed += other.killed
        self.survived += other.survived
        self.equivalent += other.equivalent
        self.unchecked += other.unchecked


def judged_equivalent(text: str) -> list[str]:
    """The mutant names listed in ``equivalent.md``'s tables, in order."""
    return _LISTED.findall(text)


def statuses(results: str) -> dict[str, str]:
    """Each mutant's status, from the lines ``mutmut results --all true`` prints (``NAME: status``)."""
    found = {}
    for line in results.splitlines():
        name, separator, status = line.strip().partition(": ")
        if separator and "__mutmut_" in name:
            found[name] = status.strip()
    return found


def with_recheck(by_name: dict[str, str], verdicts: dict[str, str]) -> dict[str, str]:
    """``by_name`` with the survivors recheck.py killed (or stopped at its CPU limit) as killed."""
    return {
        name: "killed" if status in _SURVIVING and verdicts.get(name) in ("killed", "timeout") else status
        for name, status in by_name.items()
    }


def surviving(results: str) -> list[str]:
    """The names ``mutmut results`` reports as surviving (or reached by no test), in order."""
    return [name for name, status in statuses(results).items() if status in _SURVIVING]


def module_of(name: str) -> str:
    """The module a mutant's name belongs to (``rtkgen.shapes.merge.x_f__mutmut_1`` ->
    ``rtkgen.shapes.merge``)."""
    match = _MODULE.match(name)
    return match["module"] if match else name.partition("__mutmut_")[0]


def tallies(by_name: dict[str, str], equivalent: Iterable[str]) -> list[Tally]:
    """One row per module (in name order), counting its mutants by outcome."""
    listed = set(equivalent)
    rows: dict[str, Tally] = {}
    for name, status in by_name.items():
        row = rows.setdefault(module_of(name), Tally(module_of(name)))
        if status in _KILLED:
            row.killed += 1
        elif status in _SURVIVING:
            row.survived += 1
            row.equivalent += name in listed
        else:
            row.unchecked += 1
    return [rows[module] for module in sorted(rows)]


def table(rows: list[Tally]) -> list[str]:
    """The per-module table with a total row, as aligned text."""
    total = Tally("total")
    for row in rows:
        total.add(row)
    header = ("module", "mutants", "killed", "survived", "equivalent", "score", "raw", "unchecked")
    cells = [header] + [
        (
            row.module,
            str(row.mutants),
            str(row.killed),
            str(row.survived),
            str(row.equivalent),
            f"{row.score:.1f}%",
            f"{row.raw_score:.1f}%",
            str(row.unchecked),
        )
        for row in [*rows, total]
    ]
    widths = [max(len(line[column]) for line in cells) for column in range(len(header))]
    return [
        "  ".join(
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in cells
    ]


def report(by_name: dict[str, str], equivalent: list[str]) -> list[str]:
    """The lines ``make mutation`` prints: survivors, stale list entries, the table and the score."""
    listed = set(equivalent)
    survivors = [name for name, status in by_name.items() if status in _SURVIVING]
    stale = sorted(listed - set(survivors))
    lines = ["surviving mutants (mutmut show NAME in .mutation/ shows one; * judged equivalent):"]
    lines += [f"  {name}{' *' if name in listed else ''}" for name in survivors]
    if stale:
        lines.append(f"listed in {EQUIVALENT_LIST.name} but not surviving (killed now, renamed, or not run):")
        lines += [f"  {name}" for name in stale]
    rows = tallies(by_name, equivalent)
    lines.append(
        "per module (score: killed / (mutants - equivalent), the survivors listed in "
        f"mutation/{EQUIVALENT_LIST.name} left out; raw: killed / mutants; unchecked: not run, left out):"
    )
    lines += table(rows)
    total = Tally("total")
    for row in rows:
        total.add(row)
    lines.append(
        f"score: {total.raw_score:.1f}% ({total.killed}/{total.mutants} killed); "
        f"excluding {total.equivalent} mutants judged equivalent: "
        f"{total.killed}/{total.mutants - total.equivalent} = {total.score:.1f}%"
    )
    return lines


def main() -> int:
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    results = subprocess.run(
        [mutmut, "results", "--all", "true"], check=True, capture_output=True, text=True
    ).stdout
    equivalent = judged_equivalent(EQUIVALENT_LIST.read_text(encoding="utf-8"))
    by_name = statuses(results)
    if RECHECK.exists():
        rechecked = with_recheck(by_name, json.loads(RECHECK.read_text(encoding="utf-8")))
        killed = sum(rechecked[name] != status for name, status in by_name.items())
        print(f"{killed} survivor(s) of mutmut's run killed by recheck.py's tests ({RECHECK})")
        by_name = rechecked
    print("\n".join(report(by_name, equivalent)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
