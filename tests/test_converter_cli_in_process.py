"""The converter's command line (``scripts/docs_to_openapi.py``, ``rtkgen.converter.cli``) run in
this process: its help text, its usage errors, the exit status, what it prints on stdout and
stderr, and what it writes or leaves alone.

tests/test_cli.py runs the script in a subprocess (a slow test, which ``make mutation`` leaves
out); these call ``main``, ``convert_paths`` and ``convert_files`` directly, so the fast suite and
mutation testing see the command line too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import doc_markdown, op_markdown
from rtkgen.converter import cli
from rtkgen.converter.convert import convert
from rtkgen.converter.openapi_builder import DocumentInfo
from rtkgen.converter.yaml_writer import to_yaml
from rtkgen.core.openapi_common import load_yaml, route_key

OLD_OUTPUT = "previous good output\n"
NO_TRACEBACK_HINT = "(run with --debug for the traceback)"

# What `docs_to_openapi.py --help` prints in an 80-column terminal.
HELP = """\
usage: docs_to_openapi.py [-h] -o OUTPUT [--title TITLE] [--version VERSION]
                          [--debug]
                          PATH [PATH ...]

Convert markdown API docs into an OpenAPI 3.1 YAML document.

positional arguments:
  PATH                  markdown file or folder

options:
  -h, --help            show this help message and exit
  -o OUTPUT, --output OUTPUT
                        the YAML file to write
  --title TITLE         info.title of the document
  --version VERSION     info.version of the document
  --debug               print the traceback of internal errors
"""


@pytest.fixture(autouse=True)
def command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse names the program after ``sys.argv[0]`` and wraps its help to the terminal's
    width (``COLUMNS``): the script's name and 80 columns, whatever runs the tests."""
    monkeypatch.setattr(sys, "argv", ["docs_to_openapi.py"])
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def docs(tmp_path: Path) -> list[Path]:
    """Two docs files: three operations on two paths (one path has two methods)."""
    first = tmp_path / "a.md"
    first.write_text(
        doc_markdown(
            op_markdown(path="/a"), op_markdown(summary="Drop a", method="DELETE", path="/a"), tag="A"
        )
    )
    second = tmp_path / "b.md"
    second.write_text(doc_markdown(op_markdown(summary="Get b", path="/b"), tag="B"))
    return [first, second]


def expected_yaml(files: list[Path], info: DocumentInfo) -> str:
    return to_yaml(convert([(str(file), file.read_bytes()) for file in files], info))


def break_in(monkeypatch: pytest.MonkeyPatch, name: str, error: Exception) -> None:
    """Make ``cli.<name>`` (a stage the command line calls) raise ``error``: a bug."""

    def broken(*_: object, **__: object) -> object:
        raise error

    monkeypatch.setattr(cli, name, broken)


def test_the_help_describes_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out, err = capsys.readouterr()
    assert (out, err) == (HELP, "")


