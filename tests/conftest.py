"""Shared fixtures: where things are, and small helpers to write docs and convert them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from docs2openapi.convert import convert
from docs2openapi.markdown_parser import parse_document
from docs2openapi.records import DocFile

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def op_markdown(
    summary: str = "Get a thing",
    method: str = "GET",
    path: str = "/things/{thing_id}",
    description: str = "Returns a thing.",
    responses: str = '#### 200 OK\n\n> Data is at `body["result"]`\n\n```json\n{"success": "*boolean*"}\n```',
) -> str:
    """One operation in the docs format (docs-format.md)."""
    return f"## {summary}\n\n**{method}** `{path}`\n\n{description}\n\n### Responses\n\n{responses}\n"


def doc_markdown(*operations: str, tag: str = "Things") -> str:
    """A whole docs file: the title, then operations joined by blank lines."""
    return f"# {tag}\n\n" + "\n\n\n".join(operations)


def parse_one(text: str, path: str = "things.md") -> DocFile:
    doc, errors = parse_document(path, text)
    assert not errors, [str(e) for e in errors]
    assert doc is not None
    return doc


@pytest.fixture
def convert_text() -> Callable[..., dict[str, Any]]:
    def run(*texts: str) -> dict[str, Any]:
        return convert([(f"file{i}.md", t.encode()) for i, t in enumerate(texts)])

    return run
