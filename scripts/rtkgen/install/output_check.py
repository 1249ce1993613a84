"""``make check``: the committed spec, client and change log are what the docs produce.

Usage: make_check.py --docs DIR [--docs DIR ...] [--overlay FILE ...] [--shapes FILE]
                     --spec openapi.yaml --client generated_client [--changes CHANGES.md]

Under the pipeline's lock (``rtkgen.install.journal.run_lock`` on the folder of the spec; a check
started while another check or a regeneration holds it waits for it, saying so), it first
finishes (or cleans up after) a regeneration that was interrupted, checks that the change log
matches the spec (``check_changelog.py``), then regenerates into a private temporary folder
(never into the working tree) with the committed spec and client as the previous ones, so no
change keeps its version. The files of one's own in the client (those ``make generate`` keeps:
not in its ``.generated-files``, ``rtkgen.generator.client_files``) are kept in the regenerated client as
well, so they are never a difference. Untracked build output (``__pycache__``, ``build``,
``*.egg-info``: a pip install of the client leaves them) is not compared.

Exit 0 when all is the same; 1 with the report of API changes, the spec's diff and the files
that differ otherwise; 130 on Ctrl-C, saying what was changed (nothing, or an earlier
interrupted install finished).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rtkgen.generator.client_files import generated_by_record, named, tree_files
from rtkgen.install.journal import reached, run_lock
from rtkgen.install.pipeline import recover_outputs

SCRIPTS = Path(__file__).resolve().parents[2]
IGNORED = ("__pycache__", "build")  # and *.egg-info: build output, not compared


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", action="append", type=Path, required=True)
    parser.add_argument("--overlay", action="append", default=[], type=Path)
    parser.add_argument("--shapes", action="append", default=[], type=Path)
    parser.add_argument("--spec", required=True, type=Path)
    parser.add_argument("--client", required=True, type=Path)
    parser.add_argument("--changes", type=Path, help="default: CHANGES.md beside --spec")
    return parser.parse_args(argv)


def _ignored(name: str) -> bool:
    return name in IGNORED or name.endswith(".egg-info")


def compared_files(folder: Path) -> set[str]:
    """The files of ``folder`` that are compared (relative, ``/``-separated; build output left out)."""
    if not folder.is_dir():
        return set()
    return {name for name in tree_files(folder) if not any(_ignored(part) for part in name.split("/"))}


def tree_differences(committed: Path, regenerated: Path) -> list[str]:
    """One line per file that is only in one tree or differs between them."""
    left, right = compared_files(committed), compared_files(regenerated)
    lines = [f"only in {committed}: {name}" for name in sorted(left - right)]
    lines += [f"only in {regenerated}: {name}" for name in sorted(right - left)]
    for name in sorted(left & right):
        if not filecmp.cmp(committed / name, regenerated / name, shallow=False):
            lines.append(f"differs: {name}")
    return lines


def own_files(client: Path) -> list[str]:
    """The files of ``client`` nobody generated (those ``make generate`` keeps)."""
    generated = generated_by_record(client) if client.is_dir() else None
    if generated is None:
        return []
    return [name for name in sorted(compared_files(client)) if name not in generated]


def _python(script: str, *arguments: str | Path) -> list[str]:
    return [sys.executable, str(SCRIPTS / script), *map(str, arguments)]


def _regenerate(args: argparse.Namespace, private: Path) -> subprocess.CompletedProcess[str]:
    """regenerate.py into ``private``, the committed outputs as the previous ones."""
    spec = private / "openapi.yaml"
    if args.spec.exists():
        shutil.copyfile(args.spec, spec)
    command = _python("regenerate.py")
    for option, values in (("--docs", args.docs), ("--overlay", args.overlay), ("--shapes", args.shapes)):
        for value in values:
            command += [option, str(value)]
    command += ["--spec", str(spec), "--client", str(private / "generated_client")]
    command += ["--previous-client", str(args.client), "--keep-files-of", str(args.client)]
    command += ["--changes", str(private / "CHANGES.md")]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _report(args: argparse.Namespace, private: Path, differences: list[str]) -> None:
    """What differs, on stderr: the report of API changes, the spec's diff, the files."""
    spec, client = private / "openapi.yaml", private / "generated_client"
    stale = f"{args.spec} or {args.client} is not what the docs produce"
    print(f"make check: {stale}; run make generate and commit", file=sys.stderr, flush=True)
    changes = _python("api_changes.py", args.spec, spec, "--clients", args.client, client)
    subprocess.run(changes, stdout=sys.stderr, check=False)
    subprocess.run(["diff", "-u", str(args.spec), str(spec)], stdout=sys.stderr, check=False)
    for line in differences:
        print(line, file=sys.stderr)


def check(args: argparse.Namespace, private: Path) -> int:
    """The check (see the module doc), the lock held, regenerating into ``private``."""
    changes = args.changes or args.spec.with_name("CHANGES.md")
    log = subprocess.run(_python("check_changelog.py", args.spec, changes), check=False)
    if log.returncode != 0:
        print(f"make check: {changes} does not match {args.spec}", file=sys.stderr)
        return 1
    run = _regenerate(args, private)
    if run.returncode == 130:  # Ctrl-C reached the regeneration first
        raise KeyboardInterrupt
    if run.returncode != 0:
        print(run.stdout + run.stderr, end="", file=sys.stderr)
        return 1
    spec_differs = not filecmp.cmp(args.spec, private / "openapi.yaml", shallow=False)
    differences = tree_differences(args.client, private / "generated_client")
    if spec_differs or differences:
        _report(args, private, differences)
        return 1
    own = own_files(args.client)
    kept = f" ({len(own)} file(s) of your own in {args.client} kept: {named(own)})" if own else ""
    print(f"make check: {args.spec}, {args.client} and {changes} are what the docs produce{kept}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    changes = args.changes or args.spec.with_name("CHANGES.md")
    finished: list[Path] = []

    def waiting() -> None:
        folder = args.spec.absolute().parent
        print(f"make check: waiting for the regeneration or check into {folder} to finish", flush=True)

    private: Path | None = None
    try:
        with run_lock(args.spec, waiting):
            reached("check-locked")
            recover_outputs(args.spec, args.client, changes, finished)
            private = Path(tempfile.mkdtemp(prefix="make-check-"))
            return check(args, private)
    except KeyboardInterrupt:
        if finished:
            journals = ", ".join(map(str, finished))
            done = f"the install an interrupted run had started was finished ({journals})"
            print(f"make check: interrupted: {done}; nothing else was changed", file=sys.stderr)
        else:
            print("make check: interrupted: nothing was changed", file=sys.stderr)
        return 130
    finally:
        if private is not None:
            shutil.rmtree(private, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
