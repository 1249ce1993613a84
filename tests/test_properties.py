"""Property-based tests: random operations survive the trip docs -> OpenAPI exactly, and random
damage to valid docs ends in a clean ConversionError or a valid document, never another exception.

Operations are drawn with texts full of the hazards the format page lists, rendered by
``docs_renderer`` (written from the format page, not from the converter), converted, and every
field is compared. Where the format itself makes a text ambiguous, the strategies avoid it; each
such constraint is stated where it is made.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from conftest import CORPUS, data_files
from docs_renderer import NO_SKELETON, Op, Reply, expected_content, render_file
from rtkgen.converter.convert import convert
from rtkgen.converter.records import ConversionError
from rtkgen.converter.yaml_writer import to_yaml
from rtkgen.core.openapi_common import load_yaml
from rtkgen.core.spec_validation import validate

# Deterministic in CI (derandomize: the same examples every run, no example database), fast.
FAST = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[Phase.explicit, Phase.generate, Phase.shrink],  # the explain phase takes minutes
)
# openapi-spec-validator takes up to a second on a large document: fewer examples there.
VALIDATING = settings(FAST, max_examples=60)

METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")

# Any Unicode but line breaks (surrogates cannot be UTF-8 and hypothesis leaves them out).
# A lone CR is kept: it is text in an LF file, and must not shift the converter's line numbers.
ANY_CHAR = st.characters(blacklist_characters="\n", blacklist_categories=["Cs"])
HAZARD_WORDS = st.sampled_from(
    [
        '"""',
        "'''",
        "\\",
        "\\n",
        "{",
        "}",
        "{{ x }}",
        "{% if %}",
        "*/",
        "`code`",
        "**GET** `/x`",
        "#",
        "é",
        "🚀",
    ]
)
TAIL = st.lists(st.one_of(st.text(ANY_CHAR, max_size=8), HAZARD_WORDS), max_size=5).map("".join)


def _plain_line() -> st.SearchStrategy[str]:
    # A line that starts a paragraph: a letter first. A line starting with ``` ~~~ < or four
    # spaces would open a code or HTML block, which is hazard material drawn on purpose below.
    return st.builds(lambda first, rest: first + rest, st.sampled_from("aZé日x"), TAIL)


PLAIN_LINE = _plain_line()
PARAGRAPH = st.lists(PLAIN_LINE, min_size=1, max_size=3).map("\n".join)

FRAME_LINES = [
    "# comment",
    "## Heading",
    "",
    "**GET** `/x`",
    "### Responses",
    "#### 200 OK",
    '> Data is at `body["result"]`',
    "```json",
    "## ",
]
FENCE_BODY = st.lists(st.one_of(st.sampled_from(FRAME_LINES), PLAIN_LINE), max_size=8).map("\n".join)


def _fence(body: str, marker: str, info: str) -> str:
    return f"{marker}{info}\n{body}\n{marker}" if body else f"{marker}{info}\n{marker}"


BLOCKS = st.one_of(
    PARAGRAPH,
    # headings of every level, ### Responses and #### {status} included
    st.builds(lambda level, text: "#" * level + " " + text, st.integers(1, 6), PLAIN_LINE),
    st.sampled_from(["## Heading", "### Responses", "#### 200 OK", "# Title", "## ", "##"]),
    # fenced code holding frame lines; ``` fences never hold a line of only backticks
    st.builds(
        _fence, FENCE_BODY, st.sampled_from(["```", "~~~", "````"]), st.sampled_from(["", "python", "json"])
    ),
    st.just("    ## indented code\n\n    **GET** `/y`\n\n    ### Responses"),
    st.just("<!--\n## x\n\n**GET** `/y`\n\n### Responses\n-->"),
    st.just("<div>\n\n## x\n\n</div>"),
    st.just("<pre>\n## x\n\n**POST** `/z`\n\n</pre>"),
    st.just('| a | b |\n|---|---|\n| """ | \\ |\n| {x} | }{ |'),
    st.just("- item\n- **GET** `/x`\n\n  ## in a list"),
    st.just("> quoted\n> ## heading in a quote"),
    st.just('> Data is at `body["result"]`'),
    # A method line on its own, after a plain paragraph. By the format's definition, a `## x`
    # line, then (after blank lines) the method line and a blank line, starts an operation; a
    # description holding that unfenced sequence is another operation, not text. So the method
    # line is drawn only right after a plain paragraph, never straight after a `## ` heading.
    st.builds(lambda text, m: f"{text}\n\n**{m}** `/not/an/operation`", PLAIN_LINE, st.sampled_from(METHODS)),
)
DESCRIPTIONS = st.one_of(
    st.just(""),
    st.builds(
        lambda lead, blocks, seps, trail: (
            lead
            + "".join(b + s for b, s in zip(blocks, seps, strict=False))
            + (blocks[-1] if blocks else "")
            + trail
        ),
        st.sampled_from(["", "\n", "\n\n"]),
        st.lists(BLOCKS, max_size=6),
        st.lists(st.sampled_from(["\n\n", "\n\n\n"]), min_size=6, max_size=6),
        st.sampled_from(["", "\n", "\n\n"]),
    ),
)

