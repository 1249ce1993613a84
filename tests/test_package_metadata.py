"""The generated package's metadata: PEP 621 ``pyproject.toml`` (no setup.py), ``__version__``,
``py.typed``, and a wheel whose long description is the generated README with its index of every
operation."""

from __future__ import annotations

import email
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import realtimekit_client
import yaml
from realtimekit_client.facade import OPERATIONS

from conftest import ROOT

CLIENT = ROOT / "generated_client"
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def test_pyproject_is_pep_621_and_there_is_no_setup_py() -> None:
    project = tomllib.loads((CLIENT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "realtimekit-client"
    assert project["version"] == SPEC["info"]["version"] == realtimekit_client.__version__
    assert project["readme"] == "README.md" and project["requires-python"] == ">=3.11"
    assert any(dep.startswith("httpx>=") for dep in project["dependencies"])
    assert not (CLIENT / "setup.py").exists()
    assert (CLIENT / "realtimekit_client" / "py.typed").exists()


def test_the_readme_indexes_every_operation() -> None:
    readme = (CLIENT / "README.md").read_text(encoding="utf-8")
    for dotted, operation_id in OPERATIONS.items():
        assert f"| `rtk.{dotted}` | `realtimekit_client.api." in readme
        assert f".{operation_id}` |" in readme
    assert "get_my_data_model" not in readme and "proxies=" not in readme


def test_the_wheel_carries_the_metadata_the_readme_and_py_typed(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        cwd=CLIENT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = email.message_from_bytes(
            archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        )
    assert "realtimekit_client/py.typed" in names and "realtimekit_client/facade.py" in names
    assert metadata["Version"] == SPEC["info"]["version"]
    assert metadata["Requires-Python"] == ">=3.11"
    body = metadata.get_payload()
    assert isinstance(body, str) and body.startswith("# realtimekit-client")
