"""Shared fixtures: where things are, and small helpers to write docs and convert them."""

from __future__ import annotations

import atexit
import locale
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from docs2openapi.convert import convert
from docs2openapi.markdown_parser import parse_document
from docs2openapi.records import DocFile
from mock_server import MockServer, MockServerUnavailable

# No hypothesis test depends on the wall clock: a busy machine must not fail one (deadline=None
# for every property test; the speed targets live in make bench).
settings.register_profile("project", deadline=None)
settings.load_profile("project")

# What every process the tests start depends on, set here once (the children inherit os.environ):
# no progress lines (they start after a few seconds of a run, so a busy machine would add them
# to a stderr a test compares; tests of progress pass PROGRESS_QUIET themselves), a UTF-8 locale,
# and none of the switches a developer's shell may hold (a crash point, a shard size, a token).
TEST_ENVIRONMENT = {"PROGRESS_QUIET": "inf", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TZ": "UTC"}
UNSET_IN_TESTS = (
    "PROGRESS_FD",
    "PROGRESS_LIVE",
    "PROGRESS_OFFSET",
    "REGENERATE_CRASH_AT",
    "REGENERATE_INTERRUPT_AT",
    "REGENERATE_PAUSE_AT",
    "RUN_GENERATOR_SHARD_OPS",
    "RUN_GENERATOR_JOBS",
    "RUN_GENERATOR_MODELS_INDEX",
    "RUN_GENERATOR_RULES_ONLY",
    "RUN_GENERATOR_CACHE",
    "CLOUDFLARE_API_TOKEN",
    "CLOUDFLARE_ACCOUNT_ID",
    "PYTHONUTF8",
    "PYTHONIOENCODING",
)


def set_test_environment(environ: MutableMapping[str, str] = os.environ) -> None:
    """Gives ``environ`` the values the suite's subprocesses rely on (TEST_ENVIRONMENT), and the
    pipeline's caches a folder of this test process (removed at exit), not .cache/ in the tree."""
    for name in UNSET_IN_TESTS:
        environ.pop(name, None)
    environ.update(TEST_ENVIRONMENT)
    cache = tempfile.mkdtemp(prefix="pipeline-cache-")
    atexit.register(_remove_in, os.getpid(), cache)
    environ["PIPELINE_CACHE"] = cache


def _remove_in(owner: int, folder: str) -> None:
    """Remove ``folder`` at the exit of the process ``owner`` only (not of a fork of it, such as
    a mutmut worker, which would remove it under its parent)."""
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


set_test_environment()


def shared_cache(name: str) -> Path:
    """A cache folder the tests share within this test process (mypy's, say), in the process's
    temporary folder (see set_test_environment): never in the source tree."""
    return Path(os.environ["PIPELINE_CACHE"]) / "tests" / name


# How long a test waits for something that must happen (a child that must exit) before it fails
# instead of hanging: far beyond any busy machine, so never a race, only a broken-code guard.
HANG_GUARD_SECONDS = 120.0

pytest.register_assert_rewrite("contract_spec", "schema_values")  # their asserts explain failures

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# Copies of the sample corpus and the reference page: the repository stands alone (README).
CORPUS = DATA / "corpus"
REFERENCE_DIR = DATA / "reference"
CORPUS_FAMILIES = ("cloudflare-sample", "realtimekit")


class MissingTestInput(AssertionError):
    """A test's input file is not in the repository: the test fails at once, naming it."""


def data_files(folder: Path, pattern: str = "*.md") -> list[Path]:
    """The files of a tests/data folder, sorted; fails at once (never an empty loop) when there are none."""
    files = sorted(folder.glob(pattern))
    if not files:
        raise MissingTestInput(
            f"{folder}: no {pattern} files; the tests' inputs live in tests/data (README: Standing alone)"
        )
    return files


def data_file(path: Path) -> Path:
    """A tests/data file that must exist; fails at once with its path otherwise."""
    if not path.is_file():
        raise MissingTestInput(
            f"{path}: missing; the tests' inputs live in tests/data (README: Standing alone)"
        )
    return path


def op_markdown(
    summary: str = "Get a thing",
    method: str = "GET",
    path: str = "/things/{thing_id}",
    description: str = "Returns a thing.",
    responses: str = '#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{"success": "*boolean*"}\n```',
) -> str:
    """One operation in the docs format (docs-format.md)."""
    return f"## {summary}\n\n**{method}** `{path}`\n\n{description}\n\n### Responses\n\n{responses}\n"


def doc_markdown(*operations: str, tag: str = "Things") -> str:
    """A whole docs file: the title, then operations joined by blank lines."""
    return f"# {tag}\n\n" + "\n\n\n".join(operations)


def parse_one(text: str, path: str = "things.md") -> DocFile:
    doc, errors = parse_document(path, text)
    assert not errors, [str(e) for e in errors]
    assert doc is not None
    return doc


@pytest.fixture
def convert_text() -> Callable[..., dict[str, Any]]:
    def run(*texts: str) -> dict[str, Any]:
        return convert([(f"file{i}.md", t.encode()) for i, t in enumerate(texts)])

    return run


# --- The mock server for the contract tests (tests/mock_server.py) ---------------------------

CONTRACT_FILES = ("tests/test_contract.py", "tests/test_contract_strictness.py")
ERROR_PATH_FILES = ("tests/test_error_paths.py",)


@pytest.fixture(scope="session")
def mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """Prism serving openapi.yaml on a free loopback port for the whole session; always stopped."""
    server = MockServer(ROOT, ROOT / "openapi.yaml", log=tmp_path_factory.mktemp("prism") / "prism.log")
    problem = None
    try:
        server.start()
    except MockServerUnavailable as error:
        problem = str(error)
    if problem is not None:
        pytest.fail(f"cannot start the mock server: {problem}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


def _count_cases(reporter: pytest.TerminalReporter, files: tuple[str, ...]) -> Counter[str]:
    """Outcomes of the test cases (one per node id) whose file is one of ``files``."""
    outcome_of: dict[str, str] = {}
    for outcome in ("passed", "failed", "skipped", "error", "xfailed", "xpassed"):
        for report in reporter.stats.get(outcome, []):
            node_id = getattr(report, "nodeid", "")
            if node_id.split("::", 1)[0] in files and outcome_of.get(node_id) not in ("failed", "error"):
                outcome_of[node_id] = outcome
    return Counter(outcome_of.values())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many contract cases (against Prism) and error-path cases ran."""
    for label, files in (
        ("contract cases against the Prism mock", CONTRACT_FILES),
        ("error-path cases", ERROR_PATH_FILES),
    ):
        counts = _count_cases(terminalreporter, files)
        if counts:
            details = ", ".join(f"{number} {outcome}" for outcome, number in sorted(counts.items()))
            terminalreporter.write_line(f"{label}: {sum(counts.values())} ran ({details})")


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """The C locale for the test (its encoding is ASCII unless Python runs in UTF-8 mode)."""
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
