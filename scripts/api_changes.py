"""Print the API changes from one OpenAPI document to another, and the version that follows.

Usage: api_changes.py OLD.yaml NEW.yaml

The report is the one ``make generate`` prints (see apichanges.report); the version is OLD's
``info.version`` bumped by the rules of apichanges.versioning. Exit status: 0, or 2 when a file
is not an OpenAPI document with a MAJOR.MINOR.PATCH version.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from apichanges.compare import compare_documents
from apichanges.report import format_report
from apichanges.settle import load_spec
from apichanges.versioning import next_version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the previous document (the committed openapi.yaml)")
    parser.add_argument("new", type=Path, help="the new document")
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    changes = compare_documents(old, new)
    version, after = old["info"]["version"], next_version(old["info"]["version"], changes)
    print(format_report(changes))
    print(f"version {version} (unchanged)" if after == version else f"version {version} -> {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
