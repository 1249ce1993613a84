"""Markdown docs into :class:`~.records.DocFile` records.

The upstream generator writes a fixed frame around free text (see ``docs-format.md``):

    # {tag}
    ## {summary}
    <blank>
    **{METHOD}** `{path}`
    <blank>
    {description}
    <blank>
    ### Responses
    <blank>
    #### {status} {response description}
    <blank>
    > Data is at `body["result"]`      (2xx only)
    <blank>
    ```json
    {skeleton}
    ```

Summaries and descriptions are arbitrary markdown, so only that frame is trusted. A CommonMark
parser (markdown-it-py) tells which lines lie inside code blocks and HTML blocks, where a frame
line is only text. Everything between the frame lines is kept byte-exact. Problems are
collected, not raised one by one, so a run reports all of them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from rtkgen.converter.records import DocError, DocFile, Operation, Response, Skeleton, SourceLocation
from rtkgen.converter.skeletons import placeholder_problems
from rtkgen.core.markdown_lines import LINE_ENDING, split_lines
from rtkgen.core.openapi_common import HTTP_METHODS as OPENAPI_METHODS
from rtkgen.core.openapi_common import PATH_PARAMETER

HTTP_METHODS = tuple(method.upper() for method in OPENAPI_METHODS)

_METHOD_LINE = re.compile(r"^\*\*([A-Z]+)\*\* `([^`]*)`$")
_STATUS = re.compile(r"^(?:[1-5][0-9][0-9]|[1-5][xX][xX]|default)$")
_RESPONSE_HEADING = re.compile(r"^#### (\S*)(?: (.*))?$")
_PATH_PARAMETER = PATH_PARAMETER
_PARAMETER_NAME = re.compile(r"[\w.-]+")
_NOT_IN_PATH = re.compile(r"[\s?#]")
_RESULT_NOTE = '> Data is at `body["result"]`'
_RESPONSES_HEADING = "### Responses"
_FENCE_OPEN = "```json"
_FENCE_CLOSE = "```"
_VERBATIM_BLOCKS = frozenset({"fence", "code_block", "html_block"})

_BLOCK_PARSER = MarkdownIt("commonmark").disable(["inline", "text_join"])


@dataclass
class _Collector:
    path: str
    errors: list[DocError] = field(default_factory=list)

    def at(self, index: int) -> SourceLocation:
        return SourceLocation(self.path, index + 1)

    def error(self, index: int, message: str) -> None:
        self.errors.append(DocError(self.at(index), message))


def decode_document(path: str, data: bytes) -> tuple[str | None, list[DocError]]:
    """Decode a file's bytes as UTF-8; a bad byte is reported with its line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        ending = LINE_ENDING.encode()
        line = data[: exc.start].count(ending) + 1
        column = exc.start - data.rfind(ending, 0, exc.start)
        message = f"not valid UTF-8: byte 0x{data[exc.start]:02x} at column {column}; the docs must be UTF-8"
        return None, [DocError(SourceLocation(path, line), message)]
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r\n" in text and text.count("\r\n") == text.count("\n"):
        text = text.replace("\r\n", "\n")  # a CRLF file; a lone CR elsewhere is text, kept
    return text, []


def parse_document(path: str, text: str) -> tuple[DocFile | None, list[DocError]]:
    """Parse one docs file. Returns the file's records, or None and the problems found."""
    out = _Collector(path)
    lines = text.split(LINE_ENDING)  # a final line ending leaves a last "": the frame checks look there
    if not text.strip():
        out.error(0, "the file is empty; expected '# {tag}' on line 1, then the operations")
        return None, out.errors
    if not lines[0].startswith("# ") or not lines[0][2:].strip():
        out.error(0, f"expected the file's title '# {{tag}}' on line 1, found {lines[0]!r}")
        return None, out.errors
    tag = lines[0][2:]
    verbatim = _verbatim_lines(lines, out)
    starts = _operation_starts(lines, verbatim)
    if not starts:
        out.error(0, "no operation found; expected '## {summary}', a blank line, '**METHOD** `path`'")
    _expect_blank(lines, 1, starts[0][0] if starts else len(lines), out, "before the first operation")
    operations: list[Operation] = []
    for number, (heading, method_line) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(lines)
        operation = _parse_operation(lines, tag, heading, method_line, end, verbatim, out)
        if operation is not None:
            operations.append(operation)
    if out.errors:
        return None, sorted(out.errors, key=lambda error: error.location.line)
    return DocFile(path=path, tag=tag, operations=tuple(operations)), []


