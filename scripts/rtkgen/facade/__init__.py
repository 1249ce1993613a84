"""The facade: ``RealtimeKit(account_id=..., app_id=...)`` with one method per operation,
generated from the spec and the generated package: ``facade.py`` (the two clients and
``OPERATIONS``), ``resources/<resource>.py`` (one module per top-level resource, imported on
first use) and ``paged.py``, rendered from ``templates/facade/`` (``rtkgen.facade.rendering``).

``write_facade(document, project)`` is the generation step (``rtkgen.install.client_build.built_client``
calls it on the fresh client before it is checked); the naming rule is ``rtkgen.facade.naming``.
With a cache folder, what was read of each operation (``rtkgen.facade.endpoint_cache``) and ruff's
result (``rtkgen.caches.ruff_cache``) come from caches keyed by content; without one, everything is made
anew. The output is the same either way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from rtkgen.caches.ruff_cache import ruff_in_place
from rtkgen.facade.docs import OperationDoc, operation_doc
from rtkgen.facade.endpoint_cache import Endpoints
from rtkgen.facade.naming import METHODS, placements
from rtkgen.facade.paged import Paged, is_paged, paged_source
from rtkgen.facade.reading import Endpoint
from rtkgen.facade.readme import readme_source
from rtkgen.facade.rendering import SESSION, module_sources, tree_of


def _load(spec: Path) -> Mapping[str, Any]:
    text = spec.read_text(encoding="utf-8")
    if spec.suffix == ".json":
        loaded: Mapping[str, Any] = json.loads(text)
    else:
        loaded = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


def _modules(package: Path) -> dict[str, str]:
    """operationId -> the dotted module (``api.<tag>.<operation_id>``) that holds it, from disk
    (the first tag folder in name order, when two had one of that name)."""
    found: dict[str, str] = {}
    for tag_dir in sorted(path for path in (package / "api").iterdir() if path.is_dir()):
        for module in sorted(tag_dir.glob("*.py")):
            if module.stem != "__init__":
                found.setdefault(module.stem, f"api.{tag_dir.name}.{module.stem}")
    return found


def _module_of(operation: Mapping[str, Any], modules: Mapping[str, str]) -> str:
    op_id = operation["operationId"]
    if op_id not in modules:
        raise LookupError(f"facade: no module for operation {op_id}")
    return modules[op_id]


def _listing(endpoint: Endpoint) -> bool:
    """Whether a GET of a collection lists: its result is a list, or it takes page_no/per_page."""
    return endpoint.envelope.is_list or {"page_no", "per_page"} <= {a.name for a in endpoint.keywords}


def facade_source(
    document: Mapping[str, Any], package: Path, reader: Endpoints | None = None
) -> tuple[dict[str, str], str]:
    """The facade's modules (package-relative path -> source: ``facade.py``, ``paged.py``,
    ``resources/*.py``) and the project's README.md (the operations read through ``reader``, by
    default one with no cache)."""
    endpoints: dict[str, Endpoint] = {}
    docs: dict[str, OperationDoc] = {}
    modules_on_disk = _modules(package)
    reader = reader or Endpoints(package, None)
    for item in document.get("paths", {}).values():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                module = _module_of(operation, modules_on_disk)
                endpoints[operation["operationId"]] = reader.read(module)
                docs[operation["operationId"]] = operation_doc(document, item, operation)
    placed = placements(document, lambda op_id: _listing(endpoints[op_id]))
    tree = tree_of([(p, endpoints[p.operation_id]) for p in placed])
    table = {p.dotted: p.operation_id for p in sorted(placed, key=lambda p: p.dotted)}
    files = module_sources(tree, placed, docs, table, package.name)
    modules = {op_id: endpoint.module.dotted for op_id, endpoint in endpoints.items()}
    positional = {
        op_id: len([a for a in endpoint.positional if a.name not in SESSION])
        for op_id, endpoint in endpoints.items()
    }
    readme = readme_source(
        document, placed, modules, positional, package.name, package.name.replace("_", "-")
    )
    files["paged.py"] = paged_source(Paged(op_id, e) for op_id, e in endpoints.items() if is_paged(e))
    return files, readme


def write_facade(
    document: Mapping[str, Any] | None, spec: Path, project: Path, cache: Path | None = None
) -> None:
    """Write the facade's modules (``facade.py``, ``resources/``, ``paged.py``) into the
    generated project's package, formatted like the rest, and the project's README.md
    (``document`` is ``spec`` already loaded, or None to read it). ``cache``: the folder of the
    pipeline's caches (``rtkgen.caches.cache_dirs``), or None for none."""
    if document is None:
        document = _load(spec)
    packages = [p.parent for p in sorted(project.glob("*/client.py"))]
    if len(packages) != 1:
        raise RuntimeError(f"facade: expected one package in {project}, found {packages}")
    reader = Endpoints(packages[0], None if cache is None else cache / "facade")
    files, readme = facade_source(document, packages[0], reader)
    reader.save()
    # New files, never writes into the old ones: a sharded build hard-links the files that did
    # not change (README.md too) from the previous client, which a write in place would change.
    ruff_in_place(project, {"README.md": readme}, [])
    package = packages[0].name
    (packages[0] / "resources").mkdir(exist_ok=True)
    ruff_in_place(
        project,
        {f"{package}/{relative}": text for relative, text in sorted(files.items())},
        [["check", "--fix-only", "--quiet"], ["format", "--quiet"]],
        {"RUFF_NO_CACHE": "true"},
        None if cache is None else cache / "ruff",
    )
