"""Every problem the markdown stage reports, as the user reads it: ``FILE:LINE: message``, exact.

tests/test_bad_input.py checks that each kind of bad input is reported on its line with some
words of its message; here the whole list of problems of each file is compared, so a changed
message, a wrong line or a problem reported twice (or not at all) fails. The cases include the
ones mutation testing showed no test looked at (``make mutation``, mutation/equivalent.md).
"""

from __future__ import annotations

import pytest

from conftest import doc_markdown, older_op_markdown, op_markdown
from rtkgen.converter.markdown_parser import decode_document, parse_document

JSON = "```json\n{}\n```"
EMPTY = "```json\n\n```"
NOTE = '> Data is at `body["result"]`'
HEADING_HINT = (
    "a '## ' heading that starts no operation: expected a blank line, "
    "'**METHOD** `path`' and a blank line after the summary, found "
)
PLACEHOLDER_HINT = "expected one of *string*, *integer*, *number*, *boolean*, null, {} or [x]"


def frame(*lines: str) -> str:
    """A file from its lines (each ends with a newline)."""
    return "".join(f"{line}\n" for line in lines)


# (id, the file, every problem reported, in order)
CASES: list[tuple[str, str, list[str]]] = [
    ("empty file", "", ["a.md:1: the file is empty; expected '# {tag}' on line 1, then the operations"]),
    (
        "title only",
        "# Things\n",
        ["a.md:1: no operation found; expected '## {summary}', a blank line, '**METHOD** `path`'"],
    ),
    (
        "text but no operation",
        "# Things\n\nJust text.\n",
        [
            "a.md:1: no operation found; expected '## {summary}', a blank line, '**METHOD** `path`'",
            "a.md:3: unexpected text before the first operation: 'Just text.'",
        ],
    ),
    (
        "text right under the title",
        "# Things\nStray.\n\n" + op_markdown(),
        ["a.md:2: unexpected text before the first operation: 'Stray.'"],
    ),
    (
        "a response heading right under the title is stray text",
        "# Things\n#### 200 Stray\n\n" + op_markdown(),
        ["a.md:2: unexpected text before the first operation: '#### 200 Stray'"],
    ),
    (
        "a long stray line is cut at 60 characters",
        "# Things\n\n" + "x" * 59 + "yz\n\n" + op_markdown(),
        [f"a.md:3: unexpected text before the first operation: '{'x' * 59}y'"],
    ),
    (
        "a heading with nothing after it",
        "# Things\n\n## Orphan\n",
        [
            "a.md:1: no operation found; expected '## {summary}', a blank line, '**METHOD** `path`'",
            f"a.md:3: {HEADING_HINT}''",
        ],
    ),
    (
        "a heading names the line right under it",
        frame("# Things", "", "## Orphan", "second line", "", "third") + "\n" + op_markdown(),
        [f"a.md:3: {HEADING_HINT}'second line'"],
    ),
    (
        "a heading's following line is cut at 60 characters",
        frame("# Things", "", "## Orphan", "", "y" * 59 + "yz") + "\n" + op_markdown(),
        [f"a.md:3: {HEADING_HINT}'{'y' * 60}'"],
    ),
    (
        "unknown method",
        doc_markdown(op_markdown(method="FETCH")),
        [
            "a.md:5: unknown HTTP method 'FETCH'; expected one of "
            "GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE"
        ],
    ),
    (
        "a response block without its section heading (not the older format: a broken section)",
        doc_markdown(op_markdown(), op_markdown(path="/b").replace("### Responses\n\n", "")),
        [
            "a.md:21: operation GET /b has no '### Responses' section; expected it after the "
            "description (line 27 starts a response block; is the section's heading missing?)"
        ],
    ),
    (
        "a response heading followed by a bare JSON fence, without the section heading",
        frame("# Things", "", "## S", "", "**GET** `/x`", "", "Text.", "", "#### 404 ", "", "```json", "```"),
        [
            "a.md:3: operation GET /x has no '### Responses' section; expected it after the "
            "description (line 9 starts a response block; is the section's heading missing?)"
        ],
    ),
    (
        "a response block at the very top of the description, without the section heading",
        frame("# Things", "", "## S", "", "**GET** `/x`", "", "#### 200 OK", "", "```json", "{}", "```"),
        [
            "a.md:3: operation GET /x has no '### Responses' section; expected it after the "
            "description (line 7 starts a response block; is the section's heading missing?)"
        ],
    ),
    (
        "a response heading right above its JSON fence, without the section heading",
        frame(
            "# Things", "", "## S", "", "**GET** `/x`", "", "Text.", "", "#### 200 OK", "```json", "{}", "```"
        ),
        [
            "a.md:3: operation GET /x has no '### Responses' section; expected it after the "
            "description (line 9 starts a response block; is the section's heading missing?)"
        ],
    ),
    (
        "a '### Responses' in a code block of an earlier operation is not this one's hidden section",
        doc_markdown(
            older_op_markdown(path="/a", description="Example:\n\n```\n### Responses\n```"),
            op_markdown(path="/b").replace("### Responses\n\n", ""),
        ),
        [
            "a.md:15: operation GET /b has no '### Responses' section; expected it after the "
            "description (line 21 starts a response block; is the section's heading missing?)"
        ],
    ),
    (
        "the section swallowed by a block left open",
        doc_markdown(op_markdown(description="Example:\n\n```python\nprint(1)")),
        [
            "a.md:3: operation GET /things/{thing_id} has no '### Responses' section; expected it after "
            "the description (line 12 is inside a code or HTML block opened on line 9; is that block "
            "left open?)"
        ],
    ),
    (
        "no blank line before the responses section",
        doc_markdown(op_markdown(description="Text.")).replace("Text.\n\n###", "Text.\n###"),
        ["a.md:7: expected a blank line before '### Responses'"],
    ),
    (
        "the response description runs into the body block",
        doc_markdown(op_markdown(responses=f"#### 200 OK\n```\n{JSON}")),
        ["a.md:12: expected a blank line before the response's body block"],
    ),
    (
        "the block before the body block holds the wrong placeholder",
        doc_markdown(op_markdown(responses='#### 200 OK\nsee "*strng*"\n```json\n{"a": "*strng*"}\n```')),
        [
            "a.md:12: expected a blank line before the response's body block",
            f"a.md:14: unknown placeholder '*strng*'; {PLACEHOLDER_HINT}",
        ],
    ),
    (
        "a body block closed by four backticks",
        doc_markdown(op_markdown(responses="#### 200 OK\n\n```json\n{}\n````")),
        ["a.md:13: unterminated code fence: expected a closing '```' line"],
    ),
    (
        "an invalid body block right before the next response",
        doc_markdown(op_markdown(responses=f"#### 200 OK\n\n```json\n{{\n```\n#### 201 B\n\n{JSON}")),
        [
            "a.md:14: the response skeleton is not valid JSON: Expecting property name enclosed in double "
            "quotes (column 2)"
        ],
    ),
    (
        "a placeholder named in the description is found in the block",
        doc_markdown(
            op_markdown(
                description='Mentions "*strng*".',
                responses='#### 200 OK\n\n```json\n{\n  "a": "*strng*"\n}\n```',
            )
        ),
        [f"a.md:15: unknown placeholder '*strng*'; {PLACEHOLDER_HINT}"],
    ),
    (
        "a placeholder written with an escape is reported on the block's first line",
        doc_markdown(op_markdown(responses='#### 200 OK\n\n```json\n{"a": "\\u002astrng*"}\n```')),
        [f"a.md:13: unknown placeholder '*strng*'; {PLACEHOLDER_HINT}"],
    ),
    (
        "literal and array problems",
        doc_markdown(
            op_markdown(responses='#### 200 OK\n\n```json\n{\n  "a": 42,\n  "b": [null, null]\n}\n```')
        ),
        [
            'a.md:15: unexpected literal 42 in a skeleton; expected a placeholder such as "*string*"',
            "a.md:16: a skeleton array holds one item schema, found 2 items",
        ],
    ),
]


@pytest.mark.parametrize(("text", "errors"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_problem_is_reported_exactly(text: str, errors: list[str]) -> None:
    doc, found = parse_document("a.md", text)
    assert doc is None
    assert [str(error) for error in found] == errors


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"# T\n\xe9", "a.md:2: not valid UTF-8: byte 0xe9 at column 1; the docs must be UTF-8"),
        (b"\n\xe9", "a.md:2: not valid UTF-8: byte 0xe9 at column 1; the docs must be UTF-8"),
        (b"ab\xff", "a.md:1: not valid UTF-8: byte 0xff at column 3; the docs must be UTF-8"),
    ],
    ids=["second line", "after an empty first line", "first line"],
)
def test_a_bad_byte_is_reported_with_its_line_and_column(data: bytes, error: str) -> None:
    text, errors = decode_document("a.md", data)
    assert text is None
    assert [str(e) for e in errors] == [error]
