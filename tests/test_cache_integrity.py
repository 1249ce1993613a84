"""No cache can poison the output: every entry is verified on read, and the installed client
shares no storage with a cache.

Each cache of the pipeline (``rtkgen.caches.cache_dirs``: the spec twins, ruff's results, the facade's
reading, the shards) gets one byte of an entry flipped, leaving it readable (a digit): the next read is a
miss, with one warning line naming the file, and the output is the uncached one
(``rtkgen.caches.cache_entry`` holds the rule). And in a sharded build a write into an installed file (``>>``)
leaves the shard cache as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import rtkgen.changes.settle
from conftest import CORPUS, ROOT, committed_spec
from rtkgen.caches.cache_entry import read_entry, write_entry
from rtkgen.caches.ruff_cache import ruff_in_place
from rtkgen.caches.spec_cache import cached_document, remember
from rtkgen.facade import facade_source
from rtkgen.facade.endpoint_cache import Endpoints


def flip_digit(path: Path, after: int = 0) -> None:
    """Change one digit of ``path`` (the first one at or after byte ``after`` of its content,
    past the entry's hash line): the file stays readable, its content is not what was written."""
    data = bytearray(path.read_bytes())
    start = data.index(b"\n") + 1 if data.startswith(b"sha256:") else 0
    position = next(i for i in range(start + after, len(data)) if chr(data[i]).isdigit())
    data[position] = ord("7") if data[position] != ord("7") else ord("8")
    path.write_bytes(bytes(data))


def one_warning(err: str, path: Path) -> None:
    lines = [line for line in err.splitlines() if line.startswith("warning: cache entry")]
    assert lines == [
        f"warning: cache entry {path} does not match the hash it was written with; ignored, made anew"
    ]


def test_an_entry_is_its_content_and_a_changed_entry_is_a_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = tmp_path / "cache" / "key.json"
    assert write_entry(entry, b'{"version": "1.2.3"}')
    assert read_entry(entry) == b'{"version": "1.2.3"}'
    assert capsys.readouterr().err == ""
    assert [p.name for p in entry.parent.iterdir()] == ["key.json"]  # no temporary file left
    flip_digit(entry)
    assert read_entry(entry) is None
    one_warning(capsys.readouterr().err, entry)
    entry.write_bytes(b'{"version": "1.2.3"}')  # no hash line at all (an entry of an older version)
    assert read_entry(entry) is None
    assert "warning: cache entry" in capsys.readouterr().err
    assert read_entry(tmp_path / "none.json") is None  # no entry: a miss, silently
    assert capsys.readouterr().err == ""


def test_spec_twin_with_a_changed_digit_gives_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1.2.3"}, "paths": {}}
    spec, cache = tmp_path / "openapi.yaml", tmp_path / "specs"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    remember(spec, document, cache)
    assert cached_document(spec, cache) == document  # the twin is used
    (twin,) = cache.glob("*.json")
    flip_digit(twin, after=twin.read_bytes().split(b"\n", 1)[1].index(b"1.2.3"))
    monkeypatch.setattr(rtkgen.changes.settle, "cached_document", lambda path: cached_document(path, cache))
    assert rtkgen.changes.settle.load_spec(spec)["info"]["version"] == "1.2.3"  # the YAML's, not 1.2.7
    one_warning(capsys.readouterr().err, twin)


def _ruff(project: Path, text: str, cache: Path | None) -> str:
    commands = [["check", "--fix-only", "--quiet"], ["format", "--quiet"]]
    ruff_in_place(project, {"pkg/mod.py": text}, commands, {"RUFF_NO_CACHE": "true"}, cache)
    return (project / "pkg" / "mod.py").read_text(encoding="utf-8")


def test_ruff_result_with_a_changed_digit_is_made_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, cache = tmp_path / "project", tmp_path / "ruff"
    (project / "pkg").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.ruff]\nline-length = 99\n')
    text = "import os\nx = {'a':1,   'b': [2,3]}\n"
    expected = _ruff(project, text, None)
    assert _ruff(project, text, cache) == expected
    (entry,) = cache.glob("*.json")
    flip_digit(entry)  # "1" of the formatted text
    assert read_entry(entry) is None
    capsys.readouterr()
    assert _ruff(project, text, cache) == expected  # ruff's own output, not the changed one
    one_warning(capsys.readouterr().err, entry)
    assert read_entry(entry) is not None  # and the entry is written again


def test_facade_reading_with_a_changed_digit_is_read_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "client"
    shutil.copytree(ROOT / "generated_client", project, ignore=shutil.ignore_patterns("build", "__pycache__"))
    package = project / "realtimekit_client"
    document = committed_spec()
    cache = tmp_path / "cache"
    first = Endpoints(package, cache)
    plain = facade_source(document, package, first)
    first.save()
    assert first.file is not None
    again = Endpoints(package, cache)
    facade_source(document, package, again)
    assert again.fresh == 0  # all from the cache
    flip_digit(first.file, after=len(first.file.read_bytes()) // 2)
    capsys.readouterr()
    broken = Endpoints(package, cache)
    assert facade_source(document, package, broken) == plain
    assert broken.fresh == first.fresh  # every operation read anew
    one_warning(capsys.readouterr().err, first.file)


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _regenerate(docs: Path, spec: Path, client: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, RUN_GENERATOR_SHARD_OPS="2", PIPELINE_CACHE=str(cache))
    env.pop("RUN_GENERATOR_CACHE", None)
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--docs", str(docs)]
    command += ["--spec", str(spec), "--client", str(client)]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run


def test_sharded_client_shares_nothing_with_the_cache_and_a_changed_shard_is_generated_again(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("bindb.md", "durable_objects_namespace.md", "custom_pages_for_a_zone.md"):
        shutil.copy(CORPUS / "cloudflare-sample" / name, docs / name)
    spec, client, cache = tmp_path / "openapi.yaml", tmp_path / "client", tmp_path / "cache"
    first = _regenerate(docs, spec, client, cache)
    shards = int(re.findall(r"generated (\d+) shards, 0 of them from the cache", first.stdout)[0])
    assert shards >= 2
    installed, cached = _tree(client), _tree(cache / "shards")

    # A write into an installed file (">>") changes that file only.
    edited = sorted(client.glob("*/api/*/*.py"))[0]
    with edited.open("a", encoding="utf-8") as stream:
        stream.write("# mine\n")
    assert _tree(cache / "shards") == cached
    assert all(os.stat(p).st_nlink == 1 for p in client.rglob("*") if p.is_file())

    # A digit flipped in a file of a cached shard: that shard is generated again, with a warning.
    modules = sorted((cache / "shards").glob("*/project/*/api/*/*.py"))
    changed = next(p for p in modules if p.stem != "__init__")
    flip_digit(changed)
    second = _regenerate(docs, spec, client, cache)
    warnings = [line for line in second.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: cache entry {changed} does not match the hash it was written with; ignored, made anew"
    ]
    assert f"generated {shards} shards, {shards - 1} of them from the cache" in second.stdout
    assert _tree(client) == installed  # the uncached output (the edit of a generated file is replaced)
    assert _tree(cache / "shards") == cached  # and the shard is stored again as it was
