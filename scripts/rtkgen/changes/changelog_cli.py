"""Check that CHANGES.md matches the spec (``make check`` runs it; see rtkgen.changes.changelog_rules).

Usage: check_changelog.py openapi.yaml [CHANGES.md]

Exit status 0 when it matches, 1 with one ``FILE:LINE: problem`` line per problem otherwise,
2 when the spec cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rtkgen.changes.changelog_rules import changelog_problems
from rtkgen.changes.settle import load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("changes", type=Path, nargs="?", help="default: CHANGES.md beside the spec")
    args = parser.parse_args(argv)
    changes = args.changes or args.spec.with_name("CHANGES.md")
    try:
        version = str(load_spec(args.spec)["info"]["version"])
        text = changes.read_text(encoding="utf-8") if changes.exists() else None
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    problems = changelog_problems(text, version, str(changes))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
