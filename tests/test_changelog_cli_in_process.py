"""The changelog check's command line (``scripts/check_changelog.py``,
``rtkgen.changes.changelog_cli``; ``make check`` runs it) run in this process: its help text, its
usage error, which CHANGES.md it reads, the exit status and the ``FILE:LINE: problem`` lines it
prints on stderr (nothing on stdout).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from rtkgen.changes import changelog_cli
from rtkgen.changes.report import CHANGES_HEADER, changelog_entry

# What `check_changelog.py --help` prints in an 80-column terminal.
HELP = """\
usage: check_changelog.py [-h] spec [changes]

Check that CHANGES.md matches the spec (``make check`` runs it; see
rtkgen.changes.changelog_rules).

positional arguments:
  spec
  changes     default: CHANGES.md beside the spec

options:
  -h, --help  show this help message and exit
"""


@pytest.fixture(autouse=True)
def command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse names the program after ``sys.argv[0]`` and wraps its help to the terminal's
    width (``COLUMNS``): the script's name and 80 columns, whatever runs the tests."""
    monkeypatch.setattr(sys, "argv", ["check_changelog.py"])
    monkeypatch.setenv("COLUMNS", "80")


def changelog(*versions: str, report: str = "no API changes") -> str:
    """CHANGES.md with an entry for each of ``versions``, newest first, as make generate writes
    them. Its lines: 1-5 the header, 6 blank, 7 the first entry's heading, each entry 6 lines."""
    return f"{CHANGES_HEADER}\n" + "\n".join(
        changelog_entry(version, "0.0.1", "2026-01-02", report) for version in versions
    )


def spec(folder: Path, version: str) -> Path:
    path = folder / "openapi.yaml"
    path.write_text(
        f"openapi: 3.1.0\ninfo: {{title: T, version: {version}}}\npaths: {{}}\n", encoding="utf-8"
    )
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``main(argv)``'s exit status and stderr; nothing may go to stdout."""
    status = changelog_cli.main(argv)
    out, err = capsys.readouterr()
    assert out == ""
    return status, err


def test_the_help_describes_every_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        changelog_cli.main(["--help"])
    assert exited.value.code == 0
    assert capsys.readouterr() == (HELP, "")


def test_no_spec_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        changelog_cli.main([])
    assert exited.value.code == 2
    assert capsys.readouterr() == (
        "",
        "usage: check_changelog.py [-h] spec [changes]\n"
        "check_changelog.py: error: the following arguments are required: spec\n",
    )


@pytest.mark.parametrize(
    ("version", "text", "status", "problems"),
    [
        ("0.2.0", changelog("0.2.0", "0.1.1"), 0, []),
        ("0.1.0", None, 0, []),
        (
            "0.2.0",
            None,
            1,
            ["1: does not exist, but the spec is at version 0.2.0; run make generate and commit"],
        ),
        (
            "0.2.0",
            CHANGES_HEADER,
            1,
            ["1: has no entry, but the spec is at version 0.2.0; run make generate and commit"],
        ),
        ("0.3.0", changelog("0.2.0"), 1, ["7: the newest entry is 0.2.0, but the spec is at version 0.3.0"]),
        (
            "0.3.0",
            changelog("0.2.0", "0.2.0", "0.1.1", "0.1.1"),
            1,
            [
                "7: the newest entry is 0.2.0, but the spec is at version 0.3.0",
                "13: a second entry for 0.2.0 (the first is on line 7)",
                "25: a second entry for 0.1.1 (the first is on line 19)",
            ],
        ),
    ],
    ids=["matches", "none at the first version", "none", "no entry", "old newest entry", "three problems"],
)
@pytest.mark.parametrize("given", [False, True], ids=["beside the spec", "given"])
def test_each_problem_is_one_file_line_message_on_stderr_and_the_status_says_whether_any(
    version: str,
    text: str | None,
    status: int,
    problems: list[str],
    given: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The CHANGES.md read is the one given, else the one beside the spec (here the other one
    says the opposite: it matches when the file read does not, and the other way round)."""
    (tmp_path / "spec").mkdir()
    path = spec(tmp_path / "spec", version)
    changes = tmp_path / "elsewhere.md" if given else tmp_path / "spec" / "CHANGES.md"
    other = tmp_path / "spec" / "CHANGES.md" if given else tmp_path / "elsewhere.md"
    if text is not None:
        changes.write_text(text, encoding="utf-8")
    other.write_text(changelog(version if status else "0.0.9"), encoding="utf-8")
    argv = [str(path), str(changes)] if given else [str(path)]
    assert run(argv, capsys) == (status, "".join(f"{changes}:{problem}\n" for problem in problems))


def test_changes_md_is_read_as_utf8_whatever_the_locale(
    ascii_locale: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = spec(tmp_path, "0.2.0")
    report = "API changes: 0 breaking, 1 non-breaking\n- non-breaking GET /café (café): added"
    (tmp_path / "CHANGES.md").write_text(changelog("0.2.0", report=report), encoding="utf-8")
    assert run([str(path)], capsys) == (0, "")


@pytest.mark.parametrize(
    ("spec_text", "problem"),
    [
        (None, "{spec}: cannot read the OpenAPI document: [Errno 2] No such file or directory: '{spec}'"),
        ("- a list\n", "{spec}: not an OpenAPI document (no info object)"),
        (
            "info: {version: 2}\n",
            "{spec}: info.version: version '2' is not MAJOR.MINOR.PATCH (such as 0.1.0)",
        ),
    ],
    ids=["missing", "no document", "bad version"],
)
def test_a_spec_that_cannot_be_read_exits_2_naming_it(
    spec_text: str | None, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "openapi.yaml"
    if spec_text is not None:
        path.write_text(spec_text, encoding="utf-8")
    (tmp_path / "CHANGES.md").write_text(changelog("0.2.0"), encoding="utf-8")
    assert run([str(path)], capsys) == (2, f"error: {problem.format(spec=path)}\n")


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda changes: changes.mkdir(), "[Errno 21] Is a directory: '{changes}'"),
        (
            lambda changes: changes.write_bytes(b"\xff# Changes\n"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        ),
    ],
    ids=["a folder", "not UTF-8"],
)
def test_a_changelog_that_cannot_be_read_exits_2(
    make: Callable[[Path], object], problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, changes = spec(tmp_path, "0.2.0"), tmp_path / "CHANGES.md"
    make(changes)
    assert run([str(path)], capsys) == (2, f"error: {problem.format(changes=changes)}\n")
