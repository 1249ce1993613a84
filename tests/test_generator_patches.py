"""The generator upgrade checklist: one test per patch of rtkgen.generator.patches (the code of
scripts/run_generator.py).

run_generator.py patches openapi-python-client 0.29.1 (and jinja2 3.1) where neither templates/
nor generator-config.yaml can change its behaviour; its docstring ("The patches") says, for each,
what it changes and why. Here each patch has two guards:

- the source of the original it replaces or wraps, hashed: any change to that function in a new
  release fails ``test_the_patched_original_is_unchanged`` naming the patch to re-read;
- the stock behaviour it exists for, on a tiny input (the generator dropping an endpoint, a
  response, keeping a clashing name, rendering one by one), and the patched behaviour on the same
  input: when a new release fixes a rule itself, the stock test fails and the patch can go.

After an upgrade: re-read each failing original, adapt the patch (or drop it), then update
``ORIGINALS`` below and ``rtkgen.generator.generator_pin``.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import openapi
from openapi_python_client.parser.properties import model_property

from conftest import ROOT
from rtkgen.generator import patches as run_generator

# patched original -> (the object, sha256 of its source (first 16 digits), the patch in
# run_generator.py's docstring that relies on it)
ORIGINALS: dict[str, tuple[Callable[..., Any], str, str]] = {
    "Endpoint.sort_parameters": (openapi.Endpoint.sort_parameters, "ab99ee2e0d62f161", "1"),
    "_process_properties": (run_generator._original_process_properties, "033be45d7310c4e2", "2"),
    "_resolve_naming_conflict": (model_property._resolve_naming_conflict, "7267ea055456ec56", "2"),
    "GeneratorData.from_dict": (run_generator._original_from_dict, "abd1df727ce16ad9", "3"),
    "Template._get_default_module": (jinja2.Template._get_default_module, "1373f325dfe8ded6", "4"),
    "Project._build_models": (Project._build_models, "5e62f8ce22ec8697", "5"),
    "Project._build_api": (Project._build_api, "ef5538132989dad8", "6"),
    # Not patched: 5 and 6 rely on its order (models, then the API, then the post hooks).
    "Project.build": (Project.build, "b71eb2210fb01cc2", "5, 6"),
}


def source_hash(function: Callable[..., Any]) -> str:
    return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize("name", ORIGINALS)
def test_the_patched_original_is_unchanged(name: str) -> None:
    function, pinned, patch = ORIGINALS[name]
    source = inspect.getsourcefile(function) or ""
    assert "site-packages" in source, f"{name} is already patched ({source}): compare with the stock one"
    assert source_hash(function) == pinned, (
        f"{name} changed in the installed generator (source {source_hash(function)}, pinned {pinned}): "
        f"re-read it against patch {patch} of scripts/rtkgen/generator/patches.py's docstring, adapt or drop "
        "the patch, then update ORIGINALS here"
    )


def installed_patches() -> set[str]:
    """The attribute names rtkgen.generator.patches.install() assigns (``Endpoint.sort_parameters``, ...)."""
    tree = ast.parse((ROOT / "scripts" / "rtkgen" / "generator" / "patches.py").read_text(encoding="utf-8"))
    install = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "install")
    targets = [t for n in ast.walk(install) if isinstance(n, ast.Assign) for t in n.targets]
    return {".".join(ast.unparse(t).split(".")[-2:]).removeprefix("model_property.") for t in targets}


def test_every_patch_is_pinned_and_explained() -> None:
    patched = installed_patches()
    assert patched == set(ORIGINALS) - {"Project.build"}
    docstring = run_generator.__doc__ or ""
    assert [name for name in sorted(patched) if name not in docstring] == []


# --- the stock behaviour each patch changes, on a tiny input ------------------------------------


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config.from_sources(ConfigFile(), MetaType.NONE, "spec.yaml", "utf-8", True, tmp_path / "out")


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    if schemas:
        document["components"] = {"schemas": schemas}
    return document


def get(operation_id: str, parameters: list[dict[str, Any]], schema: str | None = None) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "ok"}
    if schema:
        ok["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"get": {"operationId": operation_id, "parameters": parameters, "responses": {"200": ok}}}


REPEATED = spec(
    {
        "/a/{id}/b/{id}": get(
            "getA", [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
        )
    }
)


def symbols(kind: str) -> dict[str, Any]:
    """A model ``M`` whose properties ``<=1y`` and ``>1y`` are of type ``kind``."""
    properties = {"<=1y": {"type": kind}, ">1y": {"type": kind}}
    return spec({"/m": get("getM", [], "M")}, {"M": {"type": "object", "properties": properties}})


# the property names clash (strings), and so do the nested models' class names (objects)
SYMBOLS = {"string": "have the same python_name", "object": 'duplicate models with name "M1Y"'}
OWN_NAME = spec({"/h": get("getH", [{"name": "headers", "in": "query", "schema": {"type": "string"}}])})


def parse(document: dict[str, Any], config: Config) -> openapi.GeneratorData:
    data = openapi.GeneratorData.from_dict(document, config=config)
    assert isinstance(data, openapi.GeneratorData), data
    return data


def endpoints(data: openapi.GeneratorData) -> list[openapi.Endpoint]:
    return [e for collection in data.endpoint_collections_by_tag.values() for e in collection.endpoints]


def errors(data: openapi.GeneratorData) -> list[str]:
    found = [str(e.header) + ": " + str(e.detail) for e in data.errors]
    found += [str(e.detail) for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    return found


def test_1_stock_drops_a_path_naming_a_parameter_twice(config: Config) -> None:
    data = parse(REPEATED, config)
    assert endpoints(data) == []
    assert any("Incorrect path templating for /a/{id}/b/{id}" in error for error in errors(data))


def test_1_patched_keeps_it_with_one_parameter(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openapi.Endpoint, "sort_parameters", staticmethod(run_generator.sort_parameters))
    (endpoint,) = endpoints(parse(REPEATED, config))
    assert [p.python_name for p in endpoint.path_parameters] == ["id"]
    assert endpoint.path.get_untrusted_value() == "/a/{id}/b/{id}"


@pytest.mark.parametrize("kind", SYMBOLS)
def test_2_stock_drops_a_model_whose_names_differ_in_symbols(config: Config, kind: str) -> None:
    data = parse(symbols(kind), config)
    assert data.models == []
    assert any(SYMBOLS[kind] in error for error in errors(data)), errors(data)


@pytest.mark.parametrize("kind", SYMBOLS)
def test_2_patched_names_them_apart(config: Config, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    monkeypatch.setattr(model_property, "_process_properties", run_generator._process_properties)
    monkeypatch.setattr(model_property, "_resolve_naming_conflict", run_generator._no_naming_conflict)
    data = parse(symbols(kind), config)
    (model,) = [m for m in data.models if m.class_info.name == "M"]
    names = [p.python_name for p in [*(model.required_properties or []), *(model.optional_properties or [])]]
    assert len(set(names)) == 2
    nested = sorted(m.class_info.name for m in data.models if m.class_info.name != "M")
    assert nested == ([] if kind == "string" else ["MGt1Y", "MLe1Y"])


def test_3_stock_keeps_a_name_the_generated_code_uses(config: Config) -> None:
    (endpoint,) = endpoints(parse(OWN_NAME, config))
    assert [p.python_name for p in endpoint.query_parameters] == ["headers"]


def test_3_patched_renames_it(config: Config) -> None:
    data = run_generator._from_dict(OWN_NAME, config=config)
    assert isinstance(data, openapi.GeneratorData)
    (endpoint,) = endpoints(data)
    assert [p.python_name for p in endpoint.query_parameters] == ["headers_query"]
    assert [p.name.get_untrusted_value() for p in endpoint.query_parameters] == ["headers"]


def test_4_the_fast_default_module_imports_as_jinja_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """A template importing macros gives them its own globals (jinja makes a module with the keys
    the macros' template lacks); the fast copy gives the same text, also after a global is added
    (its cached key set is taken again)."""
    templates = {
        "macros": "{% macro f() %}{{ g }}-{{ h | default('none') }}{% endmacro %}",
        "page": "{% import 'macros' as m %}{{ m.f() }}",
    }

    def renders() -> list[str]:
        environment = jinja2.Environment(loader=jinja2.DictLoader(templates))
        page = environment.get_template("page", globals={"g": "a"})
        first = page.render()
        environment.globals["h"] = "x"
        return [first, page.render()]

    stock = renders()
    assert stock == ["a-none", "a-x"]
    monkeypatch.setattr(jinja2.Template, "_get_default_module", run_generator._fast_default_module)
    assert renders() == stock


@pytest.fixture
def project(config: Config, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A generator project for a tiny spec (a model, an endpoint), rendered in this process."""
    monkeypatch.setenv("RUN_GENERATOR_JOBS", "1")
    data = parse(
        spec({"/m": get("getM", [], "M")}, {"M": {"type": "object", "properties": {"a": {}}}}), config
    )
    built = Project(openapi=data, config=config)
    built.package_dir.mkdir(parents=True)
    return built


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.py"))}


def test_5_stock_reloads_templates_and_patched_renders_the_same_models(project: Project) -> None:
    assert project.env.auto_reload is True  # a stat of the template at each macro import
    Project._build_models(project)
    stock = files_under(project.package_dir / "models")
    assert "m.py" in stock
    run_generator._build_models(project)
    assert project.env.auto_reload is False
    assert files_under(project.package_dir / "models") == stock


def test_6_stock_writes_client_and_errors_and_patched_renders_the_same_endpoints(project: Project) -> None:
    Project._build_api(project)
    assert (project.package_dir / "client.py").is_file() and (project.package_dir / "errors.py").is_file()
    stock = files_under(project.package_dir / "api")
    assert "default/get_m.py" in stock
    for name in ("client.py", "errors.py"):
        (project.package_dir / name).unlink()
    run_generator._build_api(project)
    assert not (project.package_dir / "client.py").exists()
    assert files_under(project.package_dir / "api") == stock


def test_5_6_build_runs_models_then_api_then_post_hooks() -> None:
    """_build_models turns auto_reload off before the templates are used, and _build_api's last
    progress stage is the post hooks': both rely on build()'s order."""
    tree = ast.parse(inspect.getsource(Project.build).strip())
    calls = [ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)]
    steps = [c.removeprefix("self.") for c in calls if c.startswith("self._")]
    assert steps == [
        "_create_package",
        "_build_metadata",
        "_build_models",
        "_build_api",
        "_run_post_hooks",
        "_get_errors",
    ]
