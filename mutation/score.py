"""Print the mutation score of the last ``mutmut run`` in this folder, and the survivors.

Run by ``make mutation`` inside its workspace (.mutation/). The score is the share of mutants
the tests killed (a mutant that made the tests run out of time counts as killed); mutants no
test reaches count as survivors. Exit status 0 (the score is a report, not a gate).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def main() -> int:
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    subprocess.run([mutmut, "export-cicd-stats"], check=True, capture_output=True)
    stats = json.loads(Path("mutants/mutmut-cicd-stats.json").read_text())
    killed = stats["killed"] + stats["timeout"]
    total = stats["total"] - stats["skipped"]
    results = subprocess.run([mutmut, "results"], check=True, capture_output=True, text=True).stdout
    survivors = [line.strip() for line in results.splitlines() if line.strip()]
    print("\n".join(["surviving mutants (mutmut show NAME in .mutation/ shows one):", *survivors]))
    print(f"mutation score: {killed}/{total} = {100 * killed / max(total, 1):.1f}% killed ({stats})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
