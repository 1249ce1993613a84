"""The whole upstream corpus is about 2.5 MB: an input that large converts (its speed is measured
by the benchmarks, not here)."""

from __future__ import annotations

import re

from conftest import CORPUS, CORPUS_FAMILIES, data_files
from rtkgen.converter.convert import convert
from rtkgen.converter.yaml_writer import to_yaml

METHOD_LINE = re.compile(r"^(\*\*[A-Z]+\*\* `)/", re.M)


def test_a_corpus_of_two_and_a_half_megabytes_converts_completely() -> None:
    sample = [file for family in CORPUS_FAMILIES for file in data_files(CORPUS / family)]
    assert sum(file.stat().st_size for file in sample) > 0, (
        "the sample corpus is empty: the loop would never end"
    )
    sources: list[tuple[str, bytes]] = []
    copies = 0
    while sum(len(data) for _, data in sources) < 2_500_000:
        for file in sample:  # each copy under its own path prefix, so no route repeats
            text = METHOD_LINE.sub(rf"\1/copy{copies}/", file.read_text(encoding="utf-8"))
            sources.append((f"copy{copies}/{file.name}", text.encode()))
        copies += 1
    document = convert(sources)
    operations = [op for item in document["paths"].values() for op in item.values()]
    assert len(operations) == copies * (239 + 57)
    assert len({op["operationId"] for op in operations}) == len(operations)
    text = to_yaml(document)
    assert text.count("\n      operationId: ") == len(operations)
