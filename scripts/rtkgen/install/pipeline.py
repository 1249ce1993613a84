"""The whole pipeline: docs -> OpenAPI document -> generated client, all or nothing.

Usage: regenerate.py --docs DIR [--docs DIR ...] [--overlay FILE ...] [--shapes FILE] --spec openapi.yaml
                     --client generated_client [--changes CHANGES.md] [--date YYYY-MM-DD]
       regenerate.py --recover --spec openapi.yaml --client generated_client [--changes CHANGES.md]

The spec is converted in memory, the overlays (OpenAPI Overlay 1.0, see ``rtkgen/overlays/apply.py``) are
applied to it in the order given, then the shapes (typed bodies and named models, see ``shapes``), it is
compared with the previous spec at --spec, and the client is generated and checked from it. The
previous spec also keeps names put: its operationIds go to the converter, the places of its models
to the shapes stage, its facade names to ``rtkgen.facade.naming`` (all as data), so that what it published
keeps its name while it is unchanged. The new client's public Python API is then compared with the
previous client's (--previous-client, default --client) and merged with the spec's changes: the
report of API changes is printed and the version bumped from it (see rtkgen.changes; the version is set
in the client, ``rtkgen.generator.client_version``) and the spec is written once to a staging file. Only
then are the spec, the client and the CHANGES.md entry put in place, together, through a journal
(``rtkgen.install.journal``): whatever instant the process dies at, the next run (or ``--recover``, which
``make check`` and ``make test`` run) finishes the install, or undoes it when the tree was changed
since (a client restored with git, say), so the three are all old or all new; it says which, and
moves aside (never deletes) files changed after the crash. A failure at any step leaves them as they
were: problems in the docs or an overlay exit 2, anything else exits 1, Ctrl-C exits 130.

One run at a time per spec: a second run fails at once (exit 1) saying another one is running.
Files in the client folder that were not generated are kept (``rtkgen.generator.client_files``). Long runs say
on stderr which stage they are in (``progress``).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from rtkgen.caches.spec_cache import remember
from rtkgen.changes.settle import Settlement, load_spec, settle_client, settle_document
from rtkgen.converter.cli import convert_paths
from rtkgen.converter.openapi_builder import Document, DocumentInfo
from rtkgen.converter.yaml_writer import to_yaml, write_atomically
from rtkgen.core.openapi_common import operation_ids
from rtkgen.core.progress import Progress, for_stderr
from rtkgen.core.spec_validation import OpenAPIValidationError, validate
from rtkgen.facade.naming import keep_previous_names
from rtkgen.generator.client_files import carry_over, named
from rtkgen.generator.client_version import set_client_version
from rtkgen.install.client_build import built_client, client_moves, staging_patterns
from rtkgen.install.journal import (
    Busy,
    Move,
    RecoveryError,
    clean_staging,
    install,
    journal_path,
    plan,
    reached,
    recover,
    run_lock,
)
from rtkgen.overlays.apply import Overlay, OverlayError, Write, apply_overlays, blame, read_overlay
from rtkgen.shapes.stable import previous_places
from rtkgen.shapes.stage import Shapes, ShapesError, apply_shapes, line_of_invalid, located, read_shapes


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", action="append", type=Path, help="required unless --recover")
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
        help="a shapes file (rtkgen/shapes/stage.py): the API's published body shapes, applied after "
        "overlays",
    )
    parser.add_argument(
        "--previous-client",
        type=Path,
        help="the client the new one is compared with, for the report (default: --client)",
    )
    parser.add_argument(
        "--keep-files-of",
        type=Path,
        help="the client whose files of one's own (not generated) the new client keeps (default: --client)",
    )
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--templates", type=Path, default=Path("templates"))
    parser.add_argument("--title", default="RealtimeKit API", help="info.title of the document")
    parser.add_argument("--changes", type=Path, help="the change log (default: CHANGES.md beside --spec)")
    parser.add_argument("--date", default=datetime.now(UTC).date().isoformat(), help="date of the entry")
    parser.add_argument(
        "--recover", action="store_true", help="only finish an interrupted install and remove staging files"
    )
    args = parser.parse_args(argv)
    if not args.recover and not args.docs:
        parser.error("--docs is required")
    return args


def _apply_overlays(document: Document, overlays: list[Overlay]) -> Document:
    """``document`` with ``overlays`` applied and still valid OpenAPI (unchanged without any)."""
    if not overlays:
        return document
    trace: list[Write] = []
    applied = apply_overlays(document, overlays, trace)
    try:
        validate(applied)
    except OpenAPIValidationError as exc:
        where = "/".join(str(step) for step in exc.absolute_path)
        message = f"the overlays make the spec invalid OpenAPI at {where}: {exc.message}"
        culprit = blame(trace, tuple(exc.absolute_path)) if exc.absolute_path else None
        if culprit is not None:  # the action that last wrote there: its file and line
            raise OverlayError(culprit.source, culprit.line, message) from exc
        source, line = _first_invalid_action(document, overlays)
        raise OverlayError(source, line, message) from exc
    document = applied
    actions = sum(len(overlay.document["actions"]) for overlay in overlays)
    print(f"applied {actions} overlay action(s) from {len(overlays)} file(s)")
    return document


def _first_invalid_action(document: Document, overlays: list[Overlay]) -> tuple[str, int | None]:
    """The file and line of the first action after which ``document`` is no longer valid OpenAPI
    (the overlays applied one action at a time: only done once the whole is known invalid)."""
    for overlay in overlays:
        for index, action in enumerate(overlay.document["actions"]):
            lines = overlay.action_lines[index:]
            one = Overlay({**overlay.document, "actions": [action]}, overlay.source, lines)
            document = apply_overlays(document, [one])
            try:
                validate(document)
            except OpenAPIValidationError:
                return overlay.source, one.action_lines[0] if one.action_lines else None
    return ", ".join(overlay.source for overlay in overlays), None


def _valid(document: Mapping[str, Any]) -> bool:
    """Whether ``document`` is valid OpenAPI."""
    try:
        validate(document)
    except OpenAPIValidationError:
        return False
    return True


def _apply_shapes(
    document: Document, shapes: Shapes | None, previous: Mapping[str, Any] | None = None
) -> Document:
    """``document`` with typed bodies from ``shapes`` (unchanged without a shapes file); the
    places that shared a model in the ``previous`` spec keep sharing it (``rtkgen.shapes.stable``)."""
    if shapes is None:
        return document
    places = previous_places(previous, shapes.scope) if previous is not None else {}
    result = apply_shapes(document, shapes, places)
    try:
        validate(result.document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(step) for step in exc.absolute_path)
        message = f"the shapes make the spec invalid OpenAPI at {where}: {exc.message}"
        line = line_of_invalid(shapes, tuple(exc.absolute_path), _valid)
        raise located(shapes.source, line, message) from exc
    print(result.summary())
    return result.document


def _previous_spec(spec: Path) -> dict[str, Any] | None:
    """The previous spec at ``spec`` for the names it published, or None when there is none or it
    cannot be read (then the comparison says why, once the docs are known good: a problem in the
    docs is reported first, exit 2)."""
    try:
        return load_spec(spec) if spec.exists() else None
    except ValueError:
        return None


def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


@dataclass
class _Outputs:
    """Where things go, and how far the run got (for the message on Ctrl-C)."""

    spec: Path
    client: Path
    changelog: Path
    previous_client: Path
    installed: bool = False
    recovered: list[Path] = field(default_factory=list)  # journals of earlier runs finished

    def interrupted(self) -> str:
        """The message for a Ctrl-C now: what this run changed (the flags are set before a
        Ctrl-C during an install is let through, ``rtkgen.install.journal.install``)."""
        if self.installed:
            return f"interrupted: the new spec, client and {self.changelog.name} were installed"
        if self.recovered:
            named = ", ".join(str(journal) for journal in self.recovered)
            finished = f"the install an interrupted run had started was finished ({named})"
            return f"interrupted: {finished}; nothing else was replaced"
        return "interrupted: nothing was replaced"

    def done(self) -> None:
        """The install of this run is done (``rtkgen.install.journal.install``)."""
        self.installed = True

    @property
    def journal(self) -> Path:
        return journal_path(self.spec)

    def staging_patterns(self) -> list[tuple[Path, str]]:
        spec, changelog = self.spec.absolute(), self.changelog.absolute()
        return [
            (spec.parent, f".{spec.name}.*.yaml"),
            (spec.parent, f".{spec.name}.*.tmp"),
            (changelog.parent, f".{changelog.name}.*.md"),
            (changelog.parent, f".{changelog.name}.*.tmp"),
            *staging_patterns(self.client),
        ]


def _staging_file(target: Path, text: str, staged: list[Path]) -> Path:
    """``text`` written (durably) to a new staging file beside ``target``; the file is added
    to ``staged`` before it exists, so that the caller removes it whatever instant a Ctrl-C
    comes at."""
    target = target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    suffix = target.suffix or ".txt"
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    file = Path(name)
    staged.append(file)
    os.close(handle)
    file.unlink()  # written anew so that it gets the permissions of a new file, not mkstemp's 0600
    write_atomically(file, text)  # fsync'ed
    reached(f"staging-{target.name}")
    return file


def _backup(staged: Path) -> Path:
    """Where the live file goes while ``staged`` replaces it (matches the staging pattern)."""
    return staged.with_name(f"{staged.stem}.old{staged.suffix}")


def recover_outputs(spec: Path, client: Path, changes: Path, finished: list[Path]) -> None:
    """What ``--recover`` does, for a caller that holds the lock of ``spec``'s folder already
    (``rtkgen.install.output_check``); the journals of installs it finished are added to ``finished``
    (before a Ctrl-C that came meanwhile is let through)."""
    _recover(_Outputs(spec, client, changes, client, recovered=finished))


def _recover(outputs: _Outputs) -> None:
    """Finish an install an earlier run left half done; delete staging files of dead runs."""
    for journal in (outputs.journal, journal_path(outputs.client)):  # the latter: generate_client.py's
        recovery = recover(journal, partial(outputs.recovered.append, journal))
        if recovery is not None:
            print("\n".join(recovery.lines()))
    removed = clean_staging(outputs.staging_patterns())
    if removed:
        print(f"removed {len(removed)} staging file(s) an interrupted run left behind")


def _install(
    text: str,
    settled: Settlement,
    args: argparse.Namespace,
    outputs: _Outputs,
    document: Document,
    progress: Progress,
) -> tuple[list[str], Settlement]:
    """Generate the client, compare it with the previous one (the version may change: then the
    spec ``text`` is written again and the client gets it too), stage spec and changelog, then
    install the three together (see module doc). ``document`` is the spec ``text`` loaded (the
    generator reads it as JSON). Returns the kept files and the final settlement."""
    staged: list[Path] = []
    try:
        with built_client(
            outputs.spec,  # not read: the generator gets ``document``
            outputs.client,
            args.config,
            args.templates,
            document=document,
            progress=progress,
            journal=outputs.journal,
            reuse=args.keep_files_of,
        ) as fresh:
            # before the comparison: a user's file stays
            kept = carry_over(args.keep_files_of or outputs.client, fresh)
            progress.stage("comparing the Python API with the previous client")
            final = settle_client(settled, document, outputs.previous_client, fresh)
            if final.version != settled.version:
                set_client_version(fresh, settled.version, final.version)
                text = to_yaml(document)
            entry = final.changelog(_read_text(outputs.changelog), args.date)
            spec = _staging_file(outputs.spec, text, staged)
            moves: list[Move] = plan(spec, outputs.spec.absolute(), _backup(spec))
            if entry is not None:
                changes = _staging_file(outputs.changelog, entry, staged)
                moves += plan(changes, outputs.changelog.absolute(), _backup(changes))
            remember(spec, document)  # the next run reads the installed spec from its JSON twin
            reached("spec-staged")
            reached("client-staged")
            progress.stage("installing the spec and the client")
            moves = client_moves(fresh, outputs.client) + moves
            install(outputs.journal, moves, [fresh.parent], outputs.done)
    finally:
        if not outputs.journal.exists():
            for path in staged:
                path.unlink(missing_ok=True)
    return kept, final


def _regenerate(args: argparse.Namespace, outputs: _Outputs, progress: Progress) -> int:
    untouched = f"{args.spec} and {args.client} were left as they were"
    try:
        overlays = [read_overlay(path) for path in args.overlay]
        shapes = read_shapes(args.shapes) if args.shapes else None
    except (OverlayError, ShapesError) as exc:
        print(f"{exc}\n{untouched}", file=sys.stderr)
        return 2
    previous = _previous_spec(args.spec)
    progress.stage("converting the docs")
    names = operation_ids(previous)  # operations keep the names the previous spec published
    status, document = convert_paths(args.docs, DocumentInfo(title=args.title), previous_names=names)
    if document is None:
        return status
    try:
        progress.stage("applying the overlays")
        document = _apply_overlays(document, overlays)
        if shapes is not None:
            progress.stage("applying the shapes")
        document = _apply_shapes(document, shapes, previous)
        if previous is not None:  # a facade name stays with the operation that had it
            keep_previous_names(document, previous)
    except (OverlayError, ShapesError) as exc:
        print(f"{exc}\n{untouched}", file=sys.stderr)
        return 2
    reached("converted")
    try:
        progress.stage("comparing with the previous spec")
        settled, text = settle_document(args.spec, document, previous)
        kept, settled = _install(text, settled, args, outputs, document, progress)
    except (RuntimeError, OSError, ValueError) as exc:
        print(f"error: {exc}\n{untouched}", file=sys.stderr)
        return 1
    print(f"{args.client}: regenerated from {args.spec}\n{settled.summary()}")
    if kept:
        print(f"kept {len(kept)} file(s) of {args.client} that were not generated: {named(kept)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    changelog = args.changes or args.spec.with_name("CHANGES.md")
    outputs = _Outputs(args.spec, args.client, changelog, args.previous_client or args.client)
    progress = for_stderr()
    try:
        with run_lock(args.spec):
            _recover(outputs)
            return 0 if args.recover else _regenerate(args, outputs, progress)
    except (Busy, RecoveryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(outputs.interrupted(), file=sys.stderr)
        return 130
    finally:
        progress.finish()


if __name__ == "__main__":
    # No cyclic garbage collection in the command (a process that ends with the run): a run
    # builds a few million objects that live to its end (the spec, the previous spec, the
    # facade's reading of 2,600 operations at scale) and makes next to no reference cycles, yet
    # the collector's full passes over that heap took about a sixth of the CPU of a one-file
    # regeneration.
    # Memory is still freed by reference counting (the peak is the same).
    gc.disable()
    sys.exit(main())
