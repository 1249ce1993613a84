"""The facade's caches give the facade an uncached run gives, and are never stale.

``rtkgen.facade.endpoint_cache`` keeps what was read of each operation module with the SHA-256 of
every module it was read from; ``rtkgen.caches.ruff_cache`` keeps ruff's result under the rendered text, the
commands, ruff's version and the project's ruff settings. Here the committed client's facade is
rendered with and without them, then a model one operation only imports (its body model) is
changed: the cached reading must see it, through the digests of the files it was read from.
The whole pipeline is compared with uncached runs in ``test_generator_speed.py``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, committed_spec
from rtkgen.caches.ruff_cache import ruff_in_place
from rtkgen.facade import facade_source
from rtkgen.facade.endpoint_cache import Endpoints

PACKAGE = "realtimekit_client"


@pytest.fixture
def client(tmp_path: Path) -> Path:
    """A copy of the committed client (its package folder)."""
    project = tmp_path / "client"
    shutil.copytree(ROOT / "generated_client", project, ignore=shutil.ignore_patterns("build", "__pycache__"))
    return project / PACKAGE


def _document() -> dict[str, object]:
    loaded: dict[str, object] = committed_spec()
    return loaded


def _rename_first_body_field(package: Path) -> tuple[str, int]:
    """Rename the first keyword of a body model's ``__init__`` (a file no operation module is);
    returns the model's module and how many operations read it."""
    reader = Endpoints(package, None)
    document = _document()
    facade_source(document, package, reader)
    users: dict[str, int] = {}
    for dotted, (read, endpoint) in reader._used.items():
        if endpoint.body_module is not None and endpoint.body_fields:
            users[endpoint.body_module.dotted] = users.get(endpoint.body_module.dotted, 0) + 1
            assert endpoint.body_module.dotted in read and endpoint.body_module.dotted != dotted
    model = sorted(users)[0]
    path = package.joinpath(*model.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "__init__" and node.args.kwonlyargs:
            node.args.kwonlyargs[0].arg += "_renamed"
            break
    path.write_text(ast.unparse(tree), encoding="utf-8")
    return model, users[model]


def test_cached_reading_equals_uncached_and_follows_every_file_read(client: Path, tmp_path: Path) -> None:
    document = _document()
    cache = tmp_path / "cache"
    plain = facade_source(document, client)

    first = Endpoints(client, cache)
    assert facade_source(document, client, first) == plain
    assert first.fresh == 59  # every operation read, none cached yet
    first.save()
    again = Endpoints(client, cache)
    assert facade_source(document, client, again) == plain
    assert again.fresh == 0  # all from the cache

    _, users = _rename_first_body_field(client)
    changed = facade_source(document, client)
    assert changed != plain  # the facade shows the body model's fields
    cached = Endpoints(client, cache)
    assert facade_source(document, client, cached) == changed
    assert cached.fresh == users  # exactly the operations that read the model were read again


def test_unreadable_cache_is_no_cache(client: Path, tmp_path: Path) -> None:
    document = _document()
    cache = tmp_path / "cache"
    first = Endpoints(client, cache)
    plain = facade_source(document, client, first)
    first.save()
    assert first.file is not None and first.file.is_file()
    first.file.write_bytes(b"not a pickle")
    broken = Endpoints(client, cache)
    assert facade_source(document, client, broken) == plain
    assert broken.fresh == 59


PROJECT = '[project]\nname = "x"\nrequires-python = ">=3.11"\n\n[tool.ruff]\nline-length = {length}\n'
UGLY = "import sys\nimport os\nx = {'a':1,   'b': [1,2,3], 'c': 'a long string that goes on and on and on'}\n"


def _project(tmp_path: Path, length: int) -> Path:
    project = tmp_path / f"project{length}"
    (project / "pkg").mkdir(parents=True)
    (project / "pyproject.toml").write_text(PROJECT.format(length=length), encoding="utf-8")
    return project


def _ruff(project: Path, text: str, cache: Path | None) -> str:
    commands = [["check", "--fix-only", "--quiet"], ["format", "--quiet"]]
    ruff_in_place(project, {"pkg/mod.py": text}, commands, {"RUFF_NO_CACHE": "true"}, cache)
    return (project / "pkg" / "mod.py").read_text(encoding="utf-8")


def test_ruff_cache_gives_what_ruff_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "ruff"
    wide, narrow = _project(tmp_path, 120), _project(tmp_path, 40)
    expected = _ruff(wide, UGLY, None)
    assert expected != UGLY and not list(cache.glob("*"))
    assert _ruff(wide, UGLY, cache) == expected  # ruff ran, its result is kept
    assert len(list(cache.glob("*.json"))) == 1

    def no_ruff(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        raise AssertionError("ruff ran although its result is cached")

    monkeypatch.setattr(subprocess, "run", no_ruff)
    assert _ruff(wide, UGLY, cache) == expected  # from the cache
    monkeypatch.undo()

    # Another text, or other settings (the line length), is another key: ruff runs again.
    other = UGLY.replace("'a'", "'z'")
    assert _ruff(wide, other, cache) == _ruff(wide, other, None)
    formatted_narrow = _ruff(narrow, UGLY, cache)
    assert formatted_narrow == _ruff(narrow, UGLY, None) != expected
    assert len(list(cache.glob("*.json"))) == 3


def test_ruff_cache_needs_the_settings_in_the_project(tmp_path: Path) -> None:
    project = tmp_path / "bare"
    (project / "pkg").mkdir(parents=True)
    cache = tmp_path / "ruff"
    _ruff(project, UGLY, cache)
    assert not cache.exists()  # ruff's settings come from outside the project: nothing cached
