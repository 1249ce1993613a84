"""The markdown stage: frame lines found, free text kept byte-exact."""

from __future__ import annotations

import pytest

from conftest import doc_markdown, older_op_markdown, op_markdown, parse_one
from rtkgen.converter.markdown_parser import decode_document, parse_document

FENCED_FRAME = "```\n# comment\n## Heading\n\n**GET** `/x`\n\n### Responses\n```"

TEXT_CASES = [
    # (id, summary, description)
    ("plain", "Get a thing", "Returns a thing."),
    ("empty summary", "", "Returns a thing."),
    ("empty description", "Get a thing", ""),
    ("both empty", "", ""),
    ("summary ending with newline", "Get a thing\n", "x"),
    ("summary with a newline", "Get a\nthing", "x"),
    ("multi-paragraph description", "s", "First.\n\nSecond *para*.\n\n- a\n- b"),
    ("description with leading newline", "s", "\nx"),
    ("description with trailing newlines", "s", "x\n\n"),
    ("fenced frame lines", "s", f"Before.\n\n{FENCED_FRAME}\n\nAfter."),
    ("headings of every level", "s", "# One\n\n## Two\n\n### Three\n\n#### 200 Four"),
    ("responses heading in description", "s", "Intro.\n\n### Responses\n\nNot these."),
    ("html, table, quotes", "s", '<div>\n\n## x\n\n</div>\n\n| a | b |\n|---|---|\n| """ | \\ |'),
    ("unicode and braces", "Ünïcode ✓ {x}", "Emoji 🚀, braces {a} }{, backslash \\n"),
    ("indented code", "s", "Text.\n\n    ## not a heading\n\n    **GET** `/y`"),
    # each is a frame but for one detail (mutations of the frame rules that no test caught)
    ("level-3 heading over a method line", "s", "Text.\n\n### Not a summary\n\n**GET** `/y`\n\nMore."),
    ("method line with trailing text", "s", "## Looks like one\n\n**GET** `/y` and more\n\nMore."),
    ("summary heading inside a code block", "s", "Example:\n\n```\n## Fake\n```\n\n**GET** `/y`\n\nMore."),
]


@pytest.mark.parametrize(
    ("summary", "description"), [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES]
)
def test_summary_and_description_are_kept_exactly(summary: str, description: str) -> None:
    text = doc_markdown(op_markdown(summary=summary, description=description), op_markdown(path="/other"))
    doc = parse_one(text)
    assert [op.path for op in doc.operations] == ["/things/{thing_id}", "/other"]
    first = doc.operations[0]
    assert (first.summary, first.description) == (summary, description)


def test_frame_fields_are_read() -> None:
    doc = parse_one(doc_markdown(op_markdown(method="PATCH", path="/a/{b-c}/{dE}"), tag="My Tag"))
    (op,) = doc.operations
    assert (doc.tag, op.tag, op.method, op.path) == ("My Tag", "My Tag", "PATCH", "/a/{b-c}/{dE}")
    assert op.path_parameters == ("b-c", "dE")
    assert op.location.line == 3


RESPONSES = (
    '#### 200 Operation successful\n\n> Data is at `body["result"]`\n\n```json\n'
    '{\n  "data": ["*string*"],\n  "success": "*boolean*"\n}\n```\n\n'
    '#### 204 \n\n> Data is at `body["result"]`\n\n```json\n\n```\n\n'
    "#### 4xx An error\nover two lines\n\n```json\nnull\n```\n\n"
    "#### default \n\n```json\n\n```"
)


def test_responses_are_read_with_status_description_and_skeleton() -> None:
    (op,) = parse_one(doc_markdown(op_markdown(responses=RESPONSES))).operations
    got = [(r.status, r.description, None if r.skeleton is None else r.skeleton.value) for r in op.responses]
    assert got == [
        ("200", "Operation successful", {"data": ["*string*"], "success": "*boolean*"}),
        ("204", "", None),
        ("4xx", "An error\nover two lines", None),
        ("default", "", None),
    ]
    # a skeleton that is JSON null is a skeleton (type unknown), not an empty fence
    assert op.responses[2].skeleton is not None


def test_only_responses_after_the_last_responses_heading_count() -> None:
    description = "See below.\n\n### Responses\n\n#### 999 not a status"
    (op,) = parse_one(doc_markdown(op_markdown(description=description))).operations
    assert op.description == description
    assert [r.status for r in op.responses] == ["200"]


def test_crlf_and_bom_are_normalised() -> None:
    text, errors = decode_document(
        "x.md", ("\ufeff" + doc_markdown(op_markdown())).replace("\n", "\r\n").encode()
    )
    assert errors == [] and text is not None
    assert parse_one(text).operations[0].summary == "Get a thing"


def test_a_method_line_without_heading_is_description_text() -> None:
    description = "Intro.\n\n**POST** `/not/an/operation`\n\nMore."
    doc = parse_one(doc_markdown(op_markdown(description=description)))
    assert [op.description for op in doc.operations] == [description]


def test_problems_of_a_file_are_all_reported() -> None:
    bad = doc_markdown(
        op_markdown(method="FETCH"), op_markdown(path="/b", responses="#### 2000 x\n\n```json\n\n```")
    )
    doc, errors = parse_document("bad.md", bad)
    assert doc is None
    assert [e.location.line for e in errors] == [5, 29]
    assert "unknown HTTP method 'FETCH'" in errors[0].message
    assert "'2000'" in errors[1].message


def test_a_cr_inside_an_lf_file_is_text() -> None:
    description = "Line one\r\nline two\rthree"
    text, errors = decode_document("x.md", doc_markdown(op_markdown(description=description)).encode())
    assert errors == [] and text is not None
    (op,) = parse_one(text).operations
    assert op.description == description


