"""The source of ``facade.py``: one class per resource and flavour (sync, async, and their
``with_raw_response`` twins), one method per operation; the policy is ``facade_base.py``."""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass, field

from facade.naming import Placement
from facade.reading import Arg, Endpoint, Module, names_in

EXTRAS = (
    "extra_body: _Extra = None, extra_query: _Extra = None, extra_headers: _Extra = None, "
    "timeout: _Timeout = UNSET"
)
PASS_EXTRAS = "extra_body, extra_query, extra_headers, timeout"
SESSION = {"account_id", "app_id"}
PAGED = {"page_no", "per_page"}


@dataclass(frozen=True)
class Flavour:
    prefix: str  # class name prefix
    is_async: bool
    raw: bool


FLAVOURS = (
    Flavour("", False, False),
    Flavour("Async", True, False),
    Flavour("Raw", False, True),
    Flavour("AsyncRaw", True, True),
)


@dataclass
class Node:
    """A resource: its child resources and its methods."""

    path: tuple[str, ...]
    children: dict[str, Node] = field(default_factory=dict)
    methods: dict[str, tuple[Placement, Endpoint]] = field(default_factory=dict)


@dataclass
class Imports:
    names: dict[str, str] = field(default_factory=dict)  # name -> import line

    def need(self, module: Module, annotation: ast.expr) -> None:
        for name in sorted(names_in(annotation)):
            source = module.imports.get(name)
            if source is None:
                continue  # a builtin or a name the module defines itself
            mod, attr = source
            line = (
                (f"import {mod}" if mod == name else f"import {mod} as {name}")
                if attr is None
                else (f"from {mod} import {attr}" + ("" if attr == name else f" as {name}"))
            )
            if self.names.setdefault(name, line) != line:
                raise ValueError(f"facade: the name {name} means two things ({line!r}, {self.names[name]!r})")


class _Lists(ast.NodeTransformer):
    """``list[...]`` as ``builtins.list[...]``: inside a class with a ``list`` method."""

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id == "list":
            return ast.Attribute(ast.Name("builtins"), "list")
        return node


def annotation(node: ast.expr) -> str:
    return _listed(ast.unparse(node))


@functools.cache
def _listed(text: str) -> str:
    """The annotation ``text`` with ``list`` as ``builtins.list`` (the same few come back often)."""
    return ast.unparse(_Lists().visit(ast.parse(text, mode="eval").body))


def tree_of(operations: list[tuple[Placement, Endpoint]]) -> Node:
    root = Node(())
    for placement, endpoint in operations:
        node = root
        for resource in placement.resources:
            node = node.children.setdefault(resource, Node((*node.path, resource)))
        node.methods[placement.name] = (placement, endpoint)
    return root


def class_name(flavour: Flavour, path: tuple[str, ...]) -> str:
    return "_" + flavour.prefix + "".join(part.title().replace("_", "") + "_" for part in path) + "R"


def _signature(arg: Arg, imports: Imports, module: Module) -> str:
    imports.need(module, arg.annotation)
    text = f"{arg.name}: {annotation(arg.annotation)}"
    return text if arg.default is None else f"{text} = {ast.unparse(arg.default)}"


def _is_paged(placement: Placement, endpoint: Endpoint) -> bool:
    names = {a.name for a in endpoint.keywords}
    return placement.name == "list" and names >= PAGED and endpoint.envelope.item is not None


