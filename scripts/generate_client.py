"""Generate the Python client from an OpenAPI document, check it, and only then put it in place.

Usage: generate_client.py --spec openapi.yaml --output generated_client
                          [--config generator-config.yaml] [--templates templates]

openapi-python-client runs with ``--fail-on-warning`` into a temporary folder beside the
output. The result must hold one module with ``sync``, ``sync_detailed``, ``asyncio`` and
``asyncio_detailed`` for every operation of the spec (the generator overwrites colliding
modules without a word, so this is checked, not assumed). Only then does it replace the output
folder; on any failure the previous client is left exactly as it was.
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
from importlib.metadata import version
from pathlib import Path
from typing import Any

import sharded_generation
from client_check import document_operations, missing_operations, spec_operations, uncompilable_modules
from facade import write_facade
from progress import Progress, child_environment
from sharded_generation import fingerprint, operation_count, shard_operations

GENERATOR = "openapi-python-client"
# The generator's command line with this project's rules added (repeated path parameters).
RUN_GENERATOR = Path(__file__).resolve().parent / "run_generator.py"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, type=Path)
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--templates", type=Path, default=Path("templates"))
    return parser.parse_args(argv)


@contextmanager
def built_client(
    spec: Path,
    output: Path,
    config: Path,
    templates: Path,
    document: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> Iterator[Path]:
    """Generate and check the client for ``spec`` in a staging folder beside ``output``.

    ``document``, when given, is ``spec`` already loaded: the generator then reads it as JSON
    (its YAML loader is pure Python: half of a large generation). ``progress`` shows the stages.

    Yields the fresh project folder; the staging folder (and whatever is left in it) is removed
    afterwards. Raises RuntimeError with the reason when the generator fails or warns, or when
    the result lacks an operation or does not compile.
    """
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    progress = progress or Progress(None, live=False)
    try:
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

        def command_for(spec_path: Path, output_path: Path) -> list[str]:
            changed = [str(spec_path) if part == str(source) else part for part in command]
            return [str(output_path) if part == str(fresh) else part for part in changed]

        env = dict(
            os.environ,
            RUFF_NO_CACHE="true",
            CUSTOM_TEMPLATE_PATH=str(templates.absolute()),  # read by a post_hook of generator-config.yaml
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        sharded = document is not None and operation_count(document) > shard_operations()
        if sharded:
            assert document is not None
            base = fingerprint(config, templates, version("openapi-python-client"))
            done = sharded_generation.generate(document, fresh, staging, command_for, env, base, progress)
            print(f"generated {done.shards} shards, {done.cached} of them from the cache")
            write_facade(document, spec, fresh)
            progress.stage("checking the client")
            missing = missing_operations(document_operations(document), fresh, list(done.modules))
            missing += uncompilable_modules(fresh, only=set(done.unchecked))
            if missing:
                listed = "\n".join(f"  {item}" for item in missing)
                raise RuntimeError(
                    f"the generated client is incomplete or broken ({len(missing)} problem(s)):\n{listed}"
                )
            yield fresh
            return
        progress.stage("generating the client (openapi-python-client)")
        # The generator's own output is captured (its warnings fail the build); its progress
        # goes to a copy of our stderr, handed over by number.
        shown = progress.stream is not None and progress.stream is sys.stderr
        progress_fd = os.dup(sys.stderr.fileno()) if shown else -1
        if shown:
            env.update(child_environment(progress, progress_fd))
        try:
            run = subprocess.run(
                command,
                cwd=staging,
                env=env,
                capture_output=True,
                text=True,
                pass_fds=(progress_fd,) if shown else (),
            )
        finally:
            if shown:
                os.close(progress_fd)
        report = (run.stdout + run.stderr).strip()
        # --fail-on-warning makes warnings fail; the phrase catches problems the exit status hides
        if run.returncode != 0 or "encountered while generating" in report:
            raise RuntimeError(f"{GENERATOR} failed (exit {run.returncode}):\n{report}")
        write_facade(document, spec, fresh)
        progress.stage("checking the client")
        operations = spec_operations(spec) if document is None else document_operations(document)
        missing = missing_operations(operations, fresh) + uncompilable_modules(fresh)
        if missing:
            listed = "\n".join(f"  {item}" for item in missing)
            problems = f"{len(missing)} problem(s)"
            raise RuntimeError(f"the generated client is incomplete or broken ({problems}):\n{listed}")
        yield fresh
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@contextmanager
def installed(fresh: Path, output: Path) -> Iterator[None]:
    """Put the project folder ``fresh`` in place of ``output``; put the old one back if the
    ``with`` body (or the swap itself) fails, so ``output`` is never lost or half-replaced."""
    output = output.absolute()
    previous = fresh.with_name("old")
    had_previous = output.exists()
    if had_previous:
        output.rename(previous)
    swapped = False
    try:
        fresh.rename(output)
        swapped = True
        yield
    except BaseException:
        if swapped:
            output.rename(fresh)
        if had_previous:
            previous.rename(output)
        raise


def generate(spec: Path, output: Path, config: Path, templates: Path) -> None:
    """Generate, verify and install the client; raises RuntimeError with the reason on failure."""
    with built_client(spec, output, config, templates) as fresh, installed(fresh, output):
        pass


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        generate(args.spec, args.output, args.config, args.templates)
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}\n{args.output} was left as it was", file=sys.stderr)
        return 1
    count = len(spec_operations(args.spec))
    print(f"{args.output}: client with all {count} operations of {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
