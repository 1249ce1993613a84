"""Every kind of malformed input: ``FILE:LINE: message``, exit 2, no traceback, nothing written.

Each case is a docs file, the line the problem must be reported on (found by a needle in the
file, so the cases stay readable) and words the message must hold. The table runs in-process
through the command line's ``main``; one subprocess run checks all cases together: every
problem of every file reported at once, no traceback, the old output file kept.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, doc_markdown, op_markdown
from rtkgen.converter import cli as docs_to_openapi

SCRIPT = ROOT / "scripts" / "docs_to_openapi.py"
OLD_OUTPUT = "previous output, must survive\n"


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    needle: bytes | None  # the reported line is the first one holding this (None: line 1)
    words: tuple[str, ...]  # the message holds each of these


def ok_response(skeleton: str = '{"a": "*string*"}') -> str:
    return f"#### 200 OK\n\n```json\n{skeleton}\n```"


def case(name: str, text: str, needle: str | None, *words: str) -> Case:
    return Case(name, text.encode(), None if needle is None else needle.encode(), words)


CASES = [
    case("empty file", "", None, "the file is empty", "expected '# {tag}'"),
    case("only blank lines", "\n\n\n", None, "the file is empty"),
    case(
        "no title",
        op_markdown(),
        None,
        "expected the file's title '# {tag}' on line 1",
        "found '## Get a thing'",
    ),
    case("title without text", "# \n\n" + op_markdown(), None, "expected the file's title"),
    case("title but no operation", "# Things\n", None, "no operation found"),
    case(
        "heading without method line",
        doc_markdown("## Orphan\n\nJust text.\n", op_markdown(path="/b")),
        "## Orphan",
        "a '## ' heading that starts no operation",
        "'**METHOD** `path`'",
        "found 'Just text.'",
    ),
    case(
        "method line not followed by a blank line",
        doc_markdown(op_markdown().replace("`\n\nReturns", "`\nReturns")),
        "## Get a thing",
        "starts no operation",
    ),
    case(
        "unknown HTTP method",
        doc_markdown(op_markdown(method="FETCH")),
        "**FETCH**",
        "unknown HTTP method 'FETCH'",
        "expected one of GET",
    ),
    case(
        "unbalanced opening brace",
        doc_markdown(op_markdown(path="/a/{b")),
        "**GET**",
        "path '/a/{b' has unbalanced braces",
        "expected '{name}'",
    ),
    case(
        "unbalanced closing brace",
        doc_markdown(op_markdown(path="/a/b}/{c}")),
        "**GET**",
        "unbalanced braces",
    ),
    case("nested braces", doc_markdown(op_markdown(path="/a/{{b}}")), "**GET**", "unbalanced braces"),
    case("empty parameter name", doc_markdown(op_markdown(path="/a/{}")), "**GET**", "empty parameter name"),
    case("relative path", doc_markdown(op_markdown(path="a/b")), "**GET**", "must start with '/'"),
    case("path with a query", doc_markdown(op_markdown(path="/a?b=1")), "**GET**", "no query or fragment"),
    case(
        "parameter name with a colon",
        doc_markdown(op_markdown(path="/a/{b:c}")),
        "**GET**",
        "path parameter name 'b:c' in '/a/{b:c}' may hold only letters, digits",
    ),
    case(
        "same method and path twice in a file",
        doc_markdown(op_markdown(summary="First"), op_markdown(summary="Second")),
        "## Second",
        "GET /things/{thing_id} is documented twice",
        "first at",
        ":3)",
    ),
    case(
        "no responses section",
        doc_markdown(op_markdown().replace("### Responses\n\n", "")),
        "## Get a thing",
        "has no '### Responses' section",
        "expected it after the description",
    ),
    case(
        "responses heading swallowed by an open fence in the description",
        doc_markdown(op_markdown(description="Example:\n\n```python\nprint(1)")),
        "## Get a thing",
        "has no '### Responses' section",
        "inside a code or HTML block opened on line 9",
    ),
    case(
        "responses section without any response",
        doc_markdown(op_markdown(responses="")),
        "### Responses",
        "lists no response",
    ),
    case(
        "text instead of a response heading",
        doc_markdown(op_markdown(responses="Some text.\n\n" + ok_response())),
        "Some text.",
        "expected a response heading '#### {status} {description}'",
    ),
    case(
        "status that is a word",
        doc_markdown(op_markdown(responses="#### OK fine\n\n```json\n\n```")),
        "#### OK",
        "status 'OK' is not a code (200), a range (4XX) or 'default'",
    ),
    case(
        "status with four digits",
        doc_markdown(op_markdown(responses="#### 2000 OK\n\n```json\n\n```")),
        "#### 2000",
        "status '2000' is not a code",
    ),
    case(
        "partial range",
        doc_markdown(op_markdown(responses="#### 20X OK\n\n```json\n\n```")),
        "#### 20X",
        "status '20X' is not a code",
    ),
    case(
        "status listed twice",
        doc_markdown(op_markdown(responses=ok_response() + "\n\n#### 200 again\n\n```json\n\n```")),
        "#### 200 again",
        "status 200 is listed twice",
    ),
    case(
        "response without body block",
        doc_markdown(op_markdown(responses="#### 200 OK\n\nno fence here")),
        "#### 200 OK",
        "response 200 has no '```json' block",
    ),
    case(
        "unterminated response fence at the end of the file",
        doc_markdown(op_markdown(responses='#### 200 OK\n\n```json\n{"a": "*string*"}\n')),
        "```json",
        "unterminated code fence",
        "expected a closing '```'",
    ),
    case(
        "unterminated fence in a description at the end of the file",
        doc_markdown(op_markdown(), "Trailing text.\n\n```\nnever closed\n"),
        "```\nnever",
        "unterminated code fence",
    ),
    case(
        "skeleton that is not JSON",
        doc_markdown(op_markdown(responses=ok_response('{"a": *string*}'))),
        '{"a"',
        "the response skeleton is not valid JSON",
    ),
    case(
        "skeleton with a trailing comma on a later line",
        doc_markdown(op_markdown(responses=ok_response('{\n  "a": "*string*",\n  "b": null,\n}'))),
        "}\n```",
        "not valid JSON",
    ),
    case(
        "unknown placeholder",
        doc_markdown(op_markdown(responses=ok_response('{\n  "a": "*strng*"\n}'))),
        '"*strng*"',
        "unknown placeholder '*strng*'",
        "expected one of *string*",
    ),
    case(
        "literal value in a skeleton",
        doc_markdown(op_markdown(responses=ok_response('{\n  "a": 42\n}'))),
        '"a": 42',
        "unexpected literal 42",
    ),
    case(
        "array with two item schemas",
        doc_markdown(op_markdown(responses=ok_response('["*string*", "*integer*"]'))),
        '["*string*"',
        "one item schema, found 2 items",
    ),
    Case(
        "not UTF-8",
        doc_markdown(op_markdown(description="caf\x00 ok\nbad byte: X here")).encode().replace(b"X", b"\xe9"),
        b"bad byte",
        ("not valid UTF-8", "byte 0xe9", "column 11"),
    ),
]


def line_of(content: bytes, needle: bytes | None) -> int:
    if needle is None:
        return 1
    assert content.count(needle) >= 1, needle
    return content[: content.index(needle)].count(b"\n") + 1


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = docs_to_openapi.main(argv)
    return status, capsys.readouterr().err


@pytest.mark.parametrize("bad", CASES, ids=lambda c: c.name)
def test_bad_input_is_reported_with_file_and_line(
    bad: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.md"
    source.write_bytes(bad.content)
    output = tmp_path / "out.yaml"
    output.write_text(OLD_OUTPUT)
    status, stderr = run_main(["-o", str(output), str(source)], capsys)
    assert status == 2, stderr
    first = stderr.splitlines()[0]
    prefix = f"{source}:{line_of(bad.content, bad.needle)}: "
    reported = [line for line in stderr.splitlines() if line.startswith(prefix)]
    assert reported, f"expected a line starting {prefix!r}, got:\n{stderr}"
    assert any(all(word in line for word in bad.words) for line in reported), stderr
    assert first.startswith(f"{source}:")
    assert stderr.splitlines()[-1].endswith("problem(s) in the docs; nothing was written")
    assert output.read_text() == OLD_OUTPUT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md", "out.yaml"]


def test_every_problem_of_every_file_is_reported_in_one_run(tmp_path: Path) -> None:
    """All cases at once, plus a route that two files share: each problem once, no traceback."""
    files = []
    for number, bad in enumerate(CASES):
        file = tmp_path / f"{number:02d}.md"
        file.write_bytes(bad.content)
        files.append(file)
    shared = op_markdown(summary="Shared", method="DELETE", path="/shared/{x}")
    (tmp_path / "x1.md").write_text(doc_markdown(shared, tag="One"))
    (tmp_path / "x2.md").write_text(doc_markdown(op_markdown(path="/other"), shared, tag="Two"))
    output = tmp_path / "out.yaml"
    output.write_text(OLD_OUTPUT)
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "-o", str(output), str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for file, bad in zip(files, CASES, strict=True):
        prefix = f"{file}:{line_of(bad.content, bad.needle)}: "
        assert any(line.startswith(prefix) for line in lines), (bad.name, result.stderr)
    duplicate = (
        f"{tmp_path / 'x2.md'}:21: DELETE /shared/{{x}} is documented twice (first at {tmp_path / 'x1.md'}:3)"
    )
    assert any(line.startswith(duplicate) for line in lines), result.stderr
    problems = len(lines) - 1
    assert lines[-1] == f"{problems} problem(s) in the docs; nothing was written"
    assert len(set(lines)) == len(lines), "a problem was reported twice"
    assert output.read_text() == OLD_OUTPUT
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_an_internal_error_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "good.md"
    source.write_text(doc_markdown(op_markdown()))
    output = tmp_path / "out.yaml"
    output.write_text(OLD_OUTPUT)

    def broken(*_: object) -> str:
        raise KeyError("a bug\nover two lines")

    monkeypatch.setattr(docs_to_openapi, "to_yaml", broken)
    status, stderr = run_main(["-o", str(output), str(source)], capsys)
    assert status == 1
    assert stderr.splitlines() == [
        "internal error: KeyError: 'a bug\\nover two lines' (run with --debug for the traceback)"
    ]
    status, stderr = run_main(["--debug", "-o", str(output), str(source)], capsys)
    assert status == 1
    assert stderr.startswith("Traceback (most recent call last):")
    assert 'raise KeyError("a bug' in stderr
    assert stderr.splitlines()[-1].startswith("internal error: KeyError:")
    assert output.read_text() == OLD_OUTPUT


def test_an_unwritable_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "good.md"
    source.write_text(doc_markdown(op_markdown()))
    blocker = tmp_path / "file"
    blocker.write_text("a file, not a folder")
    status, stderr = run_main(["-o", str(blocker / "out.yaml"), str(source)], capsys)
    assert status == 1
    assert stderr.startswith(f"{blocker / 'out.yaml'}: cannot write: ")
    assert "Traceback" not in stderr


def test_files_that_cannot_be_read_are_all_named() -> None:
    from rtkgen.converter.convert import read_sources
    from rtkgen.converter.records import ConversionError

    with pytest.raises(ConversionError) as caught:
        read_sources([Path("/nonexistent/a.md"), Path("/")])
    assert [str(error) for error in caught.value.errors] == [
        "/nonexistent/a.md:0: cannot read: No such file or directory",
        "/:0: cannot read: Is a directory",
    ]