@pytest.mark.parametrize(
    ("argv", "missing"),
    [
        ([], "-o/--output, PATH"),
        (["docs"], "-o/--output"),
        (["-o", "out.yaml"], "PATH"),
    ],
    ids=["nothing", "no output", "no input"],
)
def test_a_missing_argument_is_a_usage_error(
    argv: list[str],
    missing: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err.splitlines()[-1] == f"docs_to_openapi.py: error: the following arguments are required: {missing}"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "title", "version"),
    [
        ([], "RealtimeKit API", "0.1.0"),
        (["--title", "Demo API"], "Demo API", "0.1.0"),
        (["--version", "2.3.4"], "RealtimeKit API", "2.3.4"),
        (["--title", "Demo API", "--version", "2.3.4"], "Demo API", "2.3.4"),
    ],
    ids=["defaults", "title", "version", "both"],
)
def test_a_conversion_writes_the_document_with_its_title_and_version(
    options: list[str],
    title: str,
    version: str,
    docs: list[Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "out.yaml"
    status = cli.main([*options, "-o", str(output), *map(str, docs)])
    assert status == 0
    assert capsys.readouterr() == ("converted 3 operations from 2 file(s)\n", "")
    written = output.read_text(encoding="utf-8")
    assert written == expected_yaml(docs, DocumentInfo(title=title, version=version))
    assert load_yaml(written)["info"] == {"title": title, "version": version}


def test_a_folder_is_converted_like_its_markdown_files(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out" / "spec.yaml"
    assert cli.main(["-o", str(output), str(tmp_path)]) == 0
    assert capsys.readouterr() == ("converted 3 operations from 2 file(s)\n", "")
    assert output.read_text(encoding="utf-8") == expected_yaml(docs, DocumentInfo(title="RealtimeKit API"))


def test_problems_in_the_docs_exit_2_with_file_and_line_and_write_nothing(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "c.md"
    bad.write_text(doc_markdown(op_markdown(method="FETCH", path="/c b")))
    output = tmp_path / "out.yaml"
    output.write_text(OLD_OUTPUT)
    assert cli.main(["-o", str(output), *map(str, docs), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{bad}:5: unknown HTTP method 'FETCH'; expected one of "
        "GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE",
        f"{bad}:5: path '/c b' holds a space, '?' or '#'; expected no query or fragment",
        "2 problem(s) in the docs; nothing was written",
    ]
    assert output.read_text() == OLD_OUTPUT


# (id, the stage that fails, arguments before -o): main's --debug reaches both stages
INTERNAL_ERRORS = [
    ("converting", "convert", []),
    ("writing YAML", "to_yaml", []),
    ("converting, --debug", "convert", ["--debug"]),
    ("writing YAML, --debug", "to_yaml", ["--debug"]),
]


@pytest.mark.parametrize(
    ("stage", "options"), [c[1:] for c in INTERNAL_ERRORS], ids=[c[0] for c in INTERNAL_ERRORS]
)
def test_an_internal_error_is_one_line_and_exit_1_with_the_traceback_only_on_debug(
    stage: str,
    options: list[str],
    docs: list[Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    break_in(monkeypatch, stage, KeyError("a bug\nover  two lines"))
    output = tmp_path / "out.yaml"
    output.write_text(OLD_OUTPUT)
    assert cli.main([*options, "-o", str(output), *map(str, docs)]) == 1
    err = capsys.readouterr().err
    last = f"internal error: KeyError: 'a bug\\nover two lines' {NO_TRACEBACK_HINT}"  # one space
    if options:
        assert err.startswith("Traceback (most recent call last):\n")
        assert err.splitlines()[-2] == "KeyError: 'a bug\\nover  two lines'"
        assert err.splitlines()[-1] == last
    else:
        assert err.splitlines() == [last]
    assert output.read_text() == OLD_OUTPUT


def test_the_message_of_an_internal_error_is_one_line_of_at_most_300_characters(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    message = "word\n\t " + "x" * 294 + "yz and more"  # 301 characters once the whitespace is one space
    break_in(monkeypatch, "convert", ValueError(message))
    assert cli.main(["-o", str(tmp_path / "out.yaml"), *map(str, docs)]) == 1
    assert capsys.readouterr().err == f"internal error: ValueError: word {'x' * 294}y {NO_TRACEBACK_HINT}\n"


# (id, the stage that fails, the call with its defaults): no traceback unless asked for
DEFAULT_CALLS: list[tuple[str, str, Callable[[list[Path], Path], object]]] = [
    ("convert_paths", "convert", lambda paths, _: cli.convert_paths(paths, DocumentInfo())),
    ("convert_files", "to_yaml", lambda paths, output: cli.convert_files(paths, output, DocumentInfo())),
]


@pytest.mark.parametrize(("stage", "call"), [c[1:] for c in DEFAULT_CALLS], ids=[c[0] for c in DEFAULT_CALLS])
def test_without_debug_the_functions_print_no_traceback(
    stage: str,
    call: Callable[[list[Path], Path], object],
    docs: list[Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    break_in(monkeypatch, stage, RuntimeError("boom"))
    result = call(docs, tmp_path / "out.yaml")
    assert result in (1, (1, None))
    assert capsys.readouterr().err == f"internal error: RuntimeError: boom {NO_TRACEBACK_HINT}\n"
    assert not (tmp_path / "out.yaml").exists()


def test_convert_files_passes_debug_on_to_the_conversion(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    break_in(monkeypatch, "convert", RuntimeError("boom"))
    assert cli.convert_files(docs, tmp_path / "out.yaml", DocumentInfo(), debug=True) == 1
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):\n")
    assert err.splitlines()[-2:] == [
        "RuntimeError: boom",
        f"internal error: RuntimeError: boom {NO_TRACEBACK_HINT}",
    ]


def test_convert_files_returns_0_and_writes_the_document(
    docs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.yaml"
    info = DocumentInfo(title="T", version="9")
    assert cli.convert_files(docs, output, info) == 0
    assert capsys.readouterr() == ("converted 3 operations from 2 file(s)\n", "")
    assert output.read_text(encoding="utf-8") == expected_yaml(docs, info)


def unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """An output whose folder is a file: the OS says why (``strerror``)."""
    blocker = tmp_path / "file"
    blocker.write_text("a file, not a folder")
    return blocker / "out.yaml", "File exists"


def failing_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """An ``OSError`` without ``strerror`` (raised by code, not by the OS): its text is said."""

    def write(*_: object) -> None:
        raise OSError("the disk is on fire")

    monkeypatch.setattr(cli, "write_atomically", write)
    return tmp_path / "out.yaml", "the disk is on fire"


@pytest.mark.parametrize("make", [unwritable_folder, failing_disk], ids=["folder is a file", "no strerror"])
def test_an_output_that_cannot_be_written_is_exit_1_with_the_reason(
    make: Callable[[Path, pytest.MonkeyPatch], tuple[Path, str]],
    docs: list[Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    output, reason = make(tmp_path, monkeypatch)
    assert cli.main(["-o", str(output), *map(str, docs)]) == 1
    assert capsys.readouterr() == (
        "converted 3 operations from 2 file(s)\n",
        f"{output}: cannot write: {reason}; nothing was written\n",
    )
    assert not output.exists()


@pytest.mark.parametrize(
    ("previous", "operation_id"),
    [(None, "get_a_thing"), ({route_key("GET", "/a"): "get_a_thing_2"}, "get_a_thing_2")],
    ids=["no previous spec", "the name the previous spec published"],
)
def test_convert_paths_keeps_the_names_a_previous_spec_published(
    previous: dict[tuple[str, str], str] | None,
    operation_id: str,
    docs: list[Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, document = cli.convert_paths(docs, DocumentInfo(), previous_names=previous)
    assert status == 0
    assert document is not None
    assert document["paths"]["/a"]["get"]["operationId"] == operation_id
    assert capsys.readouterr() == ("converted 3 operations from 2 file(s)\n", "")
