"""The generated package's metadata: PEP 621 ``pyproject.toml`` (no setup.py), ``__version__``,
``py.typed``, the tested ranges said alike by the metadata, the classifiers and the package
README, and a wheel (built from a copy, into tmp_path) whose long description is that README."""

from __future__ import annotations

import email
import json
import tomllib
import zipfile
from pathlib import Path

import realtimekit_client
from packaging.requirements import Requirement
from realtimekit_client.facade import OPERATIONS

from conftest import ROOT, committed_spec
from rtkgen.facade.readme import DEPENDENCIES, PRISM, PYTHONS, REFERENCE_MARK
from rtkgen.release.build import build

CLIENT = ROOT / "generated_client"
SPEC = committed_spec()
PROJECT = tomllib.loads((CLIENT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
README = (CLIENT / "README.md").read_text(encoding="utf-8")


def test_pyproject_is_pep_621_and_there_is_no_setup_py() -> None:
    assert PROJECT["name"] == "realtimekit-client"
    assert PROJECT["version"] == SPEC["info"]["version"] == realtimekit_client.__version__
    assert PROJECT["readme"] == "README.md" and PROJECT["requires-python"] == f">={PYTHONS[0]}"
    assert not (CLIENT / "setup.py").exists()
    assert (CLIENT / "realtimekit_client" / "py.typed").exists()


def test_the_ranges_are_the_tested_ones_everywhere() -> None:
    """The dependencies and Pythons the package declares are those tests/test_wheel_install.py
    runs and the package README states."""
    assert tuple(PROJECT["dependencies"]) == DEPENDENCIES
    pythons = sorted(
        c.rsplit(" :: ", 1)[1] for c in PROJECT["classifiers"] if c.count(".") == 1 and "Python :: 3." in c
    )
    assert tuple(pythons) == PYTHONS
    for said in (*DEPENDENCIES, *PYTHONS):
        assert said in README


def test_the_readme_names_the_pinned_mock_server_and_no_repository_only_command() -> None:
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert "@stoplight/prism-cli@" + pinned["@stoplight/prism-cli"] == PRISM
    assert f"npx {PRISM} mock" in README and "CLOUDFLARE_BASE_URL" in README
    assert "-py3-none-any.whl" in README


def test_the_readme_indexes_every_operation() -> None:
    for dotted, operation_id in OPERATIONS.items():
        assert f"| `rtk.{dotted}` | `realtimekit_client.api." in README
        assert f".{operation_id}` |" in README
    assert "get_my_data_model" not in README and "proxies=" not in README


def test_the_readme_marks_exactly_the_operations_the_docs_lack() -> None:
    """An operation the spec marks ``x-source: reference`` (added from the API's reference, not in
    the docs) is marked in the index; no other is."""
    from_reference = {
        operation["operationId"]
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("x-source") == "reference"
    }
    assert from_reference, "the spec has operations from the reference (PUT presets/{id}, ...)"
    for dotted, operation_id in OPERATIONS.items():
        row = next(line for line in README.splitlines() if line.startswith(f"| `rtk.{dotted}` |"))
        assert row.endswith(f"{REFERENCE_MARK} |") == (operation_id in from_reference), row


def test_the_wheel_carries_the_metadata_the_readme_and_py_typed(tmp_path: Path) -> None:
    before = sorted(path.relative_to(CLIENT) for path in CLIENT.rglob("*") if "__pycache__" not in path.parts)
    wheel, sdist = build(CLIENT, tmp_path)
    after = sorted(path.relative_to(CLIENT) for path in CLIENT.rglob("*") if "__pycache__" not in path.parts)
    assert after == before, "the build wrote into generated_client/"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = email.message_from_bytes(
            archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        )
    assert "realtimekit_client/py.typed" in names and "realtimekit_client/facade.py" in names
    assert metadata["Version"] == SPEC["info"]["version"]
    assert metadata["Requires-Python"] == f">={PYTHONS[0]}"
    declared = {str(Requirement(line)) for line in metadata.get_all("Requires-Dist") or []}
    assert declared == {str(Requirement(dependency)) for dependency in DEPENDENCIES}
    body = metadata.get_payload()
    assert isinstance(body, str) and body.startswith("# realtimekit-client") and sdist.exists()
