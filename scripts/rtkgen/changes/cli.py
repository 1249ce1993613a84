"""Print the API changes from one OpenAPI document to another, and the version that follows.

Usage: api_changes.py OLD.yaml NEW.yaml [--clients OLD_CLIENT NEW_CLIENT]

The report is the one ``make generate`` prints (see rtkgen.changes.report); the version is OLD's
``info.version`` bumped by the rules of rtkgen.changes.versioning. With ``--clients`` (the clients
generated from the two documents) the public Python APIs are compared too and merged in, as
``make generate`` does (rtkgen.changes.python_api, rtkgen.changes.merge). Exit status: 0, or 2 when a
file is not an OpenAPI document with a MAJOR.MINOR.PATCH version.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rtkgen.changes.compare import compare_documents, match_operations
from rtkgen.changes.merge import merge_changes
from rtkgen.changes.python_api import compare_clients
from rtkgen.changes.report import format_report
from rtkgen.changes.settle import load_spec
from rtkgen.changes.versioning import next_version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the previous document (the committed openapi.yaml)")
    parser.add_argument("new", type=Path, help="the new document")
    parser.add_argument(
        "--clients",
        nargs=2,
        type=Path,
        metavar=("OLD_CLIENT", "NEW_CLIENT"),
        help="compare their Python APIs too",
    )
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    changes = compare_documents(old, new)
    if args.clients:
        python = compare_clients(args.clients[0], args.clients[1], match_operations(old, new), old, new)
        if python is None:
            print(
                f"(the Python API was not compared: no generated client in {args.clients[0]})",
                file=sys.stderr,
            )
        changes = merge_changes(changes, python, old, new)
    version, after = old["info"]["version"], next_version(old["info"]["version"], changes)
    print(format_report(changes))
    print(f"version {version} (unchanged)" if after == version else f"version {version} -> {after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
