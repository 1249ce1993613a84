"""Shards that stay put: adding or removing a docs file regenerates only the shards whose
operations changed (scripts/rtkgen/generator/sharded_generation.py ``split``), and the sharded client is still
byte for byte one plain generator run's.

A shard holds the operations of the tags that hash to it, the top-level tags they name and the
components they reach; the shard count is a power of two that moves only when the API grows or
shrinks by about a factor of 1.4 past a boundary. Before, every shard held the whole ``tags``
list and every component, and the count followed every operation added, so one new docs file
regenerated every shard (18 of 18 at 2,600 operations).
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, data_files
from rtkgen.generator.sharded_generation import operation_count, shard_count, shard_key, split
from test_generator_speed import differences, plain_run, sharded_run


def _document(tags: int, per_tag: int = 3) -> dict[str, Any]:
    """A spec of ``tags`` tags with ``per_tag`` operations each; each tag's operations use a
    schema of their own (which refers to a shared one), and one schema is used by nobody."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {
        "Shared": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Unused": {"type": "object", "properties": {"x": {"type": "integer"}}},
    }
    for tag in range(tags):
        schemas[f"Thing{tag}"] = {
            "type": "object",
            "properties": {"shared": {"$ref": "#/components/schemas/Shared"}},
        }
        for number in range(per_tag):
            response = {
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Thing{tag}"}}}
            }
            paths[f"/t{tag}/op{number}"] = {
                "get": {
                    "tags": [f"tag{tag}"],
                    "operationId": f"t{tag}op{number}",
                    "responses": {"200": response},
                }
            }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "tags": [{"name": f"tag{tag}"} for tag in range(tags)],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        },
    }


def _keys(document: dict[str, Any], limit: int) -> set[str]:
    return {shard_key(shard, "base") for shard in split(document, limit)}


def _without_tag(document: dict[str, Any], tag: int) -> dict[str, Any]:
    smaller = copy.deepcopy(document)
    smaller["paths"] = {
        path: item for path, item in smaller["paths"].items() if not path.startswith(f"/t{tag}/")
    }
    smaller["tags"] = [entry for entry in smaller["tags"] if entry["name"] != f"tag{tag}"]
    del smaller["components"]["schemas"][f"Thing{tag}"]
    return smaller


@pytest.mark.parametrize("tags", [40, 41, 60, 63])
def test_adding_a_tag_changes_one_shard_only(tags: int) -> None:
    before = _without_tag(_document(tags), tags - 1)
    after = _document(tags)
    old, new = _keys(before, 12), _keys(after, 12)
    assert len(new - old) == 1, "only the new tag's shard is another"
    assert len(old - new) <= 1
    assert len(old & new) >= len(old) - 1


@pytest.mark.parametrize("removed", [0, 7, 19])
def test_removing_a_tag_changes_one_shard_only(removed: int) -> None:
    document = _document(40)
    old, new = _keys(document, 12), _keys(_without_tag(document, removed), 12)
    assert len(old - new) == 1
    assert len(new - old) <= 1  # the shard it was in, without it (none if it was alone there)


def test_every_operation_and_component_is_in_a_shard_with_what_it_refers_to() -> None:
    document = _document(30)
    shards = split(document, 12)
    assert len(shards) == shard_count(operation_count(document), 12) == 8
    operations = [(path, m) for shard in shards for path, item in shard["paths"].items() for m in item]
    assert sorted(operations) == sorted((path, "get") for path in document["paths"])
    schemas = {name for shard in shards for name in shard["components"]["schemas"]}
    assert schemas == set(document["components"]["schemas"])  # "Unused" too: it is a model
    for shard in shards:
        text = repr(shard)
        names = set(shard["components"]["schemas"])
        assert set(re.findall(r"#/components/schemas/(\w+)", text)) <= names  # nothing dangles
        tags = {item["get"]["tags"][0] for item in shard["paths"].values()}
        assert [entry["name"] for entry in shard["tags"]] == sorted(tags, key=lambda t: int(t[3:]))
        assert shard["components"]["securitySchemes"] == document["components"]["securitySchemes"]


def test_the_shard_count_moves_only_by_large_factors() -> None:
    assert shard_count(150, 150) == 1
    assert shard_count(151, 150) == 2
    counts = {operations: shard_count(operations, 150) for operations in range(1_700, 3_390)}
    assert set(counts.values()) == {16}  # 2,600 operations, give or take a third
    assert shard_count(2_664, 150) == 16
    for operations in range(151, 20_000, 7):
        count = shard_count(operations, 150)
        assert count & (count - 1) == 0  # a power of two
        assert 150 / 1.5 < operations / count < 150 * 1.5 or count == 2


SAMPLE = data_files(CORPUS / "cloudflare-sample")


def _shard_counts(output: str) -> tuple[int, int]:
    """(shards, of them from the cache) from regenerate.py's report."""
    found = re.findall(r"generated (\d+) shards, (\d+) of them from the cache", output)
    assert found, output
    return int(found[0][0]), int(found[0][1])


def test_adding_or_removing_a_docs_file_regenerates_one_shard(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    # 8 files, 27 operations, in 4 buckets of about 6 (one may stay empty); one file (5
    # operations) added, then another removed: 4 buckets all along
    for file in SAMPLE[12:20]:
        shutil.copy(file, docs / file.name)
    spec, client, cache = tmp_path / "openapi.yaml", tmp_path / "client", tmp_path / "cache"
    first, cached = _shard_counts(sharded_run(docs, spec, client, cache, shard_ops=6))
    assert first >= 3 and cached == 0

    added = next(file for file in SAMPLE if file.name == "pages_domains.md")
    shutil.copy(added, docs / added.name)
    shards, cached = _shard_counts(sharded_run(docs, spec, client, cache, shard_ops=6))
    assert shards - cached == 1 and cached >= first - 1, (first, shards, cached)  # the new tag's shard
    plain_run(spec, tmp_path / "plain1")
    assert differences(client, tmp_path / "plain1") == []

    (docs / "filters.md").unlink()
    before = shards
    shards, cached = _shard_counts(sharded_run(docs, spec, client, cache, shard_ops=6))
    assert shards - cached <= 1 and cached >= before - 1, (before, shards, cached)
    plain_run(spec, tmp_path / "plain2")
    assert differences(client, tmp_path / "plain2") == []
