"""Print the mutation score of the last ``mutmut run`` in this folder, and the survivors.

Run by ``make mutation`` inside its workspace (.mutation/). The score is the share of mutants
the tests killed (a mutant that made the tests run out of time counts as killed); mutants no
test reaches count as survivors. A second score leaves out the survivors judged equivalent in
``mutation/equivalent.md`` (changes no test can observe, each with its reason); a listed name
that did not survive this run is printed, so that a stale entry (a mutant now killed, or renamed
because its function changed) is noticed. Exit status 0 (the score is a report, not a gate).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

EQUIVALENT_LIST = Path(__file__).with_name("equivalent.md")
# a mutant's name in the list: the first cell of a table row, in backticks
_LISTED = re.compile(r"^\|\s*`([\w.ǁ]+__mutmut_\d+)`", re.MULTILINE)
_SURVIVING = ("survived", "no tests")


def judged_equivalent(text: str) -> list[str]:
    """The mutant names listed in ``equivalent.md``'s tables, in order."""
    return _LISTED.findall(text)


def surviving(results: str) -> list[str]:
    """The names ``mutmut results`` reports as surviving (or reached by no test)."""
    names = []
    for line in results.splitlines():
        name, _, status = line.strip().partition(": ")
        if status.strip() in _SURVIVING:
            names.append(name)
    return names


def report(stats: dict[str, int], survivors: list[str], equivalent: list[str]) -> list[str]:
    """The lines ``make mutation`` prints: survivors, the score, and the score without equivalents."""
    killed = stats["killed"] + stats["timeout"]
    total = stats["total"] - stats["skipped"]
    listed = set(equivalent)
    excluded = [name for name in survivors if name in listed]
    stale = sorted(listed - set(survivors))
    lines = ["surviving mutants (mutmut show NAME in .mutation/ shows one; * judged equivalent):"]
    lines += [f"  {name}{' *' if name in listed else ''}" for name in survivors]
    if stale:
        lines.append(f"listed in {EQUIVALENT_LIST.name} but not surviving (killed now, or renamed):")
        lines += [f"  {name}" for name in stale]
    score = 100 * killed / max(total, 1)
    lines.append(f"mutation score: {killed}/{total} = {score:.1f}% killed ({stats})")
    remaining = total - len(excluded)
    lines.append(
        f"score: {score:.1f}%; excluding {len(excluded)} mutants judged equivalent "
        f"(mutation/{EQUIVALENT_LIST.name}): {killed}/{remaining} = {100 * killed / max(remaining, 1):.1f}%"
    )
    return lines


def main() -> int:
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    subprocess.run([mutmut, "export-cicd-stats"], check=True, capture_output=True)
    stats = json.loads(Path("mutants/mutmut-cicd-stats.json").read_text())
    results = subprocess.run([mutmut, "results"], check=True, capture_output=True, text=True).stdout
    equivalent = judged_equivalent(EQUIVALENT_LIST.read_text(encoding="utf-8"))
    print("\n".join(report(stats, surviving(results), equivalent)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
