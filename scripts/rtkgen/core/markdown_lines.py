"""Where a line of a markdown file ends, written once: at a line feed (LF), nowhere else.

CommonMark, and markdown-it-py that the converter trusts for code and HTML blocks, end a line
at LF, CRLF or CR. By the time a text is cut into lines here, LF is the only one left: the
converter reads a file whose every line ends in CRLF as LF and keeps a lone CR of an LF file as
text (``rtkgen.converter.markdown_parser.decode_document``; it hides that CR from markdown-it), and
``Path.read_text`` turns CRLF and CR into LF (CHANGES.md).

``str.splitlines`` is not this rule: it also ends a line at U+000B, U+000C, U+001C, U+001D,
U+001E, U+0085 (NEL), U+2028 and U+2029, all of which CommonMark reads as text. Lines counted
with it disagree with markdown-it's line numbers (a closed code fence holding NEL looked
unterminated) and with an editor's (FILE:LINE messages pointed past the line meant).
"""

from __future__ import annotations

LINE_ENDING = "\n"


def split_lines(text: str, *, keepends: bool = False) -> list[str]:
    """``text``'s lines, as ``str.splitlines`` gives them but ended at ``LINE_ENDING`` only.

    A line ending ends the line before it and starts no line of its own: ``"a\\n"`` is one line,
    ``""`` none. ``keepends`` keeps each line's ending, so ``"".join`` of the lines is ``text``.
    """
    pieces = text.split(LINE_ENDING)
    rest = pieces.pop()  # after the last line ending: a line only when it holds something
    lines = [piece + LINE_ENDING for piece in pieces] if keepends else pieces
    if rest:
        lines.append(rest)
    return lines
