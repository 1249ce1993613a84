"""Generate the Python client from an OpenAPI document, check it, and only then put it in place.

Usage: generate_client.py --spec openapi.yaml --output generated_client
                          [--config generator-config.yaml] [--templates templates]

openapi-python-client runs with ``--fail-on-warning`` into a temporary folder beside the
output. The result must hold one module with ``sync``, ``sync_detailed``, ``asyncio`` and
``asyncio_detailed`` for every operation of the spec (the generator overwrites colliding
modules without a word, so this is checked, not assumed). Only then does it replace the output
folder, through the journal of ``install_journal`` (crash-safe, locked); on any failure the
previous client is left exactly as it was. Files of the old client that were not generated are
kept (``client_files``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from client_check import missing_operations, spec_operations, uncompilable_modules
from client_files import carry_over, write_manifest
from install_journal import (
    Busy,
    Move,
    clean_staging,
    install,
    journal_path,
    plan,
    reached,
    recover,
    run_lock,
)

GENERATOR = "openapi-python-client"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, type=Path)
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--templates", type=Path, default=Path("templates"))
    return parser.parse_args(argv)


def _generator() -> str:
    """The generator of this interpreter's environment, so ``.venv`` needs no activation."""
    beside = Path(sys.executable).parent / GENERATOR
    return str(beside) if beside.exists() else GENERATOR


def staging_patterns(output: Path) -> list[tuple[Path, str]]:
    """Where a run that died leaves the client's staging folders."""
    output = output.absolute()
    return [(output.parent, f".{output.name}.*/")]


@contextmanager
def built_client(
    spec: Path, output: Path, config: Path, templates: Path, journal: Path | None = None
) -> Iterator[Path]:
    """Generate and check the client for ``spec`` in a staging folder beside ``output``.

    Yields the fresh project folder (with its manifest of generated files); the staging folder
    (and whatever is left in it) is removed afterwards, unless ``journal`` exists then (an
    install that could not be undone: the next run finishes it from there). Raises RuntimeError
    with the reason when the generator fails, or when the result lacks an operation or does
    not compile.
    """
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        fresh = staging / "new"
        command = [
            _generator(),
            "generate",
            "--path",
            str(spec.absolute()),
            "--config",
            str(config.absolute()),
            "--output-path",
            str(fresh),
            "--meta",
            "setup",
            "--fail-on-warning",
        ]
        if templates.is_dir():
            command += ["--custom-template-path", str(templates.absolute())]
        env = dict(
            os.environ,
            RUFF_NO_CACHE="true",
            CUSTOM_TEMPLATE_PATH=str(templates.absolute()),  # read by a post_hook of generator-config.yaml
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        run = subprocess.run(command, cwd=staging, env=env, capture_output=True, text=True)
        if run.returncode != 0:  # --fail-on-warning: a warning is a non-zero exit too
            report = (run.stdout + run.stderr).strip()
            raise RuntimeError(f"{GENERATOR} failed (exit {run.returncode}):\n{report}")
        reached("generated")
        missing = missing_operations(spec_operations(spec), fresh) + uncompilable_modules(fresh)
        if missing:
            listed = "\n".join(f"  {item}" for item in missing)
            problems = f"{len(missing)} problem(s)"
            raise RuntimeError(f"the generated client is incomplete or broken ({problems}):\n{listed}")
        write_manifest(fresh)
        yield fresh
    finally:
        if journal is None or not journal.exists():
            shutil.rmtree(staging, ignore_errors=True)


def client_moves(fresh: Path, output: Path) -> list[Move]:
    """The renames that put the project folder ``fresh`` in place of ``output``."""
    return plan(fresh, output.absolute(), fresh.with_name("old"))


def generate(spec: Path, output: Path, config: Path, templates: Path) -> list[str]:
    """Generate, verify and install the client (locked, journaled); returns the names of the
    old client's files that were kept. Raises RuntimeError with the reason on failure."""
    journal = journal_path(output)
    with run_lock(output):
        recover(journal)
        clean_staging(staging_patterns(output))
        with built_client(spec, output, config, templates, journal) as fresh:
            kept = carry_over(output, fresh)
            install(journal, client_moves(fresh, output), [fresh.parent])
    return kept


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        kept = generate(args.spec, args.output, args.config, args.templates)
    except Busy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}\n{args.output} was left as it was", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"interrupted\n{args.output} was left as it was", file=sys.stderr)
        return 130
    count = len(spec_operations(args.spec))
    print(f"{args.output}: client with all {count} operations of {args.spec}")
    if kept:
        print(f"kept {len(kept)} file(s) that were not generated: {', '.join(kept)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
