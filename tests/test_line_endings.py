"""Lines end at LF only, as CommonMark reads the docs (scripts/rtkgen/core/markdown_lines.py).

``str.splitlines`` also ends a line at eight characters that CommonMark reads as text. The
converter once counted a code fence's lines with it: a closed fence at the end of a file that
held NEL looked unterminated, and a valid document was refused. Each character is tried in a
fence, in a skeleton, in every text of an operation and in CHANGES.md.
"""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt

from conftest import doc_markdown, op_markdown
from docs_renderer import Op, Reply, expected_content, render_file
from rtkgen.changes.changelog_rules import changelog_problems
from rtkgen.changes.report import prepend_entry
from rtkgen.converter.convert import convert
from rtkgen.converter.markdown_parser import parse_document
from rtkgen.converter.yaml_writer import to_yaml
from rtkgen.core.markdown_lines import split_lines
from rtkgen.core.openapi_common import load_yaml

# Every character but LF and CR at which str.splitlines ends a line; CommonMark reads each as text.
# (id, character, whether JSON allows it unescaped inside a string)
NOT_LINE_ENDINGS = [
    ("VT", "\x0b", False),
    ("FF", "\x0c", False),
    ("FS", "\x1c", False),
    ("GS", "\x1d", False),
    ("RS", "\x1e", False),
    ("NEL", "\x85", True),
    ("LS", "\u2028", True),
    ("PS", "\u2029", True),
]
CHARS = pytest.mark.parametrize(
    ("char", "json_ok"), [case[1:] for case in NOT_LINE_ENDINGS], ids=[case[0] for case in NOT_LINE_ENDINGS]
)


def test_the_table_holds_every_character_that_splitlines_ends_a_line_at() -> None:
    found = {chr(code) for code in range(0x110000) if len(f"a{chr(code)}b".splitlines()) == 2}
    assert found == {"\n", "\r", *(char for _, char, _ in NOT_LINE_ENDINGS)}


@CHARS
def test_commonmark_reads_the_character_as_text(char: str, json_ok: bool) -> None:
    (paragraph, _, _) = MarkdownIt("commonmark").parse(f"a{char}b\n")
    assert paragraph.type == "paragraph_open" and paragraph.map == [0, 1]


@CHARS
def test_split_lines_ends_lines_at_lf_only(char: str, json_ok: bool) -> None:
    text = f"a{char}b\nc{char}\n{char}"
    assert split_lines(text) == [f"a{char}b", f"c{char}", char]
    assert split_lines(text, keepends=True) == [f"a{char}b\n", f"c{char}\n", char]


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\n\n", "\na", "a\nb", "a\r\nb\rc\n", "\n\n\n"])
def test_split_lines_is_splitlines_on_a_text_without_other_line_breaks(text: str) -> None:
    expected = text.replace("\r", "\x00").splitlines(keepends=True)
    assert split_lines(text.replace("\r", "\x00"), keepends=True) == expected
    assert split_lines(text, keepends=True) == [line.replace("\x00", "\r") for line in expected]
    assert "".join(split_lines(text, keepends=True)) == text
    assert split_lines(text) == [line.removesuffix("\n") for line in split_lines(text, keepends=True)]


# ---- the converter ----


@CHARS
def test_a_closed_fence_at_the_end_of_the_file_holding_the_character_is_closed(
    char: str, json_ok: bool
) -> None:
    text = doc_markdown(op_markdown(), f"Trailing text.\n\n```\nbefore{char}after\n{char}\n```\n")
    _, errors = parse_document("a.md", text)
    assert [str(e) for e in errors] == [
        "a.md:21: expected a response heading '#### {status} {description}', found 'Trailing text.'"
    ]


@CHARS
def test_the_last_skeleton_of_a_file_may_hold_the_character(char: str, json_ok: bool) -> None:
    skeleton = f'{{\n  "a{char}b": "*string*",\n  "c{char}": null\n}}'
    text = doc_markdown(op_markdown(responses=f"#### 200 OK\n\n```json\n{skeleton}\n```"))
    doc, errors = parse_document("a.md", text)
    if json_ok:
        assert errors == [] and doc is not None
        (response,) = doc.operations[0].responses
        assert response.skeleton is not None and response.skeleton.value == json.loads(skeleton)
    else:  # JSON has no unescaped control character: that, on the line of the first, is all
        assert [str(e) for e in errors] == [
            "a.md:15: the response skeleton is not valid JSON: Invalid control character at (column 5)"
        ]


def _texts(char: str, place: str) -> tuple[str, Op]:
    """A file's title and its one operation, with ``char`` in ``place`` (``x`` elsewhere)."""

    def at(here: str, text: str) -> str:
        return text.replace("x", char) if here == place else text

    description = at("description", "Text x.\n\n") + at("fence", "```\nx\nmore x\n```")
    reply = Reply("200", at("response description", "OK x"), {at("skeleton", "x"): "*string*"})
    return at("title", "Tag x"), Op(at("summary", "Get x"), "GET", "/x", description, (reply,))


# The skeleton is the last fence of the file. JSON allows no unescaped VT, FF, FS, GS or RS
# (test_the_last_skeleton_of_a_file_may_hold_the_character checks the error instead).
PLACES = ["title", "summary", "description", "fence", "response description", "skeleton"]
TEXT_CASES = [
    pytest.param(char, place, id=f"{name}-{place}")
    for name, char, json_ok in NOT_LINE_ENDINGS
    for place in PLACES
    if json_ok or place != "skeleton"
]


@pytest.mark.parametrize(("char", "place"), TEXT_CASES)
def test_the_character_is_kept_wherever_the_docs_hold_text(char: str, place: str) -> None:
    tag, op = _texts(char, place)
    document = convert([("a.md", render_file(tag, [op]).encode())])
    got = document["paths"]["/x"]["get"]
    assert (got["tags"], got["summary"], got["description"]) == ([tag], op.summary, op.description)
    (reply,) = op.replies
    assert got["responses"]["200"]["description"] == reply.description
    assert got["responses"]["200"]["content"] == expected_content(reply)
    assert load_yaml(to_yaml(document)) == document


# ---- CHANGES.md: a report line may name a property that holds the character ----


def _changelog(char: str) -> str:
    """Two entries for 0.2.0 (lines 3 and 10); the first names a field ``a{char}## 0.0.9 (x)``."""
    return (
        "# Changes\n\n"
        "## 0.2.0 (d)\n\nFrom 0.1.0.\n\n"
        f"- BREAKING     GET /x (get_x): response 200 field a{char}## 0.0.9 (x) removed\n"
        f"- non-breaking GET /x (get_x): response 200 field b{char}c added (string|null)\n\n"
        "## 0.2.0 (d)\n"
    )


@CHARS
def test_changelog_entries_are_found_on_their_lines(char: str, json_ok: bool) -> None:
    assert changelog_problems(_changelog(char), "0.2.0", "C.md") == [
        "C.md:10: a second entry for 0.2.0 (the first is on line 3)"
    ]


@CHARS
def test_a_new_entry_goes_before_the_first_entry_line(char: str, json_ok: bool) -> None:
    header = f"# Changes\n\nNotes{char}## 0.0.1 (x) are kept.\n"
    entry = "## 0.3.0 (d)\n\nFrom 0.2.0.\n\nno API changes\n"
    old = "## 0.2.0 (d)\n"
    assert prepend_entry(f"{header}{old}", entry) == f"{header}\n{entry}\n{old}"