# A summary is the heading's text and may hold newlines. Its first line is anything; each
# further line starts a paragraph (one opening a code block would hide the method line, one
# starting with `## ` would be a heading of its own) and none is blank (a blank line ends the
# heading's text under the format's definition). A summary may end with newlines.
SUMMARIES = st.builds(
    lambda first, more, trail: "\n".join([first, *more]) + trail,
    st.one_of(st.just(""), st.text(ANY_CHAR, max_size=20), TAIL),
    st.lists(PLAIN_LINE, max_size=2),
    st.sampled_from(["", "", "\n", "\n\n"]),
)

# Response descriptions: text lines. They must not look like the frame that follows them
# (`#### `, the note, a fence); starting each line with a letter keeps them paragraphs.
REPLY_DESCRIPTIONS = st.one_of(
    st.just(""),
    st.lists(PLAIN_LINE, min_size=1, max_size=2).map("\n".join),
    PLAIN_LINE.map(lambda line: line + "\n"),
)

KEYS = st.one_of(
    st.sampled_from(
        [
            "success",
            "result",
            "data",
            "id",
            "type",
            "class",
            "additional_properties",
            "123abc",
            "foo-bar",
            "foo_bar",
            "with space",
            "名前",
            "",
            "d",
            "cls",
            "field_dict",
            "```",
            "\n",
            '"""',
        ]
    ),
    st.text(max_size=6),
)
SKELETONS: st.SearchStrategy[Any] = st.recursive(
    st.one_of(st.none(), st.sampled_from(["*string*", "*integer*", "*number*", "*boolean*"]), st.just({})),
    lambda inner: st.one_of(
        st.lists(inner, max_size=1),
        st.dictionaries(KEYS, inner, max_size=4),
    ),
    max_leaves=8,
)
STATUSES = st.lists(
    st.one_of(
        st.integers(100, 599).map(str),
        st.sampled_from(["200", "201", "204", "304", "404", "2XX", "4XX", "5XX", "4xx", "2xx", "default"]),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda s: s.upper(),
).map(sorted)


@st.composite
def replies(draw: st.DrawFn) -> tuple[Reply, ...]:
    return tuple(
        Reply(status, draw(REPLY_DESCRIPTIONS), draw(st.one_of(st.just(NO_SKELETON), SKELETONS)))
        for status in draw(STATUSES)
    )


# Paths as the converter accepts them (see the bad-input tests for the others): no space, '?'
# or '#', parameter names of letters, digits, '_', '-' and '.'.
SEGMENT_TEXT = st.text(
    st.characters(blacklist_characters="{}`/?#", blacklist_categories=["Cs"]), min_size=1, max_size=8
).filter(lambda t: not re.search(r"\s", t))
PARAMETER_NAMES = st.one_of(
    st.sampled_from(["id", "body", "client", "class", "a-b", "a_b", "accountId", "a.b", "名前", "123"]),
    st.from_regex(r"[\w.-]{1,8}", fullmatch=True),
)


@st.composite
def paths(draw: st.DrawFn) -> str:
    segments = draw(
        st.lists(st.one_of(SEGMENT_TEXT, PARAMETER_NAMES.map(lambda n: "{" + n + "}")), max_size=5)
    )
    names = [s for s in segments if s.startswith("{")]
    assume(len(set(names)) == len(names))
    return "/" + "/".join(segments)


OPERATIONS = st.builds(Op, SUMMARIES, st.sampled_from(METHODS), paths(), DESCRIPTIONS, replies())
TAGS = st.text(ANY_CHAR, min_size=1, max_size=12).filter(lambda t: t.strip() != "")
FILES = st.lists(
    st.tuples(
        TAGS, st.lists(OPERATIONS, min_size=1, max_size=4), st.sampled_from(["\n\n", "\n\n\n", "\n\n\n\n"])
    ),
    min_size=1,
    max_size=3,
).filter(lambda files: _unique_routes([op for _, ops, _ in files for op in ops]))


# Found by the property tests: the file's last fence holds NEL (str.splitlines once counted it
# as a line ending, so that closed fence looked unterminated; see tests/test_line_endings.py).
NEL_IN_LAST_FENCE = [("T", [Op("s", "GET", "/x", "", (Reply("200", "", {"a\x85b": None}),))], "\n\n")]


def _unique_routes(ops: list[Op]) -> bool:
    routes = [(op.method, op.path) for op in ops]
    return len(set(routes)) == len(routes)


def _convert(files: list[tuple[str, list[Op], str]]) -> dict[str, Any]:
    return convert(
        [(f"f{n}.md", render_file(tag, ops, gap).encode()) for n, (tag, ops, gap) in enumerate(files)]
    )


@FAST
@given(FILES)
@example(NEL_IN_LAST_FENCE)
def test_random_operations_come_back_exactly(files: list[tuple[str, list[Op], str]]) -> None:
    document = _convert(files)
    operations = [(tag, op) for tag, ops, _ in files for op in ops]
    assert sum(len(item) for item in document["paths"].values()) == len(operations)
    ids = []
    for tag, op in operations:
        got = document["paths"][op.path][op.method.lower()]
        assert got["summary"] == op.summary
        assert got["description"] == op.description
        assert got["tags"] == [tag]
        names = re.findall(r"\{([^{}]*)\}", op.path)
        assert [p["name"] for p in got.get("parameters", [])] == names
        assert list(got["responses"]) == [
            r.status if r.status == "default" else r.status.upper() for r in op.replies
        ]
        for reply, response in zip(op.replies, got["responses"].values(), strict=True):
            assert response["description"] == reply.description
            assert response.get("content") == expected_content(reply)
        ids.append(got["operationId"])
    assert len(set(ids)) == len(ids)
    assert all(PythonIdentifier(name, prefix="") == name for name in ids)


@VALIDATING
@given(FILES)
@example(NEL_IN_LAST_FENCE)
def test_random_documents_are_valid_openapi_and_yaml_round_trips(
    files: list[tuple[str, list[Op], str]],
) -> None:

    document = _convert(files)
    validate(document)
    assert load_yaml(to_yaml(document)) == document


# ---- damage: every mutation ends in a ConversionError or a valid document ----

SEED_FILES = data_files(CORPUS / "realtimekit")[:3] + data_files(CORPUS / "cloudflare-sample")[:3]


@st.composite
def damaged(draw: st.DrawFn, source: bytes) -> bytes:
    lines = source.split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "truncate", "insert"]))
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "insert":
            lines.insert(
                i,
                draw(
                    st.sampled_from([b"", b"## x", b"**GET** `/x`", b"### Responses", b"```", b"#### 200 "])
                ),
            )
        elif kind == "flip" and lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            line = bytearray(lines[i])
            line[k] ^= draw(st.integers(1, 255))
            lines[i] = bytes(line)
        elif kind == "truncate":
            lines = lines[:i]
    return b"\n".join(lines)


def _check_damaged(sources: list[tuple[str, bytes]]) -> None:
    try:
        document = convert(sources)
    except ConversionError as exc:
        assert exc.errors
        for error in exc.errors:
            text = str(error)
            assert re.match(r"^[^:]+\.md:\d+: \S", text), text
            assert "\n" not in error.message
            lines = dict(sources)[error.location.path].count(b"\n") + 1
            assert 1 <= error.location.line <= lines, text
        return
    validate(document)
    to_yaml(document)


@FAST
@given(st.data())
def test_damaged_corpus_files_fail_cleanly_or_stay_valid(data: st.DataObject) -> None:
    seed = data.draw(st.sampled_from(SEED_FILES))
    _check_damaged([(seed.name, data.draw(damaged(seed.read_bytes())))])


@FAST
@given(st.data())
def test_damaged_random_docs_fail_cleanly_or_stay_valid(data: st.DataObject) -> None:
    files = data.draw(FILES)
    sources = [(f"f{n}.md", render_file(tag, ops, gap).encode()) for n, (tag, ops, gap) in enumerate(files)]
    target = data.draw(st.integers(0, len(sources) - 1))
    name, text = sources[target]
    sources[target] = (name, data.draw(damaged(text)))
    _check_damaged(sources)
