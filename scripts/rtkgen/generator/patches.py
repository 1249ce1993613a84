"""openapi-python-client's command line, with this project's patches to the generator installed first.

Usage: run_generator.py generate --path SPEC ... (the generator's own arguments)

The patches
-----------
Each patch replaces or wraps one function of openapi-python-client 0.29.1 (or jinja2 3.1) that
neither ``templates/`` nor ``generator-config.yaml`` can change: the first three are rules
(without them the generator drops operations and responses of this API), the rest are speed
(without them the output is the same, byte for byte: ``tests/test_generator_speed.py``).
``tests/test_generator_patches.py`` has, for each, the source hash of the patched original and
the stock behaviour on a tiny input, so an upgrade fails there patch by patch: re-read the
original, adapt the patch (or drop it when the new generator does the job), update the hash.
``rtkgen.generator.generator_pin`` lists every other internal used here.

Each entry: the patched original -> this module's function; **changes**: the generator's
behaviour it changes; **not by config**: why neither a template nor the configuration does it.

1. ``Endpoint.sort_parameters`` -> :func:`sort_parameters`. **Changes**: a path naming a
   parameter twice (``/accounts/{account_id}/x/{account_id}``) is dropped ("Incorrect path
   templating"). **Not by config**: parsing, before any template; no option checks paths.
2. ``model_property._process_properties`` -> :func:`_process_properties`, with
   ``_resolve_naming_conflict`` -> :func:`_no_naming_conflict`. **Changes**: properties whose
   names differ only in symbols (``<=1y``, ``>1y``) get one Python name and one nested class
   name, and the whole response is dropped ("Conflicting property names"). **Not by config**:
   parsing; ``class_overrides`` renames a class after it is named, and both have one name.
3. ``GeneratorData.from_dict`` -> :func:`_from_dict`. **Changes**: parameters and properties
   named as the generated code's own locals and members (``headers``, ``to_dict``) keep that
   name and shadow them. **Not by config**: names are decided at parsing and used by the
   generator's own templates and macros in many places; ``field_prefix`` only prefixes names
   that are not identifiers (or start with ``_``).
4. ``jinja2.Template._get_default_module`` -> :func:`_fast_default_module` (speed). **Changes**:
   jinja computes a key difference through ``collections.abc``'s generic ``KeysView`` code at
   every ``{% import %}`` of the generator's macros (a fifth of a large generation). **Not by
   config**: jinja's code; the imports are in the generator's own templates.
5. ``Project._build_models`` -> :func:`_build_models` (speed). **Changes**: models and enums
   rendered one by one; templates checked on disk at each use (``env.auto_reload``: a stat per
   macro import, tens of thousands per run; set off here). **Not by config**: the rendering
   loop has no option for processes, nor the environment for ``auto_reload``.
6. ``Project._build_api`` -> :func:`_build_api` (speed). **Changes**: endpoint modules rendered
   one by one; ``client.py``/``errors.py`` rendered (the runtime's replace them); no progress
   for the post hooks (announced here: ``Project.build`` runs them right after). **Not by
   config**: as 5.

7. ``Project._build_models`` (the stock one, or 5) wrapped by :func:`_with_models_index`.
   **Changes**: ``models/__init__.py`` imports every model (at 20,000 models, 94,000 lines run
   by every operation module's import); here it is one fixed file (``models_init.py.jinja``) and
   the list of models goes to ``models/_index.py`` (read on first use) and the stub
   ``models/__init__.pyi`` (types). **Not by config**: the generator renders
   ``models_init.py.jinja`` once with every model; a template cannot write two more files.

Dropped: ``Project.__init__`` (it only set ``env.auto_reload``; :func:`_build_models` now does,
before any macro import of the models and endpoints) and ``Project._run_post_hooks`` (it only
announced a progress stage; :func:`_build_api`, which ``Project.build`` runs just before the hooks,
now does). Both drops keep the output byte-identical.

**A path parameter named more than once** is one parameter whose value fills every place.
``sort_parameters`` below is the generator's own, with the path's names taken once each, in the
order of their first place; the URL template keeps every place, and the generated
``"...".format(account_id=...)`` fills them all with the one argument. It also sorts in place
instead of on a ``deepcopy`` of the endpoint (the endpoint is freshly built and thrown away on
error, so the copy protected nothing; it cost a tenth of a large generation).

**Property names that differ only in symbols**: once a model's properties are read, every one is
named by :func:`rtkgen.generator.property_names.distinct_names` (a name no other property shares is the
generator's own), and nested models are titled apart (:func:`titled_apart`).

**Renames** (:func:`rename_clashing_names`): a parameter or property whose Python name is one
the generated code uses for itself gets another (``headers`` -> ``headers_query``,
``additional_properties`` -> ``additional_properties_``), on the parsed data, before rendering.

**Speed.** Models and endpoint modules are rendered by ``jobs`` processes (``os.fork`` after
parsing, each writing its share of the files; ``RUN_GENERATOR_JOBS``, default: the CPU count,
at most 4). Every file is rendered from the same parsed data by the same template, so the output
is byte for byte that of one process. Progress (``rtkgen/core/progress.py``) goes to the descriptor the
caller hands over.

The patches touch the generator's internals, so they run only on the pinned version, with every
internal they use still there: ``rtkgen.generator.generator_pin`` lists them and checks them before
anything runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import jinja2
import jinja2.runtime
from openapi_python_client import Project, strings
from openapi_python_client import schema as oai
from openapi_python_client.config import Config
from openapi_python_client.parser import import_string_from_class, openapi
from openapi_python_client.parser.errors import ParseError, PropertyError
from openapi_python_client.parser.properties import LiteralEnumProperty, model_property
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier, pascal_case

from rtkgen.core import progress
from rtkgen.core.openapi_common import HTTP_METHODS
from rtkgen.generator import generator_pin
from rtkgen.generator.property_names import distinct_names, respell

T = TypeVar("T")
# The files of models/ besides __init__.py that list every model, and their templates.
MODELS_FILES = {"_index.py": "models_index.py.jinja", "__init__.pyi": "models_init.pyi.jinja"}


def path_parameter_order(path: str) -> list[str]:
    """The ``{name}`` parameters of a path template, each once, in the order of their first place."""
    return list(dict.fromkeys(openapi._PATH_PARAM_REGEX.findall(path)))


def sort_parameters(*, endpoint: openapi.Endpoint) -> openapi.Endpoint | ParseError:
    """The generator's ``Endpoint.sort_parameters``, allowing a name to appear more than once."""
    PROGRESS.advance()  # called once per operation, after it is read
    path = endpoint.path.get_untrusted_value()
    order = path_parameter_order(path)
    declared = endpoint.path_parameters
    names = [parameter.name.get_untrusted_value() for parameter in declared]
    if sorted(order) != sorted(names):
        detail = f"Incorrect path templating for {path} (Path parameters do not match with path)"
        return ParseError(detail=detail)
    declared.sort(key=lambda parameter: order.index(parameter.name.get_untrusted_value()))
    for parameter in declared:
        path = path.replace(f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}")
    endpoint.path = UntrustedString(path)
    return endpoint


