"""Files in the client folder that were not generated are kept, or named in a refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, doc_markdown, op_markdown
from rtkgen.generator.client_files import MANIFEST, ForeignFiles, carry_over, write_manifest
from rtkgen.install import pipeline as regenerate


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_the_manifest_lists_the_generated_files_sorted_without_caches(tmp_path: Path) -> None:
    folder = tree(tmp_path, {"pkg/b.py": "", "pkg/a.py": "", "pkg/__pycache__/a.pyc": "", "README.md": ""})
    write_manifest(folder)
    assert (folder / MANIFEST).read_text() == f"{MANIFEST}\nREADME.md\npkg/a.py\npkg/b.py\n"


def test_files_the_manifest_does_not_list_are_copied_into_the_new_client(tmp_path: Path) -> None:
    old = tree(tmp_path / "old", {"pkg/a.py": "old", "pkg/gone.py": "old", "notes/todo.txt": "mine"})
    write_manifest(old)
    tree(old, {"pkg/mine.py": "mine too", "pkg/__pycache__/a.pyc": "cache"})
    new = tree(tmp_path / "new", {"pkg/a.py": "new"})
    assert carry_over(old, new) == ["pkg/mine.py"]
    assert (new / "pkg/mine.py").read_text() == "mine too"
    assert not (new / "pkg/gone.py").exists() and not (new / "pkg/__pycache__").exists()
    assert (new / "pkg/a.py").read_text() == "new"


def test_a_foreign_file_where_the_new_client_has_one_is_refused(tmp_path: Path) -> None:
    old = tree(tmp_path / "old", {"pkg/a.py": "old"})
    write_manifest(old)
    tree(old, {"pkg/b.py": "mine"})
    new = tree(tmp_path / "new", {"pkg/a.py": "new", "pkg/b.py": "generated now"})
    with pytest.raises(ForeignFiles, match=r"same name: pkg/b\.py"):
        carry_over(old, new)


def test_without_manifest_or_git_files_the_new_client_lacks_are_refused(tmp_path: Path) -> None:
    old = tree(tmp_path / "old", {"pkg/a.py": "old", "pkg/extra.py": "whose?"})
    new = tree(tmp_path / "new", {"pkg/a.py": "new"})
    with pytest.raises(ForeignFiles, match=r"may be yours: pkg/extra\.py"):
        carry_over(old, new)
    assert carry_over(tmp_path / "old", tree(tmp_path / "new2", {"pkg/a.py": "", "pkg/extra.py": ""})) == []


def test_the_committed_client_has_its_manifest() -> None:
    listed = (ROOT / "generated_client" / MANIFEST).read_text().splitlines()
    assert ("realtimekit_client/__init__.py" in listed and listed == sorted(listed[1:], key=str)) or listed[
        0
    ] == MANIFEST


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "things.md").write_text(doc_markdown(op_markdown()))
    return tmp_path


def arguments(root: Path) -> list[str]:
    return [
        "--docs", str(root / "docs"), "--spec", str(root / "openapi.yaml"), "--client", str(root / "client"),
        "--config", str(ROOT / "generator-config.yaml"), "--templates", str(ROOT / "templates"),
    ]  # fmt: skip


def test_regenerating_keeps_a_users_file_and_says_so(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regenerate.main(arguments(project)) == 0
    (project / "client" / "notes.txt").write_text("mine")
    capsys.readouterr()
    assert regenerate.main(arguments(project)) == 0
    assert (project / "client" / "notes.txt").read_text() == "mine"
    assert "kept 1 file(s) of" in capsys.readouterr().out
    assert "notes.txt" not in (project / "client" / MANIFEST).read_text()


def test_an_old_client_of_unknown_origin_is_refused_by_name(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regenerate.main(arguments(project)) == 0
    client = project / "client"
    (client / MANIFEST).unlink()
    (client / "notes.txt").write_text("mine")
    spec = (project / "openapi.yaml").read_bytes()
    assert regenerate.main(arguments(project)) == 1
    assert "may be yours: notes.txt" in capsys.readouterr().err
    assert (client / "notes.txt").read_text() == "mine" and (project / "openapi.yaml").read_bytes() == spec
    shutil.rmtree(client)