def _verbatim_lines(lines: list[str], out: _Collector) -> dict[int, int]:
    """The lines inside code or HTML blocks, where frame lines are mere text.

    Maps each such line's index to the index of the line that opens its block. markdown-it
    also ends lines at a lone CR, so CRs are hidden from it to keep its line numbers ours.
    """
    inside: dict[int, int] = {}
    for token in _BLOCK_PARSER.parse("\n".join(lines).replace("\r", " ")):
        if token.type not in _VERBATIM_BLOCKS or token.map is None:
            continue
        first, end = token.map
        inside.update(dict.fromkeys(range(first, end), first))
        if token.type == "fence" and end >= len(lines) - 1 and not _is_closed(token):
            out.error(
                first,
                f"unterminated code fence {token.markup!r}: expected a closing "
                f"{token.markup!r} line before the end of the file",
            )
    return inside


def _is_closed(fence: Token) -> bool:
    """Whether a fence token ends with a closing line: its lines (``map``) are then the opening
    line, the content lines and the closing line. markdown-it knows where the fence's container
    (a quote, a list item) cuts each line, so this holds inside those too. Its lines end where
    markdown-it ends them: ``str.splitlines`` also ended them at NEL and others (markdown_lines)."""
    assert fence.map is not None
    first, end = fence.map
    return end - first == len(split_lines(fence.content)) + 2


def _operation_starts(lines: list[str], verbatim: dict[int, int]) -> list[tuple[int, int]]:
    """(heading line, method line) of every operation, in file order."""
    starts: list[tuple[int, int]] = []
    for index in range(2, len(lines) - 1):
        if index in verbatim or lines[index - 1] != "" or lines[index + 1] != "":
            continue
        if not _METHOD_LINE.match(lines[index]):
            continue
        heading = _summary_heading(lines, index, verbatim)
        if heading is not None and (not starts or heading > starts[-1][1]):
            starts.append((heading, index))
    return starts


def _summary_heading(lines: list[str], method_line: int, verbatim: dict[int, int]) -> int | None:
    """The ``## `` line that heads the method line at ``method_line``, if it heads one.

    A summary is the heading's text plus any non-blank lines under it (a summary may hold a
    newline), then the blank lines of a summary that ends with newlines, then the frame's blank.
    """
    index = method_line - 2
    while index > 0 and lines[index] == "":
        index -= 1
    while index > 0 and index not in verbatim and lines[index] != "":
        if _is_heading2(lines[index]):
            return index
        if _METHOD_LINE.match(lines[index]):
            return None
        index -= 1
    return None


def _is_heading2(line: str) -> bool:
    return line.startswith("## ") or line == "##"


def _parse_operation(
    lines: list[str],
    tag: str,
    heading: int,
    method_line: int,
    end: int,
    verbatim: dict[int, int],
    out: _Collector,
) -> Operation | None:
    errors_before = len(out.errors)
    summary = "\n".join(lines[heading : method_line - 1])[3:]
    match = _METHOD_LINE.match(lines[method_line])
    assert match is not None
    method, path = match.group(1), match.group(2)
    if method not in HTTP_METHODS:
        out.error(method_line, f"unknown HTTP method {method!r}; expected one of {', '.join(HTTP_METHODS)}")
    _check_path(path, method_line, out)
    headings = [
        i for i in range(method_line + 2, end) if lines[i] == _RESPONSES_HEADING and i not in verbatim
    ]
    if not headings:
        frame = (heading, method_line, end)
        older = _without_responses(
            lines, Operation(tag, summary, method, path, "", (), out.at(heading)), frame, verbatim, out
        )
        return older if len(out.errors) == errors_before else None
    responses_line = headings[-1]
    if lines[responses_line - 1] != "":  # never the frame's blank line under the method line
        out.error(responses_line - 1, f"expected a blank line before '{_RESPONSES_HEADING}'")
    description = "\n".join(lines[method_line + 2 : responses_line - 1])
    responses = _parse_responses(lines, responses_line + 1, end, out)
    if len(out.errors) > errors_before:
        return None
    return Operation(
        tag=tag,
        summary=summary,
        method=method,
        path=path,
        description=description,
        responses=tuple(responses),
        location=out.at(heading),
    )