def name_properties(properties: list[PropertyProtocol], config: Config) -> None:
    """Give the properties of one model distinct Python names (``rtkgen.generator.property_names``), in
    place."""
    prefix = config.field_prefix
    wire = [p.name.get_untrusted_value() for p in properties]
    names = distinct_names(
        wire,
        default=lambda name: PythonIdentifier(name, prefix),
        snake=lambda name: PythonIdentifier(name, prefix),
        keep_case=lambda name: PythonIdentifier(name, prefix, skip_snake_case=True),
    )
    for prop, name in zip(properties, names, strict=True):
        identifier = PythonIdentifier(name, prefix, skip_snake_case=True)
        if identifier != name:
            raise RuntimeError(f"property name {name!r} is not stable ({identifier!r})")
        object.__setattr__(prop, "python_name", identifier)


# Names the generated endpoint functions use for themselves (locals of ``_get_kwargs`` bound
# before the URL is formatted: ``headers``, ``params``, ``cookies``; locals of ``sync_detailed``:
# ``kwargs``, ``response``), and ``body`` when the operation has a request body (its argument).
ENDPOINT_OWN_NAMES = frozenset({"headers", "params", "cookies", "kwargs", "response"})
# Names a model (templates/model.py.jinja) uses for itself: its members (``additional_properties``,
# ``to_dict``, ...), ``from_dict``'s parameter, and the module globals its methods use (``cast``,
# ``UNSET``, ``datetime``, ...; the generator keeps the case of names it had to tell apart).
MODEL_OWN_NAMES = frozenset(
    {
        *("additional_properties", "additional_keys", "to_dict", "from_dict", "to_multipart", "src_dict"),
        *("where", "self", "cast", "isoparse", "json", "types", "UNSET", "Unset", "T", "Any", "Mapping"),
        *("TypeVar", "BinaryIO", "TextIO", "TYPE_CHECKING", "Generator", "File", "FileTypes", "UUID"),
        *("date", "datetime", "super", "property"),
    }
)


