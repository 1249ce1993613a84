"""Every operation of the sample corpus (tests/data/corpus) comes out, with its texts exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, CORPUS_FAMILIES, data_files
from docs_oracle import read_operations
from rtkgen.converter.convert import convert, read_sources
from rtkgen.core.spec_validation import validate

FAMILIES = [CORPUS / name for name in CORPUS_FAMILIES]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda p: p.name)
def test_every_operation_of_the_corpus_is_converted_exactly(family: Path) -> None:
    files = data_files(family)
    document = convert(read_sources(files))
    validate(document)
    expected = [op for file in files for op in read_operations(file)]
    converted = {
        (method.upper(), path): op for path, item in document["paths"].items() for method, op in item.items()
    }
    assert len(converted) == len(expected)
    for want in expected:
        got = converted[(want.method, want.path)]
        assert (got["summary"], got["description"], got["tags"]) == (
            want.summary,
            want.description,
            [want.tag],
        )
        statuses = [s if s == "default" else s.upper() for s, _ in want.responses]
        assert list(got["responses"]) == statuses
        assert [r["description"] for r in got["responses"].values()] == [d for _, d in want.responses]


def test_sample_counts() -> None:
    counts = {
        family.name: sum(len(item) for item in convert(read_sources(data_files(family)))["paths"].values())
        for family in FAMILIES
    }
    operations = {
        family.name: sum(len(read_operations(f)) for f in data_files(family)) for family in FAMILIES
    }
    assert operations == {"cloudflare-sample": 239, "realtimekit": 57}
    assert counts == operations
