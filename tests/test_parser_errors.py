"""Exact messages and lines of the response-block errors, and where each response is located
(mutants of _parse_responses and _parse_fence that fragment checks let through)."""

from __future__ import annotations

import pytest

from conftest import doc_markdown, op_markdown, parse_one
from rtkgen.converter.markdown_parser import parse_document

JSON = "```json\n{}\n```"
NOTE = '> Data is at `body["result"]`'

# (id, responses of the one operation, the errors); the responses start on line 11
CASES = [
    (
        "a status twice, as a range in two cases",
        f"#### 4xx A\n\n{JSON}\n\n#### 200 B\n\n{JSON}\n\n#### 4XX C\n\n{JSON}",
        ["a.md:23: status 4XX is listed twice (first on line 11)"],
    ),
    (
        "no blank line before the body block",
        f"#### 200 OK\nmore words\n{JSON}",
        ["a.md:12: expected a blank line before the response's body block"],
    ),
    (
        "a result note without its block",
        f"#### 200 OK\n\n{NOTE}\n\nno fence",
        ["a.md:15: expected '```json' after the result note"],
    ),
    (
        "a result note at the end of the file",
        f"#### 200 OK\n\n{NOTE}\n",
        ["a.md:15: expected '```json' after the result note"],
    ),
    (
        "a block left open before the next response",
        f"#### 200 OK\n\n```json\n{{}}\n\n#### 404 Nope\n\n{JSON}",
        ["a.md:16: the response skeleton is not valid JSON: Extra data (column 1)"],
    ),
    (
        "a block left open at the end of the file",
        "#### 200 OK\n\n```json\n{}\n",
        ["a.md:13: unterminated code fence '```': expected a closing '```' line before the end of the file"],
    ),
]


@pytest.mark.parametrize(("responses", "errors"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_response_block_errors_name_the_right_line(responses: str, errors: list[str]) -> None:
    doc, found = parse_document("a.md", doc_markdown(op_markdown(responses=responses)))
    assert doc is None
    assert [str(error) for error in found] == errors


def test_each_response_has_its_status_description_and_heading_line() -> None:
    first, second, third = (
        f"#### 200 Fine\nover two lines\n\n{JSON}",
        f"#### 4xx Bad\n\n{NOTE}\n\n{JSON}",
        f"#### default \n\n{JSON}",
    )
    responses = f"{first}\n\n{second}\n\n{third}"
    (op,) = parse_one(doc_markdown(op_markdown(responses=responses))).operations
    found = [(r.status, r.description, r.location.path, r.location.line) for r in op.responses]
    skeleton = op.responses[2].skeleton
    assert skeleton is not None and skeleton.value == {}  # an empty block, closed on the next line
    assert found == [
        ("200", "Fine\nover two lines", "things.md", 11),
        ("4xx", "Bad", "things.md", 18),
        ("default", "", "things.md", 26),
    ]
