"""The fast generation paths give exactly the client of one plain generator run.

``make generate`` hands the generator JSON, renders in forked processes, shards a large spec by
tag and reuses cached shards (scripts/run_generator.py, scripts/rtkgen/generator/sharded_generation.py).
Here the sample corpus is sharded (a small shard size forces it) and the client compared byte for byte
with one plain run on the same YAML spec: the generator with this project's rules (its naming
rules and renames, scripts/run_generator.py) and none of its speed paths
(``RUN_GENERATOR_RULES_ONLY=1``: the generator's own rendering, in one process, jinja's own
default module); then one docs file changes, only its shard is generated again, and the result
is again the plain run's; then an API change in that file bumps the version, and still only
its shard is generated again (every shard is generated at one version, the real one set after
the merge).

The sharded runs keep all of the pipeline's caches in a folder of the test (``PIPELINE_CACHE``:
the shards, the facade's reading of each operation, ruff's results), the plain runs use none,
so a stale cache shows as a difference. The one-file change also changes, besides a sentence,
the type an operation returns: its operation module stays the same and only its models change,
which the facade's cached reading of that operation must notice (``rtkgen.facade.endpoint_cache``).
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, ROOT, data_files
from rtkgen.facade import write_facade
from rtkgen.generator.client_files import write_manifest

REGENERATE = ROOT / "scripts" / "regenerate.py"
RUN_GENERATOR = ROOT / "scripts" / "run_generator.py"


def differences(left: Path, right: Path) -> list[str]:
    """Files that are not byte for byte the same in both trees (or only in one)."""
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name}" for name in compared.left_only + compared.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            compared.left, compared.right, compared.common_files, shallow=False
        )
        found.extend(f"{prefix}{name}" for name in mismatch + errors)
        for name, sub in compared.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return found


def plain_run(spec: Path, output: Path) -> None:
    """The generator with the project's rules only, once, on the YAML spec, as generate_client.py
    configures it."""
    env = dict(
        os.environ,
        RUN_GENERATOR_RULES_ONLY="1",
        RUFF_NO_CACHE="true",
        CUSTOM_TEMPLATE_PATH=str(ROOT / "templates"),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    command = [
        sys.executable,
        str(RUN_GENERATOR),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(ROOT / "generator-config.yaml"),
    ]
    command += ["--output-path", str(output), "--meta", "setup", "--fail-on-warning"]
    command += ["--custom-template-path", str(ROOT / "templates")]
    run = subprocess.run(command, cwd=output.parent, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    write_facade(None, spec, output)  # the generation steps after the generator: the facade
    write_manifest(output)  # and the manifest of generated files (scripts/rtkgen/generator/client_files.py)


def sharded_run(docs: Path, spec: Path, client: Path, cache: Path, shard_ops: int = 6) -> str:
    """``regenerate.py`` in shards of about ``shard_ops`` operations, every cache in ``cache``."""
    env = dict(os.environ, RUN_GENERATOR_SHARD_OPS=str(shard_ops), PIPELINE_CACHE=str(cache))
    env.pop("RUN_GENERATOR_CACHE", None)
    command = [
        sys.executable,
        str(REGENERATE),
        "--docs",
        str(docs),
        "--spec",
        str(spec),
        "--client",
        str(client),
    ]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout


def _edited(text: str) -> str:
    """observatory.md with a sentence added to a description, and the first operation's result
    made a list (a change of its models only)."""
    text = text.replace("been tested.\n", "been tested.\n\nOne more line.\n", 1)  # a description
    text, count = re.subn(
        r'(#### 200 Page test availability\.\n\n> Data is at `body\["result"\]`\n\n```json\n).*?(\n```)',
        r'\1[\n  {\n    "label": "*string*"\n  }\n]\2',
        text,
        count=1,
        flags=re.DOTALL,
    )
    assert count == 1
    return text


def test_sharded_and_cached_generation_equals_one_plain_run(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    # 5 files, 22 operations, observatory.md among them, in shards of about 6 operations: shards
    # enough (3 or more) to show the merge and the cache, small enough for the suite (make bench
    # times the shards and the cache on 2,600 operations)
    for file in data_files(CORPUS / "cloudflare-sample")[17:22]:
        shutil.copy(file, docs / file.name)
    assert (docs / "observatory.md").exists()
    spec, client, cache = tmp_path / "openapi.yaml", tmp_path / "client", tmp_path / "cache"

    first = sharded_run(docs, spec, client, cache)
    shards = int(re.findall(r"generated (\d+) shards, 0 of them from the cache", first)[0])
    assert shards >= 3
    plain_run(spec, tmp_path / "plain1")
    assert differences(client, tmp_path / "plain1") == []
    assert list((cache / "facade").glob("endpoints-*.pickle"))  # the facade's reading is cached
    assert list((cache / "ruff").glob("*.json"))  # and ruff's result

    changed = docs / "observatory.md"  # one tag: one shard is generated again
    changed.write_text(_edited(changed.read_text(encoding="utf-8")), encoding="utf-8")
    second = sharded_run(docs, spec, client, cache)
    assert f"generated {shards} shards, {shards - 1} of them from the cache" in second
    assert "version 0.1.0 -> 0.2.0" in second  # another return type: a breaking change
    plain_run(spec, tmp_path / "plain2")
    assert differences(client, tmp_path / "plain2") == []
    changes = differences(tmp_path / "plain1", tmp_path / "plain2")
    # the change reached the facade (the module of the operation's resource)
    assert [c for c in changes if c.startswith("realtimekit_client/resources/")], changes
    # through its models only: the operation's module is the same
    assert "realtimekit_client/api/observatory/get_quota_and_availability.py" not in changes
    assert "realtimekit_client/api/observatory/list_tested_webpages.py" in changes  # the sentence

    text = changed.read_text(encoding="utf-8")  # an operation renamed: a breaking change, 0.2.0 -> 0.3.0
    heading = re.findall(r"^## .+$", text, re.MULTILINE)[0]
    changed.write_text(text.replace(heading, f"{heading} again", 1))
    third = sharded_run(docs, spec, client, cache)
    assert "version 0.2.0 -> 0.3.0" in third
    assert f"generated {shards} shards, {shards - 1} of them from the cache" in third
    plain_run(spec, tmp_path / "plain3")
    assert differences(client, tmp_path / "plain3") == []
    assert 'version = "0.3.0"' in (client / "pyproject.toml").read_text()
