"""What the facade needs from the generated package, read from its source (``ast``): each
operation module's arguments and success model, and the body models' fields. The generated code
is the single source of the names and types, so the facade always agrees with it.

Every module is read through :class:`Package`, once, and the package notes which modules (and
which bytes: their SHA-256) each endpoint was read from: an :class:`Endpoint` holds no syntax
tree of a whole module, only the small parts the facade renders from, so ``endpoint_cache``
can keep it for as long as those files stay the same."""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

_NO_IMPORT = {"str", "int", "float", "bool", "bytes", "list", "dict", "tuple", "set", "None", "object"}


@dataclass(frozen=True)
class Arg:
    name: str
    annotation: ast.expr
    default: ast.expr | None


Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass
class Module:
    """A module of the package: its top-level imports (name -> (module, attribute))."""

    dotted: str  # e.g. "api.meetings.create_a_meeting"
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class Envelope:
    key: str | None  # "data", "result", or None (the whole model)
    annotation: ast.expr | None  # the key's type without "| None"
    is_list: bool
    item: ast.expr | None = None  # the type of a list's items (of the key, or of `nested`)
    nested: str | None = None  # the key's one list property, when the key is a model
    item_module: Module | None = None  # where `item`'s names are imported


@dataclass(frozen=True)
class Endpoint:
    module: Module
    positional: list[Arg]
    keywords: list[Arg]  # query parameters (and body, when it is not a model)
    body: Arg | None
    body_fields: list[Arg] | None  # the body model's fields, when the body is a model
    body_model: str | None
    body_module: Module | None
    success_model: str | None  # the class of the success body; None: open JSON
    success_module: Module | None
    envelope: Envelope
    detailed: ast.expr  # sync_detailed's return annotation
    # The signatures (bodies left out) of the module's sync_detailed and asyncio_detailed.
    signatures: dict[str, Function] = field(default_factory=dict)


