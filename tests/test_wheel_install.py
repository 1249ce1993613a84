"""The built wheel, installed by pip from PyPI into fresh virtual environments beside the lowest
and the newest httpx and attrs its metadata admits, on every Python from 3.11 this machine has,
runs tests/programs/wheel_smoke.py against the mock server (facade calls, sync and async, and
the runtime's mounts, proxy and HTTP_PROXY transports).

As few installs as cover it: the lowest releases (``==`` the lower bound, ``.*``) on the oldest
Python, the newest (whatever pip picks within the ranges) on every other one; with one Python,
both on it. Everything (the wheel, the environments, pip's cache) is in tmp_path.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from conftest import ROOT
from mock_server import MockServer
from rtkgen.facade.readme import DEPENDENCIES, PYTHONS
from rtkgen.release.build import build

SMOKE = ROOT / "tests" / "programs" / "wheel_smoke.py"
# What the smoke program must not inherit: it gets its base URL and token as arguments.
UNSET = ("PYTHONPATH", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "CLOUDFLARE_BASE_URL")


def _version_of(python: str) -> str | None:
    try:
        run = subprocess.run(
            [python, "-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
        )
    except OSError:
        return None
    return run.stdout.strip() if run.returncode == 0 else None


def interpreters() -> dict[str, str]:
    """Every Python of PYTHONS found on PATH or under pyenv (its shims may refuse): version -> path."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = {}
    for version in PYTHONS:
        candidates = [sys.executable, shutil.which(f"python{version}") or ""]
        candidates += sorted(
            glob.glob(str(pyenv / f"{version}.*" / "bin" / f"python{version}")), reverse=True
        )
        for candidate in candidates:
            if candidate and _version_of(candidate) == version:
                found[version] = candidate
                break
    return found


def lowest() -> list[str]:
    """Each dependency pinned to the release series of its lower bound (``httpx==0.26.*``)."""
    pins = []
    for dependency in DEPENDENCIES:
        requirement = Requirement(dependency)
        (bound,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        pins.append(f"{requirement.name}=={bound}.*")
    return pins


def cases() -> list[tuple[str, str]]:
    """(Python version, "lowest" or "newest")."""
    versions = sorted(interpreters(), key=lambda v: tuple(map(int, v.split("."))))
    if len(versions) == 1:
        return [(versions[0], "lowest"), (versions[0], "newest")]
    return [(versions[0], "lowest"), *((version, "newest") for version in versions[1:])]


CASES = cases()


@pytest.fixture(scope="module")
def pip_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pip's cache, shared by this module's installs."""
    return tmp_path_factory.mktemp("pip-cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built, _ = build(ROOT / "generated_client", tmp_path_factory.mktemp("dist"))
    return built


def test_the_classifiers_name_every_python_here() -> None:
    """The Pythons the package names are the ones this machine runs it on: a Python installed
    later fails here until the classifiers (rtkgen/facade/readme.py reads them) name it."""
    assert sorted(interpreters()) == sorted(PYTHONS)


def test_the_lowest_pins_are_the_lower_bounds() -> None:
    assert lowest() == ["httpx==0.26.*", "attrs==22.2.*"]


@pytest.mark.parametrize(("version", "releases"), CASES, ids=[f"python{v}-{r}" for v, r in CASES])
def test_the_wheel_runs_installed_beside_the_lowest_and_the_newest_releases(
    version: str, releases: str, wheel: Path, pip_cache: Path, mock_server: MockServer, tmp_path: Path
) -> None:
    python = interpreters()[version]
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    pip_env = {
        **os.environ,
        "PIP_CACHE_DIR": str(tmp_path / "pip-cache"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    pins = lowest() if releases == "lowest" else []
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel), *pins],
        capture_output=True,
        text=True,
        env=pip_env,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env = {key: value for key, value in os.environ.items() if key not in UNSET}
    smoke = subprocess.run(
        [str(venv / "bin" / "python"), str(SMOKE), mock_server.base_url],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    lines = smoke.stdout.splitlines()
    python_line, package_line = lines[0].split(), lines[1]
    assert python_line[:2] == ["python", version] and str(venv) in package_line, lines
    if releases == "lowest":
        assert (python_line[3], python_line[5]) == ("0.26.0", "22.2.0"), lines
    assert lines[-1] == "ok"
