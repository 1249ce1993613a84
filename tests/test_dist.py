"""`make dist` (scripts/build_dist.py): the wheel and the sdist are built from a copy of the
client into the given folder, nothing is written into the source, and the check (what
`twine check` does, and more) passes on them and names each defect of a spoilt one."""

from __future__ import annotations

import email.message
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from rtkgen.release.build import build, check, check_metadata, main

CLIENT = ROOT / "generated_client"
README = (CLIENT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(CLIENT, tmp_path_factory.mktemp("dist"))


def test_main_builds_and_checks_into_the_folder_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = tmp_path / "client"
    shutil.copytree(CLIENT, client, ignore=shutil.ignore_patterns("__pycache__"))
    before = sorted(p.relative_to(client) for p in client.rglob("*"))
    assert main(["--client", str(client), "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.relative_to(client) for p in client.rglob("*")) == before
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".gz", ".whl"]
    assert "built and checked" in capsys.readouterr().out


def test_the_built_distributions_pass_the_check(built: tuple[Path, Path]) -> None:
    assert check(*built, README) == []


def test_the_wheel_holds_the_models_stub(built: tuple[Path, Path]) -> None:
    """models/__init__.py lists its models in a string; their types are in the stub beside it."""
    with zipfile.ZipFile(built[0]) as wheel:
        stub = wheel.read("realtimekit_client/models/__init__.pyi").decode("utf-8")
    assert stub == (CLIENT / "realtimekit_client" / "models" / "__init__.pyi").read_text(encoding="utf-8")


def test_a_long_description_other_than_the_readme_is_named(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    assert check(wheel, sdist, "# another README\n") == [
        f"{wheel.name}: METADATA: the long description is not the package README",
        f"{sdist.name}: PKG-INFO: the long description is not the package README",
    ]


def _rewrite_wheel(wheel: Path, out: Path, name: str, data: bytes) -> Path:
    """A copy of ``wheel`` with the file ``name`` replaced (RECORD left as it was)."""
    spoilt = out / wheel.name
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(spoilt, "w") as target:
        for item in source.infolist():
            target.writestr(item, data if item.filename == name else source.read(item.filename))
    return spoilt


def test_a_file_that_does_not_match_its_record_line_is_named(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, sdist = built
    spoilt = _rewrite_wheel(wheel, tmp_path, "realtimekit_client/types.py", b"tampered = True\n")
    assert check(spoilt, sdist, README) == [
        f"{wheel.name}: realtimekit_client/types.py does not match its RECORD line"
    ]


def test_an_sdist_without_a_module_of_the_wheel_is_named(built: tuple[Path, Path], tmp_path: Path) -> None:
    wheel, sdist = built
    spoilt = tmp_path / sdist.name
    with tarfile.open(sdist) as source, tarfile.open(spoilt, "w:gz") as target:
        for member in source.getmembers():
            if not member.name.endswith("realtimekit_client/py.typed"):
                target.addfile(member, source.extractfile(member) if member.isfile() else None)
    assert check(wheel, spoilt, README) == [
        f"{sdist.name}: lacks realtimekit_client/py.typed, which the wheel has"
    ]


def _metadata(**fields: str) -> email.message.Message:
    message = email.message.Message()
    values = {"Metadata-Version": "2.1", "Name": "x", "Version": "1.0", "Summary": "s"} | fields
    for key, value in values.items():
        message[key.replace("_", "-")] = value
    message.set_payload("# x\n")
    return message


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({}, "M: the long description is not declared as text/markdown"),
        ({"Requires_Dist": "httpx>=>0.26"}, "M: Requires-Dist 'httpx>=>0.26'"),
        ({"Requires_Python": ">=three"}, "M: Requires-Python"),
        ({"Classifier": "Typing Typed"}, "M: classifier 'Typing Typed' is not `Topic :: Value`"),
        ({"Summary": ""}, "M: no Summary"),
    ],
)
def test_each_metadata_defect_is_named(fields: dict[str, str], problem: str) -> None:
    good = {"Description_Content_Type": "text/markdown"}
    found = check_metadata("M", _metadata(**(good if fields else {}) | fields), "# x\n")
    assert len(found) == 1 and found[0].startswith(problem), found


def test_a_sound_metadata_has_no_problem() -> None:
    fields = {"Description_Content_Type": "text/markdown", "Requires_Dist": "httpx>=0.26,<0.30"}
    assert check_metadata("M", _metadata(**fields), "# x\n") == []
