"""An independent, deliberately simple reading of docs files, to check the converter against.

It trusts the plain layout of the corpus samples (one-line summaries, descriptions without
frame lines) and nothing of the converter's code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

METHOD = re.compile(r"^\*\*([A-Z]+)\*\* `(.*)`$", re.M)


@dataclass(frozen=True)
class OracleOperation:
    tag: str
    summary: str
    method: str
    path: str
    description: str
    responses: tuple[tuple[str, str], ...]


def read_operations(file: Path) -> list[OracleOperation]:
    text = file.read_text(encoding="utf-8")
    tag = text.split("\n", 1)[0].removeprefix("# ")
    chunks = re.split(r"\n\n\n+(?=## )", text.split("\n", 1)[1].strip("\n"))
    operations = []
    for chunk in chunks:
        heading, rest = chunk.split("\n\n", 1)
        method, path = METHOD.match(rest.split("\n", 1)[0]).groups()  # type: ignore[union-attr]
        body = rest.split("\n", 1)[1].removeprefix("\n")
        description, responses = body.rsplit("\n\n### Responses\n\n", 1)
        found = re.findall(r"^#### (\S+) ?(.*)$", responses, re.M)
        operations.append(
            OracleOperation(tag, heading.removeprefix("## "), method, path, description, tuple(found))
        )
    return operations