def test_a_parameter_named_twice_in_the_path_is_one_parameter() -> None:
    path = "/accounts/{account_id}/things/{thing_id}/accounts/{account_id}"
    doc = parse_one(doc_markdown(op_markdown(path=path)))
    (op,) = doc.operations
    assert op.path == path
    assert op.path_parameters == ("account_id", "thing_id")


@pytest.mark.parametrize("status", ["600", "999", "6XX", "9xx", "099", "1000"])
def test_a_status_outside_100_to_599_is_an_error(status: str) -> None:
    responses = f"#### {status} Odd\n\n```json\n\n```"
    doc, errors = parse_document("a.md", doc_markdown(op_markdown(responses=responses)))
    assert doc is None
    assert [str(e) for e in errors] == [
        f"a.md:11: status {status!r} is not a code (200), a range (4XX) or 'default'"
    ]


@pytest.mark.parametrize("status", ["100", "599", "5XX", "1xx"])
def test_statuses_at_the_edges_of_100_to_599_are_read(status: str) -> None:
    responses = f"#### {status} Edge\n\n```json\n\n```"
    (op,) = parse_one(doc_markdown(op_markdown(responses=responses))).operations
    assert [r.status for r in op.responses] == [status]  # kept as written; the builder uppercases ranges


@pytest.mark.parametrize(
    ("closing", "closed"),
    [
        ("```\n", True),
        ("````\n", True),  # a longer closing fence closes
        ("```   \n", True),  # trailing spaces are allowed
        ("``\n", False),  # a shorter one does not
        ("``` x\n", False),  # a closing fence holds nothing else
        ("~~~\n", False),  # the other character does not close
        ("\n\n", False),
        ("", False),
    ],
)
def test_a_fence_at_the_end_of_the_file_must_be_closed(closing: str, closed: bool) -> None:
    text = doc_markdown(op_markdown(), "Trailing text.\n\n```\ncode\n" + closing)
    _, errors = parse_document("a.md", text)
    unterminated = [str(error) for error in errors if "unterminated code fence" in str(error)]
    assert (unterminated == []) == closed, [str(error) for error in errors]  # trailing text is another error


@pytest.mark.parametrize("ending", ["```\n", "```\n\n\n", "~~~~\n"])
def test_a_fence_opened_on_the_last_line_is_unterminated(ending: str) -> None:
    _, errors = parse_document("a.md", doc_markdown(op_markdown(), "Trailing text.\n\n" + ending))
    assert [e for e in errors if "unterminated code fence" in str(e)], [str(e) for e in errors]


# Both generations of the format (docs-format.md, "The older generation"): the older one has no
# '### Responses' section; its description runs to the next operation, less the joining blanks.
CURRENT = op_markdown(path="/current", description="Now.")
GENERATION_CASES = [
    # (id, file text, [(path, description, statuses or None when undocumented)])
    ("current only", doc_markdown(CURRENT), [("/current", "Now.", ["200"])]),
    (
        "older only",
        doc_markdown(older_op_markdown(path="/old", description="Then.")),
        [("/old", "Then.", None)],
    ),
    (
        "older between current ones",
        doc_markdown(CURRENT, older_op_markdown(path="/old", description="Then."), op_markdown(path="/z")),
        [("/current", "Now.", ["200"]), ("/old", "Then.", None), ("/z", "Returns a thing.", ["200"])],
    ),
    (
        "older then current",
        doc_markdown(older_op_markdown(path="/old"), CURRENT),
        [("/old", "x", None), ("/current", "Now.", ["200"])],
    ),
    ("older, only its method line", doc_markdown("## Last\n\n**GET** `/last`\n"), [("/last", "", None)]),
    (
        "older, method line at the very end",
        doc_markdown("## Last\n\n**GET** `/last`\n\n"),
        [("/last", "", None)],
    ),
    (
        "older, trailing blank lines of the description are the joining blanks",
        doc_markdown(older_op_markdown(path="/old", description="x\n\n")) + "\n\n\n",
        [("/old", "x", None)],
    ),
    (
        "older, a fenced '### Responses' and response frame is description",
        doc_markdown(older_op_markdown(path="/old", description=f"A.\n\n{FENCED_FRAME}\n\nB.")),
        [("/old", f"A.\n\n{FENCED_FRAME}\n\nB.", None)],
    ),
    (
        "older, headings of every level (a '#### 200' heading with no body block) are description",
        doc_markdown(
            older_op_markdown(path="/old", description="# One\n\n### Three\n\n#### 200 Four\n\nText.")
        ),
        [("/old", "# One\n\n### Three\n\n#### 200 Four\n\nText.", None)],
    ),
    (
        "older, a response heading on the last line (no block can follow) is description",
        doc_markdown(older_op_markdown(path="/old", description="Text.\n\n#### 200 OK")),
        [("/old", "Text.\n\n#### 200 OK", None)],
    ),
    (
        "older, a summary line reading '### Responses' is summary",
        doc_markdown("## Summary\n### Responses\n\n**GET** `/x`\n\nText.\n"),
        [("/x", "Text.", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in GENERATION_CASES], ids=[c[0] for c in GENERATION_CASES]
)
def test_both_generations_of_the_format(text: str, expected: list[tuple[str, str, list[str] | None]]) -> None:
    doc = parse_one(text)
    got = [
        (op.path, op.description, [r.status for r in op.responses] if op.responses_documented else None)
        for op in doc.operations
    ]
    assert got == expected
    assert all(op.responses_documented == bool(op.responses) for op in doc.operations)
