"""The facade's rule: where each operation sits (``rtk.<resources...>.<method>``).

After the prefix ``/accounts/{account_id}`` (then ``/realtime/kit``, then ``/{app_id}``, each
when present), the path's literal segments are the resources, in snake_case (``active-session``
is ``active_session``); its parameters become the method's positional arguments. The method:

- a path ending in a parameter is an item: GET ``get``, PATCH ``update``, PUT ``replace``,
  DELETE ``delete``, POST ``create``;
- a path ending in a literal segment is a collection: GET ``list`` when the result is a list
  or the operation takes ``page_no``/``per_page``, else ``get`` (a singleton such as
  ``active-session`` or ``transcript``), POST ``create``, PUT ``replace``, PATCH ``update``,
  DELETE ``delete``;
- a verb: a POST to a literal segment that follows another literal segment and is the only
  operation of its path is a method of the resource before it (``.../active-session/kick`` is
  ``meetings.active_session.kick``);
- ``x-facade-name: a.b.method`` on the operation (an overlay) names it instead of the rule;
- should two operations still get one name, both take their operationId as the method name.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

PREFIX = re.compile(r"^/accounts/\{account_id\}(/realtime/kit)?(/\{app_id\})?")
METHODS = ("get", "put", "post", "delete", "patch")
_ITEM = {"get": "get", "patch": "update", "put": "replace", "delete": "delete", "post": "create"}
# Names the facade's classes use themselves.
_RESERVED = {"client", "close", "aclose", "account_id", "app_id", "with_raw_response"}


@dataclass(frozen=True)
class Placement:
    operation_id: str
    method: str  # HTTP method, lower case
    path: str
    resources: tuple[str, ...]
    name: str  # the Python method name
    summary: str = ""

    @property
    def dotted(self) -> str:
        return ".".join((*self.resources, self.name))


def snake(segment: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", segment).strip("_").lower() or "root"
    if name[0].isdigit():
        name = f"_{name}"
    return f"{name}_" if keyword.iskeyword(name) or name in _RESERVED else name


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def place(
    path: str, method: str, operation: Mapping[str, Any], methods_at_path: int, returns_list: bool
) -> tuple[tuple[str, ...], str]:
    """(resources, method name) of one operation by the rule above."""
    override = operation.get("x-facade-name")
    if isinstance(override, str) and override.strip():
        *resources, name = override.strip().split(".")
        return tuple(resources), name
    segments = [s for s in PREFIX.sub("", path).split("/") if s]
    literals = tuple(snake(s) for s in segments if not _is_param(s))
    if not segments or _is_param(segments[-1]):
        return literals, _ITEM[method]
    verb = method == "post" and len(segments) >= 2 and not _is_param(segments[-2]) and methods_at_path == 1
    if verb:
        return literals[:-1], literals[-1]
    if method == "get":
        return literals, "list" if returns_list else "get"
    return literals, _ITEM[method]


def placements(document: Mapping[str, Any], returns_list: Callable[[str], bool]) -> list[Placement]:
    """Every operation's place, in the spec's order; ``returns_list(operation_id)`` tells
    whether its result is a list."""
    found: list[Placement] = []
    for path, item in document.get("paths", {}).items():
        operations = [(m, item[m]) for m in METHODS if isinstance(item.get(m), dict)]
        for method, operation in operations:
            op_id = operation["operationId"]
            resources, name = place(path, method, operation, len(operations), returns_list(op_id))
            summary = str(operation.get("summary") or "").strip()
            found.append(Placement(op_id, method, path, resources, name, summary))
    counts = Counter(p.dotted for p in found)
    return [
        Placement(p.operation_id, p.method, p.path, p.resources, p.operation_id)
        if counts[p.dotted] > 1
        else p
        for p in found
    ]
