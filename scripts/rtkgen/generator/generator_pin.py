"""What this project reaches into inside openapi-python-client (and jinja2), pinned to their versions.

``rtkgen.generator.patches`` (run by ``scripts/run_generator.py``) replaces some of the
generator's functions and methods, renames what it parsed, and renders with some of its
templates; those are internals, which any release may change without notice.
:data:`INTERNALS` lists every one of them with the reason it is used; :func:`problems` says
what no longer matches (the generator's version, a missing attribute, a function whose
parameters changed, a template or macro gone). ``rtkgen.generator.patches`` refuses to run on
any problem (:func:`check`), and ``tests/test_generator_pin.py`` fails with the same message,
so an upgrade of the generator is a deliberate step: re-read each listed internal in the new
version, adapt ``rtkgen.generator.patches``, then move :data:`PINNED`.
"""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass
from importlib.metadata import version
from importlib.resources import files

GENERATOR = "openapi-python-client"
PINNED = "0.29.1"
# jinja2's Template._get_default_module is replaced by a faster copy of its 3.1 code.
JINJA_SERIES = "3.1."


@dataclass(frozen=True)
class Internal:
    """One internal: ``name`` (``Class.attribute``, ``function`` or ``Class.attribute()`` for an
    instance attribute set in ``__init__``) in module ``module``; ``parameters``, when given, are
    the parameter names a function must still have; ``why`` says what relies on it."""

    module: str
    name: str
    why: str
    parameters: tuple[str, ...] | None = None


_OPENAPI = "openapi_python_client.parser.openapi"
_MODEL = "openapi_python_client.parser.properties.model_property"
_PROJECT = "openapi_python_client"
_SORT = "rtkgen.generator.patches.sort_parameters replaces it (a path parameter named twice)"
_RENAME = "rtkgen.generator.patches.rename_clashing_names renames parsed parameters and properties"
_NAMES = "rtkgen.generator.patches._process_properties wraps it (property names that differ in symbols only)"
_RENDER = "run_generator._build_models/_build_api replace them (parallel rendering)"

INTERNALS: tuple[Internal, ...] = (
    Internal(_OPENAPI, "_PATH_PARAM_REGEX", _SORT),
    Internal(_OPENAPI, "Endpoint.sort_parameters", _SORT, ("endpoint",)),
    Internal(_OPENAPI, "Endpoint.path", f"{_SORT}; {_RENAME}"),
    Internal(_OPENAPI, "Endpoint.path_parameters", _SORT),
    Internal(_OPENAPI, "Endpoint.bodies", _RENAME),
    Internal(_OPENAPI, "Endpoint.name", _RENDER),
    Internal(_OPENAPI, "Endpoint.iter_all_parameters", _RENAME, ("self",)),
    Internal(_OPENAPI, "EndpointCollection.endpoints", _RENAME),
    Internal(
        _OPENAPI,
        "GeneratorData.from_dict",
        f"rtkgen.generator.patches._from_dict wraps it; {_RENAME}",
        ("data", "config"),
    ),
    Internal(_OPENAPI, "GeneratorData.models", f"{_RENAME}; {_RENDER}"),
    Internal(_OPENAPI, "GeneratorData.enums", _RENDER),
    Internal(_OPENAPI, "GeneratorData.endpoint_collections_by_tag", f"{_RENAME}; {_RENDER}"),
    Internal(_OPENAPI, "import_string_from_class", _RENDER, ("class_", "prefix")),
    Internal(
        "openapi_python_client.parser.properties.protocol",
        "PropertyProtocol.set_python_name",
        _RENAME,
        ("self", "new_name", "config", "skip_snake_case"),
    ),
    Internal("openapi_python_client.parser.properties.protocol", "PropertyProtocol.python_name", _RENAME),
    Internal(_MODEL, "ModelProperty.required_properties", _RENAME),
    Internal(_MODEL, "ModelProperty.optional_properties", _RENAME),
    Internal(_MODEL, "_process_properties", _NAMES, ("data", "schemas", "class_name", "config", "roots")),
    Internal(_MODEL, "_PropertyData.required_props", _NAMES),
    Internal(_MODEL, "_PropertyData.optional_props", _NAMES),
    Internal(_MODEL, "_resolve_naming_conflict", _NAMES, ("first", "second", "config")),
    Internal(_PROJECT, "Project._build_models", _RENDER, ("self",)),
    Internal(_PROJECT, "Project._build_api", _RENDER, ("self",)),
    Internal(
        _PROJECT,
        "Project.build",
        "rtkgen.generator.patches._build_api announces the post hooks, which build() runs right after it",
        ("self",),
    ),
    Internal(_PROJECT, "Project.env()", f"{_RENDER} (and set env.auto_reload)"),
    Internal(_PROJECT, "Project.package_dir()", _RENDER),
    Internal(_PROJECT, "Project.config()", _RENDER),
    Internal(_PROJECT, "Project.openapi()", _RENDER),
    Internal("openapi_python_client.config", "Config.field_prefix", f"{_RENAME}; {_NAMES}"),
    Internal("openapi_python_client.config", "Config.file_encoding", _RENDER),
    Internal(
        "openapi_python_client.cli", "app", "rtkgen.generator.patches.main runs the generator's command line"
    ),
    Internal(
        "jinja2",
        "Template._get_default_module",
        "rtkgen.generator.patches._fast_default_module replaces it (jinja2 3.1's code, faster)",
        ("self", "ctx"),
    ),
    Internal(
        "jinja2",
        "Template.make_module",
        "rtkgen.generator.patches._fast_default_module",
        ("self", "vars", "shared", "locals"),
    ),
)

