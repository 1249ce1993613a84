"""The whole pipeline: docs -> OpenAPI document -> generated client, all or nothing.

Usage: regenerate.py --docs DIR [--docs DIR ...] [--overlay FILE ...] --spec openapi.yaml
                     --client generated_client [--changes CHANGES.md] [--date YYYY-MM-DD]

The spec is converted into a temporary file, the overlays (OpenAPI Overlay 1.0, see
``overlays.py``) are applied to it in the order given, the client is generated and checked from
it, and only then are the spec and the client put in place. A failure at any step leaves both as
they were: problems in the docs or an overlay exit 2, a failing generator exits 1. The final spec
is compared with the previous one at --spec: the report of API changes is printed, the version is
bumped from it, and it is prepended to CHANGES.md (see apichanges).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from apichanges.settle import Settlement, settle_version
from docs2openapi.openapi_builder import Document, DocumentInfo
from docs2openapi.yaml_writer import to_yaml, write_atomically
from docs_to_openapi import convert_paths
from generate_client import built_client, installed
from overlays import Overlay, OverlayError, apply_overlays, read_overlay
from progress import Progress, for_stderr
from shapes.stage import Shapes, ShapesError, apply_shapes, read_shapes
from spec_cache import remember


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", required=True, action="append", type=Path)
    parser.add_argument("--spec", required=True, type=Path)
    parser.add_argument("--client", required=True, type=Path)
    parser.add_argument(
        "--overlay",
        action="append",
        default=[],
        type=Path,
        help="an OpenAPI Overlay 1.0 file applied after conversion (repeatable, applied in order)",
    )
    parser.add_argument(
        "--shapes",
        type=Path,
        help="a shapes file (shapes/stage.py): the API's published body shapes, applied after overlays",
    )
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--templates", type=Path, default=Path("templates"))
    parser.add_argument("--title", default="RealtimeKit API", help="info.title of the document")
    parser.add_argument("--changes", type=Path, help="the change log (default: CHANGES.md beside --spec)")
    parser.add_argument("--date", default=datetime.now(UTC).date().isoformat(), help="date of the entry")
    return parser.parse_args(argv)


def _apply_overlays(document: Document, overlays: list[Overlay]) -> Document:
    """``document`` with ``overlays`` applied and still valid OpenAPI (unchanged without any)."""
    if not overlays:
        return document
    document = apply_overlays(document, overlays)
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        sources = ", ".join(overlay.source for overlay in overlays)
        where = "/".join(str(step) for step in exc.absolute_path)
        message = f"the overlays make the spec invalid OpenAPI at {where}: {exc.message}"
        raise OverlayError(sources, None, message) from exc
    actions = sum(len(overlay.document["actions"]) for overlay in overlays)
    print(f"applied {actions} overlay action(s) from {len(overlays)} file(s)")
    return document


def _apply_shapes(document: Document, shapes: Shapes | None) -> Document:
    """``document`` with typed bodies from ``shapes`` (unchanged without a shapes file)."""
    if shapes is None:
        return document
    result = apply_shapes(document, shapes)
    try:
        validate(result.document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(step) for step in exc.absolute_path)
        raise ShapesError(
            f"{shapes.source}: the shapes make the spec invalid OpenAPI at {where}: {exc.message}"
        ) from exc
    print(result.summary())
    return result.document


def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _install(
    staged: Path,
    args: argparse.Namespace,
    changelog: Path,
    settled: Settlement,
    document: Document,
    progress: Progress,
) -> None:
    """Build the client from ``staged`` (``document`` loaded); then put client, spec and
    CHANGES.md entry in place together: when any step fails, the ones done before it are undone."""
    current = _read_text(changelog)
    entry = settled.changelog(current, args.date)
    with (
        built_client(staged, args.client, args.config, args.templates, document, progress) as fresh,
        installed(fresh, args.client),
    ):
        progress.stage("installing the spec and the client")
        if entry is not None:
            write_atomically(changelog, entry)
        try:
            os.replace(staged, args.spec)
        except BaseException:
            if entry is not None:
                if current:
                    write_atomically(changelog, current)
                else:
                    changelog.unlink()
            raise


def main(argv: list[str] | None = None) -> int:
    progress = for_stderr()
    try:
        return _regenerate(_arguments(argv), progress)
    finally:
        progress.finish()


def _regenerate(args: argparse.Namespace, progress: Progress) -> int:
    untouched = f"{args.spec} and {args.client} were left as they were"
    try:
        overlays = [read_overlay(path) for path in args.overlay]
        shapes = read_shapes(args.shapes) if args.shapes else None
    except (OverlayError, ShapesError) as exc:
        print(f"{exc}\n{untouched}", file=sys.stderr)
        return 2
    progress.stage("converting the docs")
    status, document = convert_paths(args.docs, DocumentInfo(title=args.title))
    if document is None:
        return status
    try:
        progress.stage("applying the overlays")
        document = _apply_overlays(document, overlays)
        if shapes is not None:
            progress.stage("applying the shapes")
        document = _apply_shapes(document, shapes)
    except (OverlayError, ShapesError) as exc:
        print(f"{exc}\n{untouched}", file=sys.stderr)
        return 2
    args.spec.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{args.spec.name}.", suffix=".yaml", dir=args.spec.parent)
    os.close(handle)
    staged = Path(name)
    changelog = args.changes or args.spec.with_name("CHANGES.md")
    try:
        progress.stage("writing the spec")
        write_atomically(staged, to_yaml(document))
        progress.stage("comparing with the previous spec")
        settled = settle_version(args.spec, staged, document)  # the staged spec is final here
        remember(staged, document)
        _install(staged, args, changelog, settled, document, progress)
    except (RuntimeError, OSError, ValueError) as exc:
        print(f"error: {exc}\n{untouched}", file=sys.stderr)
        return 1
    finally:
        staged.unlink(missing_ok=True)
    print(f"{args.client}: regenerated from {args.spec}\n{settled.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