def _without_responses(
    lines: list[str],
    framed: Operation,
    frame: tuple[int, int, int],
    verbatim: dict[int, int],
    out: _Collector,
) -> Operation | None:
    """An operation of the older generation of the format, which has no ``### Responses``
    section: its description runs to the next operation, less the blank lines that join them
    (a description's own trailing blank lines cannot be told from those). Its responses are
    empty (``framed`` has them so): the spec marks them undocumented. A response block
    written without its section heading (``#### 200 ...`` followed by the result note or a
    JSON fence), or a section swallowed by a code or HTML block, is a broken section, not the
    older format."""
    heading, method_line, end = frame
    stray = _stray_response_block(lines, method_line + 2, end)
    if stray is not None:
        hidden = [i for i in range(method_line + 2, end) if lines[i] == _RESPONSES_HEADING]
        if hidden and hidden[-1] in verbatim:
            hint = (
                f" (line {hidden[-1] + 1} is inside a code or HTML block opened on line "
                f"{verbatim[hidden[-1]] + 1}; is that block left open?)"
            )
        else:
            hint = f" (line {stray + 1} starts a response block; is the section's heading missing?)"
        out.error(
            heading,
            f"operation {framed.method} {framed.path} has no '{_RESPONSES_HEADING}' section; "
            f"expected it after the description{hint}",
        )
        return None
    last = end
    while last > method_line + 2 and lines[last - 1] == "":
        last -= 1
    return replace(framed, description="\n".join(lines[method_line + 2 : last]))


def _stray_response_block(lines: list[str], start: int, end: int) -> int | None:
    """The first line in ``start..end`` that opens a response block's frame: a
    ``#### {status}`` heading whose next non-blank line is the result note or a JSON fence."""
    for index in range(start, end):
        match = _RESPONSE_HEADING.match(lines[index])
        if not match or not _STATUS.match(match.group(1)):
            continue
        following = _skip_blank(lines, index + 1, end)
        if following < end and lines[following] in (_RESULT_NOTE, _FENCE_OPEN):
            return index
    return None


def _check_path(path: str, index: int, out: _Collector) -> None:
    if not path.startswith("/"):
        out.error(index, f"path {path!r} must start with '/'")
    stripped = _PATH_PARAMETER.sub("", path)
    if "{" in stripped or "}" in stripped:
        out.error(index, f"path {path!r} has unbalanced braces; expected '{{name}}' parameters")
        return
    if _NOT_IN_PATH.search(stripped):
        out.error(index, f"path {path!r} holds a space, '?' or '#'; expected no query or fragment")
    names = _PATH_PARAMETER.findall(path)
    for name in names:
        if not name:
            out.error(index, f"path {path!r} has an empty parameter name '{{}}'")
        elif not _PARAMETER_NAME.fullmatch(name):
            out.error(
                index,
                f"path parameter name {name!r} in {path!r} may hold only letters, digits, '_', '-' and '.'",
            )
    # A name may appear more than once (/a/{id}/b/{id}): one parameter, the same value in each place.


def _parse_responses(lines: list[str], index: int, end: int, out: _Collector) -> list[Response]:
    """The response blocks between ``### Responses`` and the end of the operation."""
    responses: list[Response] = []
    seen: dict[str, int] = {}
    heading_line, errors_before = index - 1, len(out.errors)
    while True:
        index = _skip_blank(lines, index, end)
        if index >= end:
            break
        response, index = _parse_response(lines, index, end, out, seen)
        if response is None:
            return responses
        responses.append(response)
    if not responses and len(out.errors) == errors_before:
        out.error(
            heading_line,
            f"'{_RESPONSES_HEADING}' lists no response; expected '#### {{status}} {{description}}'",
        )
    return responses