# The generator's own templates that run_generator renders (the project's templates/ overrides
# some of them), and the macros of its templates that templates/ imports.
TEMPLATES = (
    "model.py.jinja",
    "str_enum.py.jinja",
    "int_enum.py.jinja",
    "literal_enum.py.jinja",
    "models_init.py.jinja",
    "api_init.py.jinja",
    "endpoint_module.py.jinja",
    "endpoint_init.py.jinja",
    "pyproject_ruff.toml.jinja",
)
MACROS = {
    "helpers.jinja": ("docstring",),
    "property_templates/property_macros.py.jinja": ("construct_template",),
    "endpoint_macros.py.jinja": (
        "header_params",
        "cookie_params",
        "query_params",
        "arguments",
        "kwargs",
        "parse_response",
        "docstring",
        "body_to_kwarg",
    ),
}


def _resolve(internal: Internal) -> tuple[bool, object]:
    """(found, the object) for ``internal``; an instance attribute is looked for in ``__init__``."""
    owner: object = importlib.import_module(internal.module)
    *path, last = internal.name.removesuffix("()").split(".")
    for part in path:
        if not hasattr(owner, part):
            return False, None
        owner = getattr(owner, part)
    if internal.name.endswith("()"):
        init = getattr(owner, "__init__", None)
        source = inspect.getsource(init) if init is not None else ""
        return re.search(rf"\bself\.{re.escape(last)}\s*[:=]", source) is not None, None
    if hasattr(owner, last):
        return True, getattr(owner, last)
    # A field without a default (a dataclass or attrs field) is an annotation of its class.
    classes = inspect.getmro(owner) if isinstance(owner, type) else ()
    return any(last in getattr(cls, "__annotations__", {}) for cls in classes), None


def _parameters(function: object) -> tuple[str, ...] | None:
    if isinstance(function, staticmethod):
        function = function.__func__
    try:
        return tuple(inspect.signature(function).parameters)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _template_problems() -> list[str]:
    found: list[str] = []
    folder = files("openapi_python_client") / "templates"
    for name in sorted({*TEMPLATES, *MACROS}):
        if not (folder / name).is_file():
            found.append(f"template {name}: missing (run_generator.py renders it or templates/ imports it)")
    for name, macros in MACROS.items():
        if not (folder / name).is_file():
            continue
        text = (folder / name).read_text(encoding="utf-8")
        found += [
            f"template {name}: macro {macro} missing (imported by a template of templates/)"
            for macro in macros
            if not re.search(rf"{{%-?\s*macro\s+{macro}\s*\(", text)
        ]
    return found


def problems() -> list[str]:
    """What does not match this project's use of the generator: its version (and jinja2's), then
    every :data:`INTERNALS` entry that is missing or whose parameters changed, and every template
    or macro gone. Empty when all is as pinned."""
    found: list[str] = []
    installed = version(GENERATOR)
    if installed != PINNED:
        found.append(f"{GENERATOR} is {installed}, not the pinned {PINNED}")
    jinja = version("jinja2")
    if not jinja.startswith(JINJA_SERIES):
        found.append(f"jinja2 is {jinja}, not {JINJA_SERIES}x")
    for internal in INTERNALS:
        where = f"{internal.module}.{internal.name}"
        try:
            present, value = _resolve(internal)
        except ImportError:
            present, value = False, None
        if not present:
            found.append(f"{where}: missing ({internal.why})")
            continue
        if internal.parameters is not None:
            names = _parameters(value)
            if names != internal.parameters:
                found.append(f"{where}: parameters {names}, expected {internal.parameters} ({internal.why})")
    return found + _template_problems()


def report(found: list[str]) -> str:
    """The message for ``found`` problems: what changed and what to re-check before moving the pin."""
    listed = "\n".join(f"  - {problem}" for problem in found)
    return (
        f"scripts/run_generator.py reaches into {GENERATOR} {PINNED} (and jinja2 {JINJA_SERIES}x); "
        f"what differs now:\n{listed}\n"
        f"Re-check every internal listed in scripts/rtkgen/generator/generator_pin.py (INTERNALS, "
        f"TEMPLATES, MACROS) "
        f"against the installed {GENERATOR}, adapt scripts/rtkgen/generator/patches.py and templates/, run "
        f"make generate and make test, then set PINNED."
    )


def check() -> None:
    """Raise SystemExit with :func:`report` when :func:`problems` finds anything."""
    found = problems()
    if found:
        raise SystemExit(report(found))