def rename_endpoint_parameters(
    endpoint: openapi.Endpoint, config: Config, renamed: dict[int, PythonIdentifier]
) -> None:
    """Rename, in place, the parameters of ``endpoint`` whose Python name is one of
    :data:`ENDPOINT_OWN_NAMES` (or ``body`` when it has a request body) the way the generator
    itself renames ``client`` and ``url``: ``{name}_{location}`` (a path parameter ``{body}``
    becomes ``body_path``), and its URL template with it. The wire names do not change.
    ``renamed`` maps each renamed parameter object to its old name: an object shared by several
    endpoints (a ``$ref`` parameter) is renamed once and every path naming it follows."""
    for location, parameter in endpoint.iter_all_parameters():
        old = parameter.python_name
        if old in ENDPOINT_OWN_NAMES or (old == "body" and endpoint.bodies):
            parameter.set_python_name(UntrustedString(f"{old}_{location.value}"), config)
            renamed[id(parameter)] = old
        if location is oai.ParameterLocation.PATH and id(parameter) in renamed:
            template = endpoint.path.get_untrusted_value()
            fresh = template.replace(f"{{{renamed[id(parameter)]}}}", f"{{{parameter.python_name}}}")
            endpoint.path = UntrustedString(fresh)


def rename_model_properties(model: model_property.ModelProperty, config: Config) -> None:
    """Rename, in place, the properties of ``model`` whose Python name is one of
    :data:`MODEL_OWN_NAMES`: a ``_`` appended (as the generator does for keywords: ``class`` ->
    ``class_``), more while another property has that name. The wire names do not change."""
    properties = [*(model.required_properties or []), *(model.optional_properties or [])]
    for prop in properties:
        if prop.python_name not in MODEL_OWN_NAMES:
            continue
        taken = {other.python_name for other in properties}
        name = f"{prop.python_name}_"
        while name in taken:
            name += "_"
        prop.set_python_name(UntrustedString(name), config, skip_snake_case=True)


def rename_clashing_names(data: openapi.GeneratorData, config: Config) -> None:
    """The renames of :func:`rename_endpoint_parameters` and :func:`rename_model_properties` on
    everything the generator parsed (called once, before anything is rendered)."""
    renamed: dict[int, PythonIdentifier] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            rename_endpoint_parameters(endpoint, config, renamed)
    for model in data.models:
        rename_model_properties(model, config)


_original_process_properties = model_property._process_properties


def titled_apart(data: oai.Schema) -> oai.Schema:
    """``data`` with a ``title`` (the respelled wire name) on each property schema whose nested
    model class name would be another's: the generator names a nested model after the wire name
    with its symbols dropped (``<=1y`` and ``>1y`` both ``...1Y``), and a title replaces that
    name (``...Le1Y``, ``...Gt1Y``; array items ``..._item``). Other properties are untouched."""
    properties = data.properties or {}
    shared = Counter(pascal_case(key) for key in properties)
    crowded = [key for key in properties if shared[pascal_case(key)] > 1]
    used = {pascal_case(key) for key in properties if shared[pascal_case(key)] == 1}
    retitled: dict[Any, Any] = {}
    for key in crowded:
        schema = properties[key]
        stem = respell(key.get_untrusted_value() if isinstance(key, UntrustedString) else key)
        title, number = stem, 1
        while pascal_case(title) in used:  # respelled names can still meet (``X`` and ``x``)
            number += 1
            title = f"{stem}_{number}"
        used.add(pascal_case(title))
        if isinstance(schema, oai.Schema):
            update: dict[str, Any] = {} if schema.title else {"title": title}
            if isinstance(schema.items, oai.Schema) and not schema.items.title:
                update["items"] = schema.items.model_copy(update={"title": f"{title}_item"})
            retitled[key] = schema.model_copy(update=update)
    if not retitled:
        return data
    return data.model_copy(update={"properties": {**properties, **retitled}})


def _process_properties(*, data: oai.Schema, config: Config, **arguments: Any) -> Any:
    """The generator's ``_process_properties`` (nested models titled apart), then
    :func:`name_properties` on its result."""
    result = _original_process_properties(data=titled_apart(data), config=config, **arguments)
    if not isinstance(result, PropertyError):
        name_properties([*result.required_props, *result.optional_props], config)
    return result


def _no_naming_conflict(first: Any, second: Any, config: Config) -> None:
    """Two properties with one Python name are no error: :func:`name_properties` renames them."""
    return None