def _parse_response(
    lines: list[str], index: int, end: int, out: _Collector, seen: dict[str, int]
) -> tuple[Response | None, int]:
    """One response block (heading, description, body) at ``index``, and the line after it;
    None when the block is malformed past recovery (the error is said). ``seen``: the line of
    each status already listed."""
    match = _RESPONSE_HEADING.match(lines[index])
    if not match:
        out.error(
            index,
            f"expected a response heading '#### {{status}} {{description}}', found {lines[index]!r}",
        )
        return None, index
    status = match.group(1)
    heading = index
    if not _STATUS.match(status):
        out.error(index, f"status {status!r} is not a code (200), a range (4XX) or 'default'")
    elif status.upper() in seen:
        out.error(index, f"status {status} is listed twice (first on line {seen[status.upper()] + 1})")
    seen.setdefault(status.upper(), index)
    description, index = _response_description(lines, index, end, out, match.group(2) or "")
    if description is None:
        out.error(heading, f"response {status} has no '{_FENCE_OPEN}' block; expected one after its heading")
        return None, index
    if lines[index] == _RESULT_NOTE:
        index = _skip_blank(lines, index + 1, end)
        if index >= end or lines[index] != _FENCE_OPEN:
            out.error(min(index, end - 1), f"expected '{_FENCE_OPEN}' after the result note")
            return None, index
    skeleton, index = _parse_fence(lines, index, end, out)
    return Response(status, description, skeleton, out.at(heading)), index


def _response_description(
    lines: list[str], heading: int, end: int, out: _Collector, first: str
) -> tuple[str | None, int]:
    """The description of the response whose heading is at ``heading`` (its text after the
    status is ``first``), up to its result note or body fence, and that line's index; None when
    neither follows."""
    description_lines = [first]
    index = heading + 1
    while (
        index < end
        and lines[index] not in (_RESULT_NOTE, _FENCE_OPEN)
        and not _RESPONSE_HEADING.match(lines[index])
    ):
        description_lines.append(lines[index])
        index += 1
    if index >= end or lines[index] not in (_RESULT_NOTE, _FENCE_OPEN):
        return None, index
    if description_lines[-1] != "" and len(description_lines) > 1:
        out.error(index - 1, "expected a blank line before the response's body block")
    return "\n".join(description_lines[:-1] if len(description_lines) > 1 else description_lines), index


def _parse_fence(lines: list[str], opening: int, end: int, out: _Collector) -> tuple[Skeleton | None, int]:
    """The skeleton between ``` ```json ``` and ``` ``` ```; returns it and the line after the fence."""
    closing = next((i for i in range(opening + 1, end) if lines[i] == _FENCE_CLOSE), None)
    if closing is None:
        if not any(e.location.line == opening + 1 for e in out.errors):  # not already reported
            out.error(opening, f"unterminated code fence: expected a closing '{_FENCE_CLOSE}' line")
        return None, end
    body = "\n".join(lines[opening + 1 : closing])
    if not body.strip():
        return None, closing + 1
    try:
        value = json.loads(body)
    except json.JSONDecodeError as exc:
        out.error(
            opening + exc.lineno, f"the response skeleton is not valid JSON: {exc.msg} (column {exc.colno})"
        )
        return None, closing + 1
    for problem, needle in placeholder_problems(value):
        line = next((i for i in range(opening + 1, closing) if needle in lines[i]), opening)
        out.error(line, problem)
    return Skeleton(value), closing + 1


def _skip_blank(lines: list[str], index: int, end: int) -> int:
    while index < end and lines[index] == "":
        index += 1
    return index


def _expect_blank(lines: list[str], start: int, end: int, out: _Collector, where: str) -> None:
    for index in range(start, end):
        if lines[index] == "":
            continue
        if _is_heading2(lines[index]):
            following = next((line for line in lines[index + 1 :] if line), "")
            out.error(
                index,
                "a '## ' heading that starts no operation: expected a blank line, "
                f"'**METHOD** `path`' and a blank line after the summary, found {following[:60]!r}",
            )
        else:
            out.error(index, f"unexpected text {where}: {lines[index][:60]!r}")
        return