def _imports(tree: ast.Module, package: list[str]) -> dict[str, tuple[str, str | None]]:
    found: dict[str, tuple[str, str | None]] = {}
    nodes = list(tree.body)
    nodes += [n for node in tree.body if isinstance(node, ast.If) for n in node.body]  # TYPE_CHECKING
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name] = (alias.name, None)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                source = ".".join(["", *base, *(node.module.split(".") if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                found[alias.asname or alias.name] = (source, alias.name)
    return found


def digest(data: bytes) -> str:
    """What a module's bytes are known by (``Package.read``, ``endpoint_cache``)."""
    return hashlib.sha256(data).hexdigest()


class Package:
    """The generated package at ``root``: its modules, each parsed once. :attr:`read` is every
    module read since it was last cleared, with the SHA-256 of its bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.read: dict[str, str] = {}
        self._parsed: dict[str, tuple[Module, ast.Module, str]] = {}

    def path(self, dotted: str) -> Path:
        return self.root.joinpath(*dotted.split(".")).with_suffix(".py")

    def _parse(self, dotted: str) -> tuple[Module, ast.Module]:
        found = self._parsed.get(dotted)
        if found is None:
            data = self.path(dotted).read_bytes()
            tree = ast.parse(data)
            module = Module(dotted, _imports(tree, dotted.split(".")[:-1]))
            found = self._parsed[dotted] = (module, tree, digest(data))
        self.read[dotted] = found[2]
        return found[0], found[1]

    def module(self, dotted: str) -> Module:
        return self._parse(dotted)[0]

    def tree(self, dotted: str) -> ast.Module:
        return self._parse(dotted)[1]


def _function(tree: ast.Module | ast.ClassDef, name: str) -> ast.FunctionDef | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    return None


def _class(tree: ast.Module, name: str) -> ast.ClassDef:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    raise LookupError(f"class {name} not found")


def _keywords(function: ast.FunctionDef) -> list[Arg]:
    args = function.args
    return [
        Arg(a.arg, a.annotation or ast.Name("object"), d)
        for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    ]


def _without_none(annotation: ast.expr) -> ast.expr:
    parts: list[ast.expr] = []

    def split(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            split(node.left)
            split(node.right)
        elif not (isinstance(node, ast.Constant) and node.value is None):
            parts.append(node)

    split(annotation)
    result = parts[0]
    for part in parts[1:]:
        result = ast.BinOp(result, ast.BitOr(), part)
    return result


def _list_item(annotation: ast.expr) -> ast.expr | None:
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "list":
        return annotation.slice
    return None


def _envelope(package: Package, module: Module, model: ast.ClassDef) -> Envelope:
    for key in ("data", "result"):
        prop = _function(model, key)
        if prop is None or prop.returns is None:
            continue
        annotation = _without_none(prop.returns)
        item = _list_item(annotation)
        if item is not None:
            return Envelope(key, annotation, True, item, None, module)
        source = module.imports.get(annotation.id) if isinstance(annotation, ast.Name) else None
        if source is not None and source[0].startswith(".models."):
            inner = package.module(source[0][1:])
            lists = [
                (node.name, _list_item(_without_none(node.returns)))
                for node in _class(package.tree(inner.dotted), ast.unparse(annotation)).body
                if isinstance(node, ast.FunctionDef)
                and node.returns is not None
                and node.decorator_list
                and ast.unparse(node.decorator_list[0]) == "property"
            ]
            lists = [(name, item) for name, item in lists if item is not None]
            if len(lists) == 1:
                return Envelope(key, annotation, False, lists[0][1], lists[0][0], inner)
        return Envelope(key, annotation, False)
    return Envelope(None, None, False)


def _success_model(parse: ast.FunctionDef) -> str | None:
    """The class the first 2xx branch of ``_parse_response`` builds (None: the JSON as it is)."""
    for node in ast.walk(parse):
        if not isinstance(node, ast.If):
            continue
        test = ast.unparse(node.test)
        success = "200 <= response.status_code <= 299" in test or any(
            f"response.status_code == {code}" == test for code in range(200, 300)
        )
        if not success:
            continue
        for inner in ast.walk(node):
            called = inner.func if isinstance(inner, ast.Call) else None
            if (
                isinstance(called, ast.Attribute)
                and called.attr == "from_dict"
                and isinstance(called.value, ast.Name)
            ):
                return called.value.id
        return None
    return None


def _signature(tree: ast.Module, name: str) -> Function | None:
    """The top-level function ``name`` of ``tree`` with its body left out."""
    for node in tree.body:
        if isinstance(node, Function) and node.name == name:
            return type(node)(
                name=node.name,
                args=node.args,
                body=[ast.Expr(ast.Constant(...))],
                decorator_list=node.decorator_list,
                returns=node.returns,
                type_comment=None,
            )
    return None


def read_endpoint(package: Package, dotted: str) -> Endpoint:
    module = package.module(dotted)
    tree = package.tree(dotted)
    detailed = _function(tree, "sync_detailed")
    parse = _function(tree, "_parse_response")
    if detailed is None or parse is None or detailed.returns is None:
        raise LookupError(f"{dotted}: no sync_detailed/_parse_response")
    positional = [Arg(a.arg, a.annotation or ast.Name("str"), None) for a in detailed.args.args]
    keywords = [a for a in _keywords(detailed) if a.name != "client"]
    body = next((a for a in keywords if a.name == "body"), None)
    keywords = [a for a in keywords if a.name != "body"]
    body_fields = body_model = body_module = None
    if body is not None:
        names = [n.id for n in ast.walk(body.annotation) if isinstance(n, ast.Name) and n.id != "Unset"]
        source = module.imports.get(names[0]) if len(names) == 1 else None
        if source is not None and source[0].startswith(".models."):
            body_model = names[0]
            body_module = package.module(source[0][1:])
            init = _function(_class(package.tree(body_module.dotted), body_model), "__init__")
            body_fields = _keywords(init) if init is not None else []
    success = _success_model(parse)
    success_module = envelope = None
    if success is not None:
        success_module = package.module(module.imports[success][0][1:])
        success_tree = package.tree(success_module.dotted)
        envelope = _envelope(package, success_module, _class(success_tree, success))
    signatures = {name: _signature(tree, name) for name in ("sync_detailed", "asyncio_detailed")}
    return Endpoint(
        module,
        positional,
        keywords,
        body,
        body_fields,
        body_model,
        body_module,
        success,
        success_module,
        envelope or Envelope(None, None, False),
        detailed.returns,
        {name: function for name, function in signatures.items() if function is not None},
    )


def names_in(annotation: ast.expr) -> set[str]:
    """The names an annotation needs imported (builtins aside)."""
    found = set()
    for node in ast.walk(annotation):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            found.add(node.value.id)
        elif isinstance(node, ast.Name) and node.id not in _NO_IMPORT:
            found.add(node.id)
    return {name for name in found if name not in _NO_IMPORT}
