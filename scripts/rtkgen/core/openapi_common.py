"""What every stage knows about OpenAPI documents, written once: the HTTP methods of a path
item, the ``{name}`` pattern of a path template, the class-name stem the generator gives an
operation, YAML loading and local ``$ref`` resolution.

Used by the converter (``rtkgen.converter``), the change report (``rtkgen.changes``), the client check
(``rtkgen.generator.client_check``) and the tests.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

# The operations of a path item, in the order of the OpenAPI specification (lowercase, as keys).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# A ``{name}`` of a path template; group 1 is the name.
PATH_PARAMETER = re.compile(r"\{([^{}]*)\}")

# The extension the converter sets on an operation whose docs list no responses (the older
# format, docs-format.md): its responses are then only `default` with this marker's description.
# The shapes stage replaces both with a typed 200 where the reference knows the operation; the
# change report reads it (responses becoming documented is an addition, the reverse a loss).
UNDOCUMENTED = "x-responses-undocumented"

# The top-level extension the shapes stage sets: where the docs and the API's reference disagree,
# one line each (``METHOD path STATUS field: docs TYPE, reference TYPE``; ``rtkgen.shapes.merge``). The
# change report lists the lines a docs change adds (a spec without the key recorded none).
DISAGREEMENTS = "x-reference-disagreements"

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def path_shape(path: str) -> str:
    """``path`` with its parameter names blanked (``/a/{id}`` -> ``/a/{}``): two paths of one shape
    are one route, whatever the parameters are called."""
    return PATH_PARAMETER.sub("{}", path)


def after_scope(path: str, scope: str) -> str | None:
    """``path`` after the prefix ``scope``, parameters unnamed (``path_shape``), or None when
    ``path`` is not under ``scope``: the parameters' names do not matter (``/a/{id}/b`` is under
    ``/a/{a_id}``, after it ``/b``)."""
    shape, prefix = path_shape(path), path_shape(scope)
    return shape[len(prefix) :] if shape.startswith(prefix) else None


def route_key(method: str, path: str) -> tuple[str, str]:
    """What makes two operations one route: the method (lower case) and the ``path_shape``
    (``{webhook_id}`` and ``{webhook-id}`` are one parameter)."""
    return method.lower(), path_shape(path)


def operation_ids(document: Mapping[str, Any] | None) -> dict[tuple[str, str], str]:
    """The operationId of each operation of ``document`` by ``route_key`` (none for None)."""
    found: dict[tuple[str, str], str] = {}
    paths = document.get("paths") if isinstance(document, Mapping) else None
    for path, item in (paths or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and isinstance(operation.get("operationId"), str):
                found[route_key(method, str(path))] = operation["operationId"]
    return found


def operation_class(operation_id: object) -> str:
    """The class-name stem the generator gives an operation's inline models (``{stem}Body``,
    ``{stem}Response200``): the snake_case operationId in PascalCase (``fetch_a_webhook`` ->
    ``FetchAWebhook``), as openapi-python-client's ``pascal_case`` spells a lowercase one."""
    return "".join(word.capitalize() for word in str(operation_id).split("_"))


def load_yaml(text: str) -> Any:
    """YAML ``text`` as Python data (safe: plain types only; the C loader when PyYAML has it)."""
    return yaml.load(text, Loader=_LOADER)


def resolve_ref(
    schema: Any, document: Mapping[str, Any], seen: frozenset[str] = frozenset()
) -> Mapping[str, Any]:
    """``schema`` with a local ``$ref`` followed, repeatedly (a cycle, a dangling or a non-local
    ref gives ``{}``; so does anything that is not a mapping). A step into a list is its index
    (``#/paths/~1a/get/parameters/0``, RFC 6901)."""
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}
        seen = seen | {ref}
        target: Any = document
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(target, list):
                target = target[int(key)] if key.isdigit() and int(key) < len(target) else None
            else:
                target = target.get(key) if isinstance(target, Mapping) else None
        schema = target
    return schema if isinstance(schema, Mapping) else {}