def method_source(placement: Placement, endpoint: Endpoint, flavour: Flavour, imports: Imports) -> str:
    module = endpoint.module
    op = placement.operation_id
    paged = _is_paged(placement, endpoint) and not flavour.raw
    positional = [a for a in endpoint.positional if a.name not in SESSION]
    params = ["self", *(_signature(a, imports, module) for a in positional)]
    if positional:
        params.append("/")
    params.append("*")
    keywords = [a for a in endpoint.keywords if not (paged and a.name == "page_no")]
    params += [_signature(a, imports, module) for a in keywords]
    body_expr = None
    if endpoint.body is not None:
        if endpoint.body_fields is not None and endpoint.body_module is not None:
            params += [_signature(a, imports, endpoint.body_module) for a in endpoint.body_fields]
            fields = ", ".join(f"{a.name}={a.name}" for a in endpoint.body_fields)
            body_expr = f"_body({fields})"
        else:
            params.append(_signature(endpoint.body, imports, module))
            body_expr = "body"
    params.append(EXTRAS)
    call = [
        f'"{a.name}": self._s.{a.name}' if a.name in SESSION else f'"{a.name}": {a.name}'
        for a in endpoint.positional
    ]
    call += [f'"{a.name}": {a.name}' for a in keywords if not (paged and a.name == "per_page")]
    if body_expr is not None:
        call.append(f'"body": {body_expr}')
    package, name = module.dotted.rsplit(".", 1)
    lines = [f'_op = _operation(".{package}.{name}")']
    if body_expr is not None and body_expr.startswith("_body(") and endpoint.body_model:
        lines.append(
            f"from {endpoint.module.imports[endpoint.body_model][0]} import {endpoint.body_model} as _body"
        )
    send = "await self._s.asend" if flavour.is_async else "self._s.send"
    kwargs = "{" + ", ".join(call) + "}"
    envelope = endpoint.envelope
    if flavour.raw:
        imports.need(module, endpoint.detailed)
        returns = annotation(ast.Subscript(ast.Name("_Response"), _detailed_inner(endpoint.detailed)))
        lines.append(f"return {send}(_op, {kwargs}, {PASS_EXTRAS})")
    elif endpoint.success_model is None:
        returns = "object"
        lines.append(f"return _json_of({send}(_op, {kwargs}, {PASS_EXTRAS}))")
    else:
        # The operation module's own global (its import is done): cheaper than importing it here.
        imports.need(module, ast.Name(endpoint.success_model))
        lines.append(f"_model: type[{endpoint.success_model}] = _op.{endpoint.success_model}")
        if paged:
            assert envelope.annotation is not None and envelope.key is not None
            assert envelope.item is not None and envelope.item_module is not None
            item = annotation(envelope.item)
            imports.need(envelope.item_module, envelope.item)
            pager = "_AsyncPager" if flavour.is_async else "_Pager"
            fetch = "self._s.asend" if flavour.is_async else "self._s.send"
            returns = f"{pager}[{item}]"
            lines.append(f"_kwargs = {kwargs}")
            lines.append(
                f"return {pager}(lambda page: {fetch}(_op, {{**_kwargs, **page}}, {PASS_EXTRAS}), "
                f'_page_items("{op}", _model, "{envelope.key}", {envelope.nested!r}), per_page)'
            )
        elif envelope.key is None or envelope.annotation is None:
            imports.need(endpoint.success_module or module, ast.Name(endpoint.success_model))
            returns = endpoint.success_model
            lines.append(f'return _model_of("{op}", {send}(_op, {kwargs}, {PASS_EXTRAS}), _model)')
        else:
            imports.need(endpoint.success_module or module, envelope.annotation)
            returns = annotation(envelope.annotation)
            lines.append(f"_r = {send}(_op, {kwargs}, {PASS_EXTRAS})")
            lines.append(
                f'return _present("{op}", _r, "{envelope.key}", _model_of("{op}", _r, _model).{envelope.key})'
            )
    asynchronous = flavour.is_async and not paged
    head = f"{'async ' if asynchronous else ''}def {placement.name}({', '.join(params)}) -> {returns}:"
    where = f"{placement.method.upper()} ``{placement.path}`` (``{module.dotted}``)"
    doc = repr(f"{_plain(placement.summary)}: {where}." if placement.summary else f"{where}.")
    return "\n".join(["    " + head, "        " + doc, *("        " + line for line in lines)])


def _plain(text: str) -> str:
    return " ".join(text.split())


def _detailed_inner(returns: ast.expr) -> ast.expr:
    if isinstance(returns, ast.Subscript):
        return returns.slice
    return ast.Name("object")


def class_source(node: Node, flavour: Flavour, imports: Imports, is_root: bool = True) -> list[str]:
    """The class of ``node`` and, first, those of its children."""
    out: list[str] = []
    for child in sorted(node.children):
        out += class_source(node.children[child], flavour, imports, False)
    body = ["    __slots__ = ()"]
    if is_root and not flavour.raw:
        kind = "Async" if flavour.is_async else ""
        cls, base = f"{kind}RealtimeKit", f"_Base{kind}RealtimeKit"
        raw = class_name(Flavour(kind + "Raw", flavour.is_async, True), ())
        body.append(
            f"    @property\n    def with_raw_response(self) -> {raw}:\n"
            '        """The same methods, returning the whole ``Response`` (status, headers, body)."""\n'
            f"        return {raw}(self._s)"
        )
    else:
        cls, base = class_name(flavour, node.path), "_Resource"
    for child in sorted(node.children):
        child_cls = class_name(flavour, node.children[child].path)
        attr = child if child not in node.methods else f"{child}_"
        body.append(
            f"    @property\n    def {attr}(self) -> {child_cls}:\n        return {child_cls}(self._s)"
        )
    for method in sorted(node.methods):
        placement, endpoint = node.methods[method]
        body.append(method_source(placement, endpoint, flavour, imports))
    out.append(f"class {cls}({base}):\n" + "\n\n".join(body) + "\n")
    return out
