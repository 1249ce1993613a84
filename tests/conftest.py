"""Shared fixtures: where things are, and small helpers to write docs and convert them."""

from __future__ import annotations

import atexit
import inspect
import locale
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from types import CodeType, FunctionType, ModuleType
from typing import Any

import pytest
from hypothesis import settings

from mock_server import MockServer, MockServerUnavailable
from rtkgen.converter.convert import convert
from rtkgen.converter.markdown_parser import parse_document
from rtkgen.converter.records import DocFile
from rtkgen.core.openapi_common import load_yaml

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


def set_test_environment(environ: MutableMapping[str, str] = os.environ) -> str:
    """Gives ``environ`` the values the suite's subprocesses rely on (TEST_ENVIRONMENT), and the
    pipeline's caches a folder of this test process (removed at exit), not .cache/ in the tree;
    returns that folder."""
    for name in UNSET_IN_TESTS:
        environ.pop(name, None)
    environ.update(TEST_ENVIRONMENT)
    cache = tempfile.mkdtemp(prefix="pipeline-cache-")
    atexit.register(_remove_in, os.getpid(), cache)
    environ["PIPELINE_CACHE"] = cache
    return cache


def _remove_in(owner: int, folder: str) -> None:
    """Remove ``folder`` at the exit of the process ``owner`` only (not of a fork of it, such as
    a mutmut worker, which would remove it under its parent)."""
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


CACHE_OWNER, OWN_CACHE = os.getpid(), set_test_environment()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Removes this process's cache folder when its session ends: a process that ends without
    running its exit handlers (a mutmut worker ends with ``os._exit``) would leave it behind."""
    _remove_in(CACHE_OWNER, OWN_CACHE)


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
# Copies of the sample corpus and the reference page: the repository stands alone (docs/testing.md).
CORPUS = DATA / "corpus"
REFERENCE_DIR = DATA / "reference"
CORPUS_FAMILIES = ("cloudflare-sample", "realtimekit")


class MissingTestInput(AssertionError):
    """A test's input file is not in the repository: the test fails at once, naming it."""


_COMMITTED_SPEC: list[bytes] = []  # the committed openapi.yaml, parsed once per test process (pickled)


