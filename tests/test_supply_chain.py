"""Every package of the lock files is pinned with its hashes, and installed with --require-hashes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT

LOCKS = [
    ROOT / "requirements.lock",
    ROOT / "bench" / "requirements.txt",
    ROOT / "mutation" / "requirements.txt",
    ROOT / "docsite" / "requirements.txt",
]


def requirements(lock: Path) -> dict[str, list[str]]:
    """name==version -> its hashes, from a pip-compile output (continuation lines joined)."""
    text = re.sub(r"\\\n\s*", " ", lock.read_text())
    found = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pin, *options = line.split()
            found[pin] = [option.removeprefix("--hash=") for option in options]
    return found


@pytest.mark.parametrize("lock", LOCKS, ids=lambda path: path.name)
def test_every_package_is_pinned_with_sha256_hashes(lock: Path) -> None:
    pins = requirements(lock)
    assert len(pins) > 10
    for pin, hashes in pins.items():
        assert re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+", pin), pin
        assert hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), pin


def test_the_lock_covers_requirements_in() -> None:
    pinned = {pin.lower().replace("_", "-") for pin in requirements(ROOT / "requirements.lock")}
    wanted = [line.split("#")[0].strip() for line in (ROOT / "requirements.in").read_text().splitlines()]
    missing = [w for w in wanted if w and w.lower().replace("_", "-") not in pinned]
    assert missing == []


def test_the_makefile_installs_with_require_hashes() -> None:
    lines = (ROOT / "Makefile").read_text().splitlines()
    installs = [line for line in lines if "pip install" in line and not line.startswith("#")]
    assert len(installs) == 5  # setup, bench, mutation (the lock, then mutmut), docs
    assert all("--require-hashes -r " in line for line in installs)
