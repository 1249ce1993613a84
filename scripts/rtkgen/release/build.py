"""`make dist`: build the generated client's wheel and sdist into ``dist/`` and check them.

Usage: build_dist.py [--client generated_client] [--out dist]

The build runs in a copy of the client (a temporary folder), so no ``build/`` or ``*.egg-info``
is ever left in the source tree (a tool that counts the client's modules would count them
twice). It calls setuptools' PEP 517 hooks (``setuptools.build_meta``, the backend the client's
pyproject.toml names) with the project's own environment, no download.

The check is what ``twine check`` does, and what PyPI would refuse, with the standard library
and ``packaging`` (twine is not in requirements.lock): the metadata parses (name, version,
``Requires-Dist``, ``Requires-Python``, classifiers), the long description is the README as
Markdown, the wheel's RECORD lists every file with its sha256 and size, the file names follow
the name and version, the sdist's PKG-INFO says what the wheel's METADATA says and the sdist
holds the same modules as the wheel. A problem prints ``FILE: message`` and exits 1.
"""

from __future__ import annotations

import argparse
import base64
import email.message
import email.parser
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[3]
# Left by an earlier in-place build or by Python: never part of a distribution.
IGNORED = shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__", "*.pyc")
# One hook per process (setuptools 65 loses the wheel when both run in one); setuptools logs on
# stdout, so the name the hook returns is printed alone, last.
BUILD = (
    "import contextlib, sys, setuptools.build_meta as backend\n"
    "with contextlib.redirect_stdout(sys.stderr):\n"
    "    name = getattr(backend, sys.argv[1])(sys.argv[2])\n"
    "print(name)\n"
)
# Fields every distribution's metadata must have for the index to accept it.
REQUIRED = ("Metadata-Version", "Name", "Version", "Summary")


