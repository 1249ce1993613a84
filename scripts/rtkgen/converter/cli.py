"""Convert markdown API docs into an OpenAPI 3.1 YAML document.

Usage: docs_to_openapi.py -o OUT.yaml PATH [PATH ...]

Each PATH is a markdown file or a folder (its ``*.md`` files, sorted by name). The output is
written only when the whole conversion succeeded. Exit status: 0 on success, 2 for problems in
the input (each printed as ``FILE:LINE: message``), 1 for an internal error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path

from rtkgen.converter.convert import convert, markdown_files, read_sources
from rtkgen.converter.openapi_builder import Document, DocumentInfo
from rtkgen.converter.records import ConversionError
from rtkgen.converter.yaml_writer import to_yaml, write_atomically


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", required=True, type=Path, help="the YAML file to write")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="markdown file or folder")
    parser.add_argument("--title", default="RealtimeKit API", help="info.title of the document")
    parser.add_argument("--version", default="0.1.0", help="info.version of the document")
    parser.add_argument("--debug", action="store_true", help="print the traceback of internal errors")
    return parser.parse_args(argv)


def convert_paths(
    paths: list[Path],
    info: DocumentInfo,
    *,
    debug: bool = False,
    previous_names: Mapping[tuple[str, str], str] | None = None,
) -> tuple[int, Document | None]:
    """Convert ``paths``; print problems to stderr. Returns the exit status and the document
    (``previous_names``: see ``rtkgen.converter.convert.convert``)."""
    try:
        sources = read_sources(markdown_files(paths))
        document = convert(sources, info, previous_names)
    except ConversionError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} problem(s) in the docs; nothing was written", file=sys.stderr)
        return 2, None
    except Exception as exc:  # a bug: one line, the traceback only when asked for
        return _internal_error(exc, debug), None
    operations = sum(len(item) for item in document["paths"].values())
    print(f"converted {operations} operations from {len(sources)} file(s)")
    return 0, document


def convert_files(paths: list[Path], output: Path, info: DocumentInfo, *, debug: bool = False) -> int:
    """Convert ``paths`` into ``output``; print problems to stderr. Returns the exit status."""
    status, document = convert_paths(paths, info, debug=debug)
    if document is None:
        return status
    try:
        text = to_yaml(document)
    except Exception as exc:  # a bug: one line, the traceback only when asked for
        return _internal_error(exc, debug)
    try:
        write_atomically(output, text)
    except OSError as exc:  # not a bug and not the docs: say what could not be written
        print(f"{output}: cannot write: {exc.strerror or exc}; nothing was written", file=sys.stderr)
        return 1
    return 0


def _internal_error(exc: Exception, debug: bool) -> int:
    """Report a bug in one line (the traceback only with ``--debug``); returns exit status 1."""
    if debug:
        traceback.print_exc()
    detail = " ".join(str(exc).split())
    print(
        f"internal error: {type(exc).__name__}: {detail[:300]} (run with --debug for the traceback)",
        file=sys.stderr,
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    info = DocumentInfo(title=args.title, version=args.version)
    return convert_files(args.paths, args.output, info, debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
