"""The edges of the frame (docs-format.md): what is still an operation, what is only text.

Each case is a small variation of the frame that mutation testing (``make mutation``) showed no
test pinned down: a line more or less between two frame lines, a frame line inside a code block,
a code fence at the very end of the file.
"""

from __future__ import annotations

import pytest

from conftest import doc_markdown, op_markdown, parse_one
from rtkgen.converter.markdown_parser import parse_document

JSON = "```json\n{}\n```"
NOTE = '> Data is at `body["result"]`'
RESPONSES = f"### Responses\n\n#### 200 OK\n\n{JSON}\n"

# (id, the file, [(summary, method, path, description, [(status, description, skeleton)])])
Shape = list[tuple[str, str, str, str, list[tuple[str, str, object]]]]
FRAMES: list[tuple[str, str, Shape]] = [
    (
        "a one-letter title",
        doc_markdown(op_markdown(path="/x"), tag="A"),
        [
            ("Get a thing", "GET", "/x", "Returns a thing.", [("200", "OK", {"success": "*boolean*"})]),
        ],
    ),
    (
        "a summary right under the title",
        f"# T\n## S\n\n**GET** `/x`\n\nD.\n\n{RESPONSES}",
        [
            ("S", "GET", "/x", "D.", [("200", "OK", {})]),
        ],
    ),
    (
        "a bare '##' is an empty summary",
        f"# T\n\n##\n\n**GET** `/x`\n\nD.\n\n{RESPONSES}",
        [
            ("", "GET", "/x", "D.", [("200", "OK", {})]),
        ],
    ),
    (
        "no description lines at all",
        f"# T\n\n## S\n\n**GET** `/x`\n\n{RESPONSES}",
        [
            ("S", "GET", "/x", "", [("200", "OK", {})]),
        ],
    ),
    (
        "a response heading right under '### Responses'",
        f"# T\n\n## S\n\n**GET** `/x`\n\nD.\n\n### Responses\n#### 200 OK\n\n{JSON}\n",
        [
            ("S", "GET", "/x", "D.", [("200", "OK", {})]),
        ],
    ),
    (
        "a body block right under its heading",
        doc_markdown(op_markdown(path="/x", responses=f"#### 200 OK\n{JSON}")),
        [
            ("Get a thing", "GET", "/x", "Returns a thing.", [("200", "OK", {})]),
        ],
    ),
    (
        "a body block right under the result note",
        doc_markdown(op_markdown(path="/x", responses=f"#### 200 OK\n\n{NOTE}\n{JSON}")),
        [
            ("Get a thing", "GET", "/x", "Returns a thing.", [("200", "OK", {})]),
        ],
    ),
    (
        "responses with no blank line between them",
        doc_markdown(
            op_markdown(
                path="/x",
                responses=f"#### 200 A\n\n{JSON}\n#### 201 B\n\n```json\n\n```\n#### 202 C\n\n```json\n```\n"
                f"#### 203 D\n\n{JSON}",
            )
        ),
        [
            (
                "Get a thing",
                "GET",
                "/x",
                "Returns a thing.",
                [
                    ("200", "A", {}),
                    ("201", "B", None),
                    ("202", "C", None),
                    ("203", "D", {}),
                ],
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FRAMES], ids=[c[0] for c in FRAMES])
def test_frames_at_the_edge_are_read(text: str, expected: Shape) -> None:
    doc = parse_one(text)
    assert doc.path == "things.md"
    found = [
        (
            op.summary,
            op.method,
            op.path,
            op.description,
            [
                (r.status, r.description, None if r.skeleton is None else r.skeleton.value)
                for r in op.responses
            ],
        )
        for op in doc.operations
    ]
    assert found == expected


# Descriptions holding text that looks like a frame but is not one (kept byte-exact, no operation).
LOOKALIKES = [
    ("a method line right under a heading and its line", "## Not a summary\nline\n**GET** `/y`\n\nMore."),
    ("a heading a blank line above the text above a method line", "## Two\n\nText.\n\n**GET** `/y`\n\nMore."),
    (
        "a frame inside a fence after lines broken by lone CRs (markdown-it must count our lines)",
        "a\rb\rc\rd\re\n\n```\n## Fake\n\n**GET** `/y`\n\n```\n\nMore.",
    ),
    (
        "a frame inside a fence opened after a lone CR",
        "Text.\n\n\r```\n## Fake\n\n**GET** `/y`\n\n\r```\n\nMore.",
    ),
]


@pytest.mark.parametrize("description", [c[1] for c in LOOKALIKES], ids=[c[0] for c in LOOKALIKES])
def test_text_that_looks_like_a_frame_stays_description(description: str) -> None:
    doc = parse_one(doc_markdown(op_markdown(description=description), op_markdown(path="/other")))
    assert [(op.path, op.description) for op in doc.operations] == [
        ("/things/{thing_id}", description),
        ("/other", "Returns a thing."),
    ]


# A fence at the very end of the file (after text that is already an error): reported as
# unterminated only when it runs to the end of the file without its closing line.
FENCE_ENDINGS = [
    ("closed", "```\ncode\n```\n", False),
    ("closed at once", "```\n```\n", False),
    ("closed after blank lines", "```\n\n\n```\n", False),
    ("closed, indented", "  ```\n  code\n  ```\n", False),
    ("closed, in a quote", "> ```\n> code\n> ```\n", False),
    ("closed, in a list item", "- ```\n  code\n  ```\n", False),
    ("closed, in a numbered list item", "1. ```\n   code\n   ```\n", False),
    ("ended by its quote, not by the file", "> ```\n> code\nText\n", False),
    ("open", "```\ncode\n", True),
    ("open, no final newline", "```\ncode", True),
    ("open, its last line text before the marker", "```\ncode\nX```\n", True),
    ("open, in a list item", "- ```\n  code\n", True),
    ("open, on the last line", "```\n", True),
]


@pytest.mark.parametrize(
    ("ending", "unterminated"), [c[1:] for c in FENCE_ENDINGS], ids=[c[0] for c in FENCE_ENDINGS]
)
def test_a_fence_at_the_end_of_the_file_is_unterminated_only_when_open(
    ending: str, unterminated: bool
) -> None:
    _, errors = parse_document("a.md", doc_markdown(op_markdown(), "Trailing.\n\n" + ending))
    messages = [str(error) for error in errors]
    assert (
        messages[0] == "a.md:21: expected a response heading '#### {status} {description}', found 'Trailing.'"
    )
    expected = [
        "a.md:23: unterminated code fence '```': expected a closing '```' line before the end of the file"
    ]
    assert messages[1:] == (expected if unterminated else [])