PROGRESS = progress.from_environment()


def _fast_default_module(self: jinja2.Template, ctx: jinja2.runtime.Context | None = None) -> Any:
    """Jinja's ``Template._get_default_module`` (3.1), the same keys computed without the slow
    generic ``KeysView`` difference: the template's own global names are kept as a frozenset,
    taken again when their number changes (globals are added, never removed)."""
    if ctx is not None:
        own: tuple[int, frozenset[str]] | None = self.__dict__.get("_own_global_names")
        if own is None or own[0] != len(self.globals):
            own = (len(self.globals), frozenset(self.globals))
            self.__dict__["_own_global_names"] = own
        keys = ctx.globals_keys - own[1]
        if keys:
            return self.make_module({key: ctx.parent[key] for key in keys})
    if self._module is None:
        self._module = self.make_module()
    return self._module


def jobs() -> int:
    """How many processes render files: ``RUN_GENERATOR_JOBS``, else the CPUs (at most 4)."""
    wanted = os.environ.get("RUN_GENERATOR_JOBS", "")
    return max(1, int(wanted)) if wanted.strip() else max(1, min(4, os.cpu_count() or 1))


def render_in_parallel(items: Sequence[T], render: Callable[[T], None], stage: str) -> None:
    """``render(item)`` for every item, spread over :func:`jobs` processes (forked: they share
    the parsed data); item ``i`` goes to process ``i % jobs``. Raises when a child fails."""
    count = min(jobs(), len(items)) or 1
    PROGRESS.stage(stage, len(items))
    children = []
    for share in range(1, count):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 0
            try:
                for item in items[share::count]:
                    render(item)
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        children.append(pid)
    for item in items[0::count]:
        render(item)
        PROGRESS.advance(count)  # the other processes go at about the same pace
    failed = [pid for pid in children if os.waitpid(pid, 0)[1] != 0]
    if failed:
        raise RuntimeError(f"{len(failed)} rendering process(es) failed ({stage})")


def _build_models(self: Project) -> None:
    """The generator's ``Project._build_models``, models and enums rendered in parallel. First,
    its templates are no longer checked on disk at every use (``auto_reload``: a stat per macro
    import, tens of thousands per run); they do not change while it runs."""
    self.env.auto_reload = False
    models_dir = self.package_dir / "models"
    shutil.rmtree(models_dir, ignore_errors=True)
    models_dir.mkdir()
    encoding = self.config.file_encoding
    model_template = self.env.get_template("model.py.jinja")
    str_enum_template = self.env.get_template("str_enum.py.jinja")
    int_enum_template = self.env.get_template("int_enum.py.jinja")
    literal_enum_template = self.env.get_template("literal_enum.py.jinja")

    def render(entry: tuple[bool, Any]) -> None:
        is_model, item = entry
        module_path = models_dir / f"{item.class_info.module_name}.py"
        if is_model:
            text = model_template.render(model=item)
        elif isinstance(item, LiteralEnumProperty):
            text = literal_enum_template.render(enum=item)
        elif item.value_type is int:
            text = int_enum_template.render(enum=item)
        else:
            text = str_enum_template.render(enum=item)
        module_path.write_text(text, encoding=encoding)

    everything = [*self.openapi.models, *self.openapi.enums]
    kinds = [(True, model) for model in self.openapi.models] + [(False, enum) for enum in self.openapi.enums]
    render_in_parallel(kinds, render, "rendering models")
    imports = [import_string_from_class(item.class_info) for item in everything]
    alls = [item.class_info.name for item in everything]
    models_init_template = self.env.get_template("models_init.py.jinja")
    (models_dir / "__init__.py").write_text(
        models_init_template.render(imports=imports, alls=alls), encoding=encoding
    )
    index = os.environ.get("RUN_GENERATOR_MODELS_INDEX")
    if (
        index
    ):  # a shard's model list, for the merged models/__init__.py (rtkgen/generator/sharded_generation.py)
        Path(index).write_text(json.dumps({"imports": imports, "alls": alls}), encoding="utf-8")


def _with_models_index(build: Callable[[Project], None]) -> Callable[[Project], None]:
    """The generator's ``_build_models`` (``build``), then the two files that list every model
    beside ``models/__init__.py`` (:data:`MODELS_FILES`): ``_index.py``, read on the first
    ``from ...models import Name``, and ``__init__.pyi``, their types for type checkers and IDEs.
    ``__init__.py`` itself is the same for any number of models (``models_init.py.jinja``)."""

    def build_models(self: Project) -> None:
        build(self)
        everything = [*self.openapi.models, *self.openapi.enums]
        imports = [import_string_from_class(item.class_info) for item in everything]
        for name, template in MODELS_FILES.items():
            text = self.env.get_template(template).render(imports=imports)
            (self.package_dir / "models" / name).write_text(text, encoding=self.config.file_encoding)

    return build_models


