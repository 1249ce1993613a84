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
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from client_check import missing_operations, spec_operations, uncompilable_modules

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


def generate(spec: Path, output: Path, config: Path, templates: Path) -> None:
    """Generate, verify and install the client; raises RuntimeError with the reason on failure."""
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
        report = (run.stdout + run.stderr).strip()
        if run.returncode != 0 or "Warning" in report or "Error" in report:
            raise RuntimeError(f"{GENERATOR} failed (exit {run.returncode}):\n{report}")
        missing = missing_operations(spec_operations(spec), fresh) + uncompilable_modules(fresh)
        if missing:
            listed = "\n".join(f"  {item}" for item in missing)
            problems = f"{len(missing)} problem(s)"
            raise RuntimeError(f"the generated client is incomplete or broken ({problems}):\n{listed}")
        if output.exists():
            output.rename(staging / "old")
        fresh.rename(output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
