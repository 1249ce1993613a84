"""The pipeline's own speed: converter throughput, `make generate`, and a client made from the corpus.

Each step runs the project's real commands in subprocesses (the project's ``.venv``), so what is
timed is what a developer waits for.
"""

from __future__ import annotations

import re
import resource
import subprocess
import time
from pathlib import Path

_OPERATION_LINE = re.compile(r"^(\*\*[A-Z]+\*\* `)/", re.MULTILINE)
_TITLE_LINE = re.compile(r"\A# (.*)$", re.MULTILINE)


def corpus_files(corpus: Path) -> list[Path]:
    """Every docs file of every family of the corpus, in a stable order."""
    return sorted(corpus.glob("*/*.md"))


def operation_count(text: str) -> int:
    """Operations of one docs file (its ``**METHOD** `/path``` lines)."""
    return len(_OPERATION_LINE.findall(text))


def synthetic_docs(corpus: Path, target: Path, size: int) -> int:
    """Write at least ``size`` bytes of docs into ``target``: copies of the corpus, each copy with
    its paths under ``/copyN`` and its tags suffixed, so that every operation stays distinct.
    Returns the number of bytes written."""
    sources = [(path, path.read_text(encoding="utf-8")) for path in corpus_files(corpus)]
    if not any(text for _, text in sources):
        raise RuntimeError(f"no docs under {corpus}")  # an empty corpus would never reach ``size``
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    copy = 0
    while written < size:
        for path, text in sources:
            text = _TITLE_LINE.sub(rf"# \g<1> {copy}", text, count=1)
            text = _OPERATION_LINE.sub(rf"\g<1>/copy{copy}/", text)
            data = text.encode("utf-8")
            (target / f"c{copy:02d}_{path.parent.name}_{path.name}").write_bytes(data)
            written += len(data)
        copy += 1
    return written


def added_docs_file(source: Path, folder: Path) -> Path:
    """A new docs file in ``folder``: ``source`` with its title and paths made its own (a tag and
    operations of their own, as a newly documented API family would bring)."""
    text = source.read_text(encoding="utf-8")
    text = _TITLE_LINE.sub(r"# \g<1> added", text, count=1)
    text = _OPERATION_LINE.sub(r"\g<1>/added/", text)
    target = folder / f"zz_added_{source.name}"
    target.write_text(text, encoding="utf-8")
    return target


def first_model(client_dir: Path) -> str:
    """The first model class (sorted) of a generated client, from its ``models/__init__.pyi``."""
    for stub in sorted(client_dir.glob("*/models/__init__.pyi")):
        names: list[str] = re.findall(
            r"^from \.\w+ import (\w+) as \1$", stub.read_text(encoding="utf-8"), re.MULTILINE
        )
        if names:
            return sorted(names)[0]
    raise RuntimeError(f"no model in {client_dir}")


def cpu_seconds_of_children() -> float:
    """User and system CPU seconds of the finished child processes so far (all descendants
    that were waited for), to read beside wall times on a shared machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str], cwd: Path, timeout: float = 240) -> float:
    """Wall seconds of ``command``; raises RuntimeError with its output when it fails."""
    start = time.perf_counter()
    run = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: exit {run.returncode}\n{run.stdout}{run.stderr}".strip())
    return elapsed


def converter_command(python: str, root: Path, output: Path, docs: list[Path]) -> list[str]:
    """The converter's command line (the CLI that ``make generate`` runs first)."""
    return [python, str(root / "scripts" / "docs_to_openapi.py"), "-o", str(output), *map(str, docs)]


def first_operation_module(client_dir: Path) -> str:
    """The dotted name of the first operation module (sorted by tag, then name) of a generated client."""
    modules = sorted(path for path in client_dir.glob("*/api/*/*.py") if path.name != "__init__.py")
    if not modules:
        raise RuntimeError(f"no operation module under {client_dir}")
    relative = modules[0].relative_to(client_dir).with_suffix("")
    return ".".join(relative.parts)