def committed_spec() -> dict[str, Any]:
    """The committed ``openapi.yaml`` as Python data: parsed once per test process (about 1 s of
    YAML parsing, which a dozen test modules would otherwise each pay at collection), and a fresh
    copy on every call, so a test that changes it changes nobody else's."""
    if not _COMMITTED_SPEC:
        document = load_yaml((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
        _COMMITTED_SPEC.append(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    spec: dict[str, Any] = pickle.loads(_COMMITTED_SPEC[0])
    return spec


def run_with_client(code: str) -> str:
    """What ``code`` prints, run by a fresh Python that imports the committed client (and nothing
    else of the project): import costs and import side effects are seen as a user would."""
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "generated_client")},
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def data_files(folder: Path, pattern: str = "*.md") -> list[Path]:
    """The files of a tests/data folder, sorted; fails at once (never an empty loop) when there are none."""
    files = sorted(folder.glob(pattern))
    if not files:
        raise MissingTestInput(
            f"{folder}: no {pattern} files; the tests' inputs live in tests/data "
            "(docs/testing.md: Standing alone)"
        )
    return files


def data_file(path: Path) -> Path:
    """A tests/data file that must exist; fails at once with its path otherwise."""
    if not path.is_file():
        raise MissingTestInput(
            f"{path}: missing; the tests' inputs live in tests/data (docs/testing.md: Standing alone)"
        )
    return path


def public_names(kind: type) -> list[str]:
    """The public attribute names of ``kind`` (``dir``'s, in order), without those ``make mutation``
    adds: mutmut keeps each mutant of a method as a class attribute (``xǁClassǁmethod__mutmut_1``)."""
    return [name for name in dir(kind) if not name.startswith("_") and "ǁ" not in name]


def op_markdown(
    summary: str = "Get a thing",
    method: str = "GET",
    path: str = "/things/{thing_id}",
    description: str = "Returns a thing.",
    responses: str = '#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{"success": "*boolean*"}\n```',
) -> str:
    """One operation in the docs format (docs-format.md)."""
    return f"## {summary}\n\n**{method}** `{path}`\n\n{description}\n\n### Responses\n\n{responses}\n"


def older_op_markdown(
    summary: str = "Get a thing",
    method: str = "GET",
    path: str = "/things/{thing_id}",
    description: str = "x",
) -> str:
    """One operation in the older generation of the format: no ``### Responses`` section."""
    return f"## {summary}\n\n**{method}** `{path}`\n\n{description}\n"


def doc_markdown(*operations: str, tag: str = "Things") -> str:
    """A whole docs file: the title, then operations joined by blank lines."""
    return f"# {tag}\n\n" + "\n\n\n".join(operations)


def parse_one(text: str, path: str = "things.md") -> DocFile:
    doc, errors = parse_document(path, text)
    assert not errors, [str(e) for e in errors]
    assert doc is not None
    return doc


@pytest.fixture
def compared_operations(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The (path, method) keys, in order, of the operations the change report compares field by
    field from now on (``compare._operation_changes``): the ones its skip did not leave out."""
    from rtkgen.changes import compare

    compared: list[Any] = []
    original = compare._operation_changes

    def spy(old_key: Any, *rest: Any) -> list[compare.Found]:
        compared.append(old_key)
        return original(old_key, *rest)

    monkeypatch.setattr(compare, "_operation_changes", spy)
    return compared


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


# --- Which tests are slow: `make test-fast` leaves them out (docs/testing.md) --------------------
# A test is `slow` when it needs the mock server (the ``mock_server`` fixture) or when its code,
# its fixtures' or that of a function of this project it calls (followed through tests/, scripts/
# and bench/) starts a process: the pipeline, the generator, mypy, pip, npm. Found from the code
# at collection, so a new test is classified without a list to edit; ``@pytest.mark.slow`` by
# hand also works.

SLOW_FIXTURES = frozenset({"mock_server"})
PROCESS_MODULES = frozenset({"subprocess", "multiprocessing", "concurrent.futures.process"})
# src/: where `make mutation`'s workspace puts its copy of scripts/ (mutmut wants src/)
OWN_FOLDERS = tuple(str(ROOT / folder) + os.sep for folder in ("tests", "scripts", "src", "bench"))


def _names_of(code: CodeType) -> set[str]:
    """The global and attribute names ``code`` and the functions nested in it refer to."""
    names: set[str] = set()
    pending = [code]
    while pending:
        current = pending.pop()
        names.update(current.co_names)
        pending.extend(const for const in current.co_consts if isinstance(const, CodeType))
    return names


def _own_functions(value: object) -> list[FunctionType]:
    """``value`` as functions of this project (the methods of a class of its own), else none."""
    if isinstance(value, FunctionType):
        value = getattr(getattr(value, "hypothesis", None), "inner_test", value)
    if isinstance(value, type):
        candidates = [inspect.unwrap(member) for member in vars(value).values() if callable(member)]
    else:
        candidates = [inspect.unwrap(value)] if callable(value) else []
    return [
        function
        for function in candidates
        if isinstance(function, FunctionType) and function.__code__.co_filename.startswith(OWN_FOLDERS)
    ]


def _starts_a_process(value: object, seen: set[CodeType]) -> bool:
    """Whether ``value`` (a function or class of this project), or one it refers to, uses a
    module that starts processes (subprocess, multiprocessing)."""
    for function in _own_functions(value):
        if function.__code__ in seen:
            continue
        seen.add(function.__code__)
        names = _names_of(function.__code__)
        for name in names:
            target = function.__globals__.get(name)
            if _process_module(target) or _starts_a_process(target, seen):
                return True
            # ``regenerate.main``: the names of a module of this project that this code uses
            if _is_own_module(target) and any(
                _starts_a_process(getattr(target, attribute, None), seen) for attribute in names
            ):
                return True
    return False


def _process_module(value: object) -> bool:
    """Whether ``value`` is, or comes from, a module that starts processes (``subprocess.run``)."""
    module = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
    return module in PROCESS_MODULES


def _is_own_module(value: object) -> bool:
    """Whether ``value`` is a module of this project (tests/, scripts/ or bench/)."""
    return isinstance(value, ModuleType) and str(getattr(value, "__file__", "")).startswith(OWN_FOLDERS)


def is_slow(item: pytest.Item) -> bool:
    """Whether ``item`` needs the mock server or starts a process (see above)."""
    if item.get_closest_marker("slow") is not None:
        return True
    if not isinstance(item, pytest.Function):
        return False
    if SLOW_FIXTURES.intersection(item.fixturenames):
        return True
    fixtures = tuple(d.func for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs)
    return _uses_a_process((item.obj, *fixtures))


_CLASSIFIED: dict[tuple[object, ...], bool] = {}  # the items of one parametrized test share theirs


def _uses_a_process(functions: tuple[object, ...]) -> bool:
    """Whether a test function or one of its fixtures starts a process (see above); worked out
    once per test function and set of fixtures, not once per parametrized case."""
    if functions not in _CLASSIFIED:
        seen: set[CodeType] = set()
        _CLASSIFIED[functions] = any(_starts_a_process(value, seen) for value in functions)
    return _CLASSIFIED[functions]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--max-examples",
        type=int,
        default=None,
        help="at most this many examples per hypothesis test (make test-fast: the edit loop)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every slow test ``slow`` (``make test-fast`` runs ``-m "not slow"``), and cap the
    property tests' examples at ``--max-examples`` when given (their own settings otherwise)."""
    cap: int | None = config.getoption("max_examples")
    for item in items:
        if is_slow(item):
            item.add_marker(pytest.mark.slow)
        if cap is not None and isinstance(item, pytest.Function):
            _cap_examples(item.obj, cap)


def _cap_examples(test: object, cap: int) -> None:
    """At most ``cap`` examples for ``test`` if it is a hypothesis test: its settings, which a
    profile cannot override (hypothesis keeps them on the test), with ``max_examples`` lowered."""
    current = getattr(test, "_hypothesis_internal_use_settings", None)
    if isinstance(current, settings) and current.max_examples > cap:
        test._hypothesis_internal_use_settings = settings(current, max_examples=cap)  # type: ignore[attr-defined]
