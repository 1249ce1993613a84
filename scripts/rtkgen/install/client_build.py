"""Generate the Python client from an OpenAPI document, check it, and only then put it in place.

Usage: generate_client.py --spec openapi.yaml --output generated_client
                          [--config generator-config.yaml] [--templates templates]

openapi-python-client runs with ``--fail-on-warning`` into a temporary folder beside the
output. The result must hold one module with ``sync``, ``sync_detailed``, ``asyncio`` and
``asyncio_detailed`` for every operation of the spec (the generator overwrites colliding
modules without a word, so this is checked, not assumed). Only then does it replace the output
folder, through the journal of ``rtkgen.install.journal`` (crash-safe, locked); on any failure the
previous client is left exactly as it was. Files of the old client that were not generated are
kept (``rtkgen.generator.client_files``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from rtkgen.caches.cache_dirs import cache_root
from rtkgen.core.progress import Progress, child_environment
from rtkgen.facade import write_facade
from rtkgen.generator import sharded_generation
from rtkgen.generator.client_check import (
    document_operations,
    missing_operations,
    spec_operations,
    uncompilable_modules,
)
from rtkgen.generator.client_files import carry_over, named, write_manifest
from rtkgen.generator.sharded_generation import fingerprint, operation_count, shard_operations
from rtkgen.install.journal import (
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
# The generator's command line with this project's rules added (repeated path parameters).
RUN_GENERATOR = Path(__file__).resolve().parents[2] / "run_generator.py"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, type=Path)
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--templates", type=Path, default=Path("templates"))
    return parser.parse_args(argv)


def _has_fd(stream: Any) -> bool:
    """Whether ``stream`` is a real file (a captured stderr in tests is not)."""
    try:
        stream.fileno()
    except (OSError, ValueError):
        return False
    return True


def staging_patterns(output: Path) -> list[tuple[Path, str]]:
    """Where a run that died leaves the client's staging folders."""
    output = output.absolute()
    return [(output.parent, f".{output.name}.*/")]


@dataclass(frozen=True)
class _Generator:
    """The generator's command line for one build and the environment it runs in."""

    command: list[str]
    env: dict[str, str]
    source: Path  # the spec file the command names
    fresh: Path  # the project folder the command writes

    def command_for(self, spec_path: Path, output_path: Path) -> list[str]:
        """The same command for another spec file and project folder (one shard's)."""
        changed = [str(spec_path) if part == str(self.source) else part for part in self.command]
        return [str(output_path) if part == str(self.fresh) else part for part in changed]


def _generator(
    spec: Path, document: Mapping[str, Any] | None, config: Path, templates: Path, staging: Path
) -> _Generator:
    """The generator's command line writing ``staging/new``; a loaded ``document`` is handed to
    it as JSON in ``staging`` (its YAML loader is pure Python: half of a large generation)."""
    fresh = staging / "new"
    source = spec.absolute()
    if document is not None:
        source = staging / "spec.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    command = [
        sys.executable,
        str(RUN_GENERATOR),
        "generate",
        "--path",
        str(source),
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
    return _Generator(command, env, source, fresh)


def _generate_sharded(
    document: Mapping[str, Any],
    generator: _Generator,
    staging: Path,
    base: str,
    progress: Progress,
    previous: Path,
) -> sharded_generation.ShardRun:
    """Generate ``document`` shard by shard (``rtkgen.generator.sharded_generation``) into
    ``generator.fresh``."""
    done = sharded_generation.generate(
        document,
        generator.fresh,
        staging,
        generator.command_for,
        generator.env,
        base,
        progress,
        previous=previous,
    )
    print(f"generated {done.shards} shards, {done.cached} of them from the cache")
    return done


def _generate_plain(generator: _Generator, staging: Path, progress: Progress) -> None:
    """Run the generator once over the whole spec; RuntimeError with its output when it fails."""
    progress.stage("generating the client (openapi-python-client)")
    # The generator's own output is captured (its warnings fail the build); its progress
    # goes to a copy of our stderr, handed over by number.
    shown = progress.stream is not None and progress.stream is sys.stderr and _has_fd(sys.stderr)
    progress_fd = os.dup(sys.stderr.fileno()) if shown else -1
    env = dict(generator.env)
    if shown:
        env.update(child_environment(progress, progress_fd))
    try:
        run = subprocess.run(
            generator.command,
            cwd=staging,
            env=env,
            capture_output=True,
            text=True,
            pass_fds=(progress_fd,) if shown else (),
        )
    finally:
        if shown:
            os.close(progress_fd)
    if run.returncode != 0:  # --fail-on-warning: a warning is a non-zero exit too
        report = (run.stdout + run.stderr).strip()
        raise RuntimeError(f"{GENERATOR} failed (exit {run.returncode}):\n{report}")


def _problems(
    fresh: Path, spec: Path, document: Mapping[str, Any] | None, done: sharded_generation.ShardRun | None
) -> list[str]:
    """What the client in ``fresh`` lacks (an operation's functions) or what does not compile.
    A sharded build (``done``) lists its endpoint modules and compiled all but ``done.unchecked``."""
    if done is not None:
        assert document is not None
        missing = missing_operations(document_operations(document), fresh, list(done.modules))
        return missing + uncompilable_modules(fresh, only=set(done.unchecked))
    operations = spec_operations(spec) if document is None else document_operations(document)
    return missing_operations(operations, fresh) + uncompilable_modules(fresh)


def _check(problems: list[str]) -> None:
    """RuntimeError listing ``problems``, if any."""
    if problems:
        listed = "\n".join(f"  {item}" for item in problems)
        raise RuntimeError(
            f"the generated client is incomplete or broken ({len(problems)} problem(s)):\n{listed}"
        )


@contextmanager
def built_client(
    spec: Path,
    output: Path,
    config: Path,
    templates: Path,
    *,
    document: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    journal: Path | None = None,
    reuse: Path | None = None,
) -> Iterator[Path]:
    """Generate and check the client for ``spec`` in a staging folder beside ``output``.

    ``document``, when given, is ``spec`` already loaded: the generator then reads it as JSON
    (its YAML loader is pure Python: half of a large generation). ``progress`` shows the stages.

    Yields the fresh project folder (with its manifest of generated files); the staging folder
    (and whatever is left in it) is removed afterwards, unless ``journal`` exists then (an
    install that could not be undone: the next run finishes it from there). Raises RuntimeError
    with the reason when the generator fails, or when the result lacks an operation or does
    not compile. A sharded build reuses the files of the client ``reuse`` (default ``output``)
    that are what its cache holds (``rtkgen.generator.sharded_generation``).
    """
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    progress = progress or Progress(None, live=False)
    try:
        generator = _generator(spec, document, config, templates, staging)
        done = None
        if document is not None and operation_count(document) > shard_operations():
            base = fingerprint(config, templates, version("openapi-python-client"))
            done = _generate_sharded(document, generator, staging, base, progress, reuse or output)
        else:
            _generate_plain(generator, staging, progress)
        reached("generated")
        progress.stage("writing the facade")
        write_facade(document, spec, generator.fresh, cache_root())
        progress.stage("checking the client")
        _check(_problems(generator.fresh, spec, document, done))
        write_manifest(generator.fresh)
        yield generator.fresh
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
        recovery = recover(journal)  # RecoveryError (a RuntimeError) when it can do neither
        if recovery is not None:
            print("\n".join(recovery.lines()))
        clean_staging(staging_patterns(output))
        with built_client(spec, output, config, templates, journal=journal) as fresh:
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
        print(f"kept {len(kept)} file(s) that were not generated: {named(kept)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
