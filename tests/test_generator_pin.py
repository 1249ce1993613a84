"""The generator's internals this project hooks are pinned (scripts/rtkgen/generator/generator_pin.py): the
pinned openapi-python-client version is the installed one and every hooked attribute, method signature,
template and macro is still there. An upgrade fails here first, with the list of what to re-check."""

from __future__ import annotations

import ast
from importlib.metadata import version

import pytest
from openapi_python_client.parser import openapi
from openapi_python_client.parser.properties import model_property

from conftest import ROOT
from rtkgen.generator import generator_pin


def test_the_installed_generator_is_the_pinned_one() -> None:
    installed = version(generator_pin.GENERATOR)
    assert installed == generator_pin.PINNED, generator_pin.report(generator_pin.problems())


def test_every_hooked_internal_is_still_there() -> None:
    found = generator_pin.problems()
    assert found == [], generator_pin.report(found)


def test_another_version_is_refused_naming_both_and_what_to_recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        generator_pin, "version", lambda name: "0.30.0" if name == generator_pin.GENERATOR else version(name)
    )
    with pytest.raises(SystemExit) as stopped:
        generator_pin.check()
    message = str(stopped.value)
    assert "openapi-python-client is 0.30.0, not the pinned 0.29.1" in message
    assert "Re-check every internal listed in scripts/rtkgen/generator/generator_pin.py" in message


def test_a_hooked_method_that_disappears_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(openapi.Endpoint, "iter_all_parameters")
    found = generator_pin.problems()
    assert len(found) == 1
    assert found[0].startswith("openapi_python_client.parser.openapi.Endpoint.iter_all_parameters: missing")
    assert "rename_clashing_names" in found[0]


def test_a_field_that_disappears_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    annotations = {k: v for k, v in openapi.Endpoint.__annotations__.items() if k != "bodies"}
    monkeypatch.setattr(openapi.Endpoint, "__annotations__", annotations)
    monkeypatch.delattr(openapi.Endpoint, "bodies", raising=False)
    assert [p.split(":")[0] for p in generator_pin.problems()] == [
        "openapi_python_client.parser.openapi.Endpoint.bodies"
    ]


def test_a_changed_signature_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def resolve(first: object, second: object) -> None:
        return None

    monkeypatch.setattr(model_property, "_resolve_naming_conflict", resolve)
    (found,) = generator_pin.problems()
    assert "_resolve_naming_conflict: parameters ('first', 'second'), expected" in found


def test_every_patch_of_run_generator_is_listed() -> None:
    """Each ``x.Y.z = ...`` in rtkgen.generator.patches.install() is an internal listed in generator_pin, so
    no hook can be added without being pinned (module aliases such as ``openapi.`` dropped)."""
    tree = ast.parse((ROOT / "scripts" / "rtkgen" / "generator" / "patches.py").read_text(encoding="utf-8"))
    install = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "install")
    patched = set()
    for node in ast.walk(install):
        for target in node.targets if isinstance(node, ast.Assign) else []:
            parts = ast.unparse(target).split(".")
            patched.add(".".join(parts[1:] if parts[0].islower() else parts))
    listed = {internal.name for internal in generator_pin.INTERNALS}
    assert len(patched) == 7 and patched - listed == set()
