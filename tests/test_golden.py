"""The RealtimeKit docs convert to exactly the reviewed golden document.

After an intended change, refresh it with ``UPDATE_GOLDEN=1 make test`` and review the diff.
"""

from __future__ import annotations

import os

from conftest import ROOT
from rtkgen.converter.convert import convert, markdown_files, read_sources
from rtkgen.converter.yaml_writer import to_yaml
from rtkgen.core.openapi_common import load_yaml
from rtkgen.core.spec_validation import validate

GOLDEN = ROOT / "tests" / "golden" / "realtimekit.openapi.yaml"


def test_realtimekit_docs_match_the_golden_document() -> None:
    text = to_yaml(convert(read_sources(markdown_files([ROOT / "docs" / "realtimekit"]))))
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
    document = load_yaml(text)
    validate(document)
    assert sum(len(item) for item in document["paths"].values()) == 57
