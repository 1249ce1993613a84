"""The relative links of a markdown file, found by a CommonMark parser (markdown-it-py), and
whether each one leads somewhere: tests/test_doc_links.py holds README.md, the guides and
CHANGES.md to it.

A link is relative when it has no scheme (``https:``, ``mailto:``): ``docs/testing.md``,
``../README.md#quick-start``, ``#layout``. It must name a file or folder that exists (from the
linking file's folder) and, with a ``#anchor`` into a markdown file, a heading of that file, by
GitHub's rule for heading anchors (``anchor``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_NOT_IN_ANCHOR = re.compile(r"[^\w\- ]")


@dataclass(frozen=True)
class Link:
    """One link: the file it is in, its line (1-based), its target as written."""

    where: str
    line: int
    href: str


def _inline_text(token: Token) -> str:
    """A heading's text as GitHub makes its anchor from it: text and code spans, no markup."""
    return "".join(child.content for child in token.children or () if child.type in ("text", "code_inline"))


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return _NOT_IN_ANCHOR.sub("", heading.strip().lower()).replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every heading anchor of a markdown text (a repeated heading's later ones get ``-1``, ...)."""
    found: set[str] = set()
    tokens = MarkdownIt("commonmark").parse(text)
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        base = anchor(_inline_text(tokens[index + 1]))
        name, count = base, 0
        while name in found:
            count += 1
            name = f"{base}-{count}"
        found.add(name)
    return found


def links(text: str, where: str) -> list[Link]:
    """Every relative link of a markdown text (links inside code are text, not links)."""
    found = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "inline" or token.map is None:
            continue
        for child in token.children or ():
            href = str(child.attrs.get("href", "")) if child.type == "link_open" else ""
            if href and not _SCHEME.match(href):
                found.append(Link(where, token.map[0] + 1, href))
    return found


def problems(path: Path, where: str) -> list[str]:
    """``WHERE:LINE: message`` for each relative link of ``path`` that leads nowhere."""
    out = []
    for link in links(path.read_text(encoding="utf-8"), where):
        target, _, fragment = link.href.partition("#")
        file = (path.parent / target).resolve() if target else path
        if not file.exists():
            out.append(f"{link.where}:{link.line}: {link.href}: no such file")
        elif fragment and file.suffix == ".md" and fragment not in anchors(file.read_text(encoding="utf-8")):
            out.append(f"{link.where}:{link.line}: {link.href}: no heading #{fragment} in {file.name}")
    return out