def build(client: Path, out: Path) -> tuple[Path, Path]:
    """The (wheel, sdist) of ``client``, built in a copy and written into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dist-") as temporary:
        copy, built = Path(temporary) / "src", Path(temporary) / "out"
        shutil.copytree(client, copy, ignore=IGNORED)
        built.mkdir()
        wheel_name, sdist_name = (_hook(hook, copy, built, client) for hook in ("build_wheel", "build_sdist"))
        for name in (wheel_name, sdist_name):
            shutil.copy2(built / name, out / name)
    return out / wheel_name, out / sdist_name


def _hook(hook: str, source: Path, out: Path, client: Path) -> str:
    """Run one PEP 517 hook of the backend in ``source``; the name of the file it wrote."""
    run = subprocess.run(
        [sys.executable, "-c", BUILD, hook, str(out)], cwd=source, capture_output=True, text=True
    )
    if run.returncode != 0:
        raise SystemExit(f"{client}: {hook} failed:\n{run.stdout}{run.stderr}")
    return run.stdout.strip()


def _metadata(text: bytes) -> email.message.Message:
    return email.parser.BytesParser().parsebytes(text)


def check_metadata(where: str, metadata: email.message.Message, readme: str) -> list[str]:
    """What is wrong with one METADATA / PKG-INFO (see the module docstring)."""
    problems = [f"{where}: no {field}" for field in REQUIRED if not metadata.get(field)]
    for line in metadata.get_all("Requires-Dist") or []:
        try:
            Requirement(line)
        except InvalidRequirement as error:
            problems.append(f"{where}: Requires-Dist {line!r}: {error}")
    try:
        SpecifierSet(metadata.get("Requires-Python", ""))
    except InvalidSpecifier as error:
        problems.append(f"{where}: Requires-Python: {error}")
    for classifier in metadata.get_all("Classifier") or []:
        if len(classifier.split(" :: ")) < 2:
            problems.append(f"{where}: classifier {classifier!r} is not `Topic :: Value`")
    if not (metadata.get("Description-Content-Type") or "").startswith("text/markdown"):
        problems.append(f"{where}: the long description is not declared as text/markdown")
    body = metadata.get_payload()
    if not isinstance(body, str) or body.strip() != readme.strip():
        problems.append(f"{where}: the long description is not the package README")
    return problems


def _record_problems(wheel: Path, archive: zipfile.ZipFile, record_name: str) -> list[str]:
    """Every file of the wheel listed in RECORD with its sha256 and size, and nothing else."""
    problems, listed = [], set()
    for line in archive.read(record_name).decode("utf-8").splitlines():
        name, digest, size = line.rsplit(",", 2)
        listed.add(name)
        if name == record_name:
            continue
        data = archive.read(name) if name in archive.namelist() else None
        if data is None:
            problems.append(f"{wheel.name}: RECORD lists {name}, which is not in the wheel")
            continue
        expected = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        if digest != expected or size != str(len(data)):
            problems.append(f"{wheel.name}: {name} does not match its RECORD line")
    problems += [f"{wheel.name}: {name} is not in RECORD" for name in set(archive.namelist()) - listed]
    return problems


def _wheel(wheel: Path, readme: str) -> tuple[list[str], email.message.Message | None, set[str]]:
    name, version, _, _ = parse_wheel_filename(wheel.name)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = f"{name.replace('-', '_')}-{version}.dist-info"
        if f"{info}/METADATA" not in names or f"{info}/RECORD" not in names:
            return [f"{wheel.name}: no {info}/METADATA or RECORD"], None, set()
        metadata = _metadata(archive.read(f"{info}/METADATA"))
        problems = check_metadata(f"{wheel.name}: METADATA", metadata, readme)
        problems += _record_problems(wheel, archive, f"{info}/RECORD")
    if canonicalize_name(metadata.get("Name", "")) != name or metadata.get("Version") != str(version):
        problems.append(f"{wheel.name}: the file name does not match the metadata's name and version")
    modules = {n for n in names if n.endswith((".py", ".pyi", "py.typed")) and ".dist-info/" not in n}
    return problems, metadata, modules


def _sdist(sdist: Path, readme: str) -> tuple[list[str], email.message.Message | None, set[str], set[str]]:
    """The sdist's problems, PKG-INFO, modules and the dependencies its pyproject.toml declares
    (setuptools writes no Requires-Dist into an sdist's PKG-INFO)."""
    parse_sdist_filename(sdist.name)
    top = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        member = archive.extractfile(f"{top}/PKG-INFO") if f"{top}/PKG-INFO" in names else None
        if member is None:
            return [f"{sdist.name}: no {top}/PKG-INFO"], None, set(), set()
        metadata = _metadata(member.read())
        project = archive.extractfile(f"{top}/pyproject.toml") if f"{top}/pyproject.toml" in names else None
        declared = tomllib.loads(project.read().decode("utf-8"))["project"]["dependencies"] if project else []
    problems = check_metadata(f"{sdist.name}: PKG-INFO", metadata, readme)
    problems += [
        f"{sdist.name}: no {top}/{needed}"
        for needed in ("pyproject.toml", "README.md")
        if f"{top}/{needed}" not in names
    ]
    problems += [
        f"{sdist.name}: holds build output {n}" for n in names if "/build/" in n or "__pycache__" in n
    ]
    inside = {n.removeprefix(f"{top}/") for n in names}
    modules = {n for n in inside if n.endswith((".py", ".pyi", "py.typed")) and ".egg-info/" not in n}
    return problems, metadata, modules, {str(Requirement(line)) for line in declared}


def check(wheel: Path, sdist: Path, readme: str) -> list[str]:
    """Every problem of the two distributions (empty when they can be published)."""
    wheel_problems, wheel_metadata, wheel_modules = _wheel(wheel, readme)
    sdist_problems, sdist_metadata, sdist_modules, sdist_requires = _sdist(sdist, readme)
    problems = wheel_problems + sdist_problems
    if wheel_metadata is not None and sdist_metadata is not None:
        for field in ("Name", "Version", "Requires-Python", "Summary"):
            if wheel_metadata.get(field) != sdist_metadata.get(field):
                problems.append(f"{sdist.name}: {field} differs from the wheel's")
        wheel_requires = {str(Requirement(line)) for line in wheel_metadata.get_all("Requires-Dist") or []}
        if wheel_requires != sdist_requires:
            problems.append(
                f"{sdist.name}: its pyproject.toml's dependencies differ from the wheel's Requires-Dist"
            )
        missing = wheel_modules - sdist_modules
        problems += [f"{sdist.name}: lacks {name}, which the wheel has" for name in sorted(missing)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--client", type=Path, default=ROOT / "generated_client")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    wheel, sdist = build(args.client, args.out)
    problems = check(wheel, sdist, (args.client / "README.md").read_text(encoding="utf-8"))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"built and checked: {wheel}\n                   {sdist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