def _build_api(self: Project) -> None:
    """The generator's ``Project._build_api``, endpoint modules rendered in parallel. Without its
    ``client.py`` and ``errors.py``: those are the runtime's (``templates/runtime/``), which the
    first post_hook copies into the package (over the stock ones, when the stock generator runs).
    Ends by announcing the post hooks (``Project.build`` runs them next) as a progress stage."""
    encoding = self.config.file_encoding
    api_dir = self.package_dir / "api"
    shutil.rmtree(api_dir, ignore_errors=True)
    api_dir.mkdir()
    api_init_template = self.env.get_template("api_init.py.jinja")
    (api_dir / "__init__.py").write_text(api_init_template.render(), encoding=encoding)
    endpoint_template = self.env.get_template(
        "endpoint_module.py.jinja",
        globals={"isbool": lambda obj: obj.get_base_type_string() == strings.PythonCode("bool")},
    )
    endpoints = []
    for tag, collection in self.openapi.endpoint_collections_by_tag.items():
        tag_dir = api_dir / tag
        tag_dir.mkdir()
        endpoint_init_template = self.env.get_template("endpoint_init.py.jinja")
        (tag_dir / "__init__.py").write_text(
            endpoint_init_template.render(endpoint_collection=collection), encoding=encoding
        )
        endpoints += [(tag_dir, endpoint) for endpoint in collection.endpoints]

    def render(item: tuple[Path, Any]) -> None:
        tag_dir, endpoint = item
        module_path = tag_dir / f"{strings.PythonIdentifier(endpoint.name, self.config.field_prefix)}.py"
        module_path.write_text(endpoint_template.render(endpoint=endpoint), encoding=encoding)

    render_in_parallel(endpoints, render, "rendering endpoint modules")
    PROGRESS.stage("formatting the client (post hooks: ruff)")


_ORIGINAL_BUILD_MODELS = Project._build_models


_original_from_dict = openapi.GeneratorData.from_dict


def _from_dict(data: dict[str, Any], *, config: Config) -> Any:
    """The generator's ``GeneratorData.from_dict``, then this project's renames
    (:func:`rename_clashing_names`) on what it parsed, before anything is rendered."""
    paths = data.get("paths") or {}
    operations = sum(1 for item in paths.values() for key in item if key in HTTP_METHODS)
    PROGRESS.stage("reading the operations", operations)
    result = _original_from_dict(data, config=config)
    if isinstance(result, openapi.GeneratorData):
        rename_clashing_names(result, config)
    return result


def install(*, fast: bool = True) -> None:
    """Put this project's rules into the generator (repeated path parameters, property names,
    renames), and with ``fast`` its speed paths (parallel rendering, jinja's default module,
    templates not reloaded, progress); this module's docstring says why each. Refuses
    (SystemExit, saying what to re-check) when the generator is not the pinned version or one of
    the internals used here changed (``rtkgen.generator.generator_pin``, which lists every one of them)."""
    generator_pin.check()
    openapi.Endpoint.sort_parameters = staticmethod(sort_parameters)  # type: ignore[method-assign]
    model_property._process_properties = _process_properties
    model_property._resolve_naming_conflict = _no_naming_conflict
    openapi.GeneratorData.from_dict = staticmethod(_from_dict)  # type: ignore[method-assign]
    Project._build_models = _with_models_index(  # type: ignore[method-assign, assignment]
        _build_models if fast else _ORIGINAL_BUILD_MODELS
    )
    if fast:
        jinja2.Template._get_default_module = _fast_default_module  # type: ignore[method-assign]
        Project._build_api = _build_api  # type: ignore[method-assign]


def main() -> None:
    # RUN_GENERATOR_RULES_ONLY=1: the rules without the speed paths, the reference output that
    # tests/test_generator_speed.py compares the fast paths with.
    install(fast=os.environ.get("RUN_GENERATOR_RULES_ONLY", "") != "1")
    from openapi_python_client.cli import app

    sys.argv[0] = re.sub(r"\.py$", "", sys.argv[0])
    try:
        app()
    finally:
        PROGRESS.finish()


if __name__ == "__main__":
    main()
