"""The facade's modules, rendered from the Jinja templates in ``templates/facade/``: ``facade.py``
(``RealtimeKit``, ``AsyncRealtimeKit``, their ``with_raw_response`` twins), ``facade_operations.py``
(``OPERATIONS``, which ``facade.py`` imports on first use), ``resources/__init__.py`` and one
``resources/<resource>.py`` per top-level resource with the four classes of it and of each
resource under it (names: ``rtkgen.facade.naming.class_stems``).

This module works out what differs per operation (signature, the call, the result's shape, the
docstring); the templates lay it out; the policy is the runtime's ``facade_base.py``.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from rtkgen.facade.docs import OperationDoc, wrapped
from rtkgen.facade.naming import Placement, class_stems, flavoured
from rtkgen.facade.reading import Arg, Endpoint, Module, names_in

TEMPLATES = Path(__file__).resolve().parents[3] / "templates" / "facade"
EXTRAS = (
    "extra_body: _Extra = None",
    "extra_query: _Extra = None",
    "extra_headers: _Extra = None",
    "timeout: _Timeout = UNSET",
)
PASS_EXTRAS = "extra_body, extra_query, extra_headers, timeout"
SESSION = {"account_id", "app_id"}
PAGED = {"page_no", "per_page"}
EXTRA_DOCS = (
    ("extra_body", "Fields added to the JSON body, beside (or over) the ones above."),
    ("extra_query", "Query parameters added to the URL."),
    ("extra_headers", "Headers added to the request."),
    ("timeout", "This call's timeout (seconds or an ``httpx.Timeout``), instead of the client's."),
)
RAISES = (
    ("BadRequestError", "400 or 422: the API refused the request as it is."),
    ("AuthError", "401 or 403: the token is missing, invalid or lacks a permission."),
    ("NotFoundError", "404: what the path names does not exist."),
    ("ConflictError", "409."),
    ("RateLimitError", "429, after the client's retries."),
    ("ServerError", "a 5xx status, after the client's retries."),
    ("ApiError", "any other error status (the base of the above)."),
    ("ApiConnectionError", "the server could not be reached, after the retries."),
    ("ApiTimeoutError", "the server did not answer in time (an ``ApiConnectionError``)."),
)
MISSING = ("MissingResultError", "a successful response whose body lacks ``{key}``.")
UNDESCRIBED = "the API's docs do not describe it"
ROOT_NOTE = "Every error above derives from ``RealtimeKitError``."


@dataclass(frozen=True)
class Flavour:
    index: int  # into rtkgen.facade.naming.flavoured
    is_async: bool
    raw: bool


FLAVOURS = (
    Flavour(0, False, False),
    Flavour(1, True, False),
    Flavour(2, False, True),
    Flavour(3, True, True),
)
ROOTS = ("RealtimeKit", "AsyncRealtimeKit", "RealtimeKitWithRawResponse", "AsyncRealtimeKitWithRawResponse")


@dataclass
class Node:
    """A resource: its child resources and its methods."""

    path: tuple[str, ...]
    children: dict[str, Node] = field(default_factory=dict)
    methods: dict[str, tuple[Placement, Endpoint]] = field(default_factory=dict)


@dataclass
class Imports:
    """The imports one output module's annotations need (for the type checker only); ``depth``:
    how deep the output module is in the package (``resources/x.py`` is 1)."""

    depth: int = 0
    names: dict[str, str] = field(default_factory=dict)  # name -> import line

    def need(self, module: Module, annotation: ast.expr) -> None:
        for name in sorted(names_in(annotation)):
            source = module.imports.get(name)
            if source is None:
                continue  # a builtin or a name the module defines itself
            mod, attr = source
            mod = "." * self.depth + mod if mod.startswith(".") else mod
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


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def render(template: str, **context: object) -> str:
    """The template ``templates/facade/<template>`` rendered with ``context``."""
    return _environment().get_template(template).render(**context)


def docstring(lines: list[str], indent: str) -> str:
    """``lines`` as a docstring literal whose lines after the first are indented by ``indent``."""
    text = "\n".join(f"{indent}{line}" if line else "" for line in lines).strip()
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if "\n" not in text:
        return f'"""{text} """' if text.endswith('"') else f'"""{text}"""'
    return f'"""{text}\n{indent}"""'


# --- one method ------------------------------------------------------------------------------


@dataclass
class Method:
    """What the method template needs of one operation in one flavour."""

    name: str
    is_async: bool
    params: list[str]
    returns: str
    doc: str
    operation: str  # the operation module, relative to the package (".api.meetings.x")
    operation_id: str
    kind: str  # raw, json, model, envelope, paged
    kwargs: str
    body_import: str = ""
    model: str = ""
    key: str = ""
    nested: str = "None"
    pager: str = ""
    send: str = ""
    fetch: str = ""
    extras: str = PASS_EXTRAS


def _signature(arg: Arg, imports: Imports, module: Module) -> str:
    imports.need(module, arg.annotation)
    text = f"{arg.name}: {annotation(arg.annotation)}"
    return text if arg.default is None else f"{text} = {ast.unparse(arg.default)}"


def is_paged(placement: Placement, endpoint: Endpoint) -> bool:
    names = {a.name for a in endpoint.keywords}
    return placement.name == "list" and names >= PAGED and endpoint.envelope.item is not None


@dataclass
class _Arguments:
    """A method's arguments: its signature's parameters, those its docstring lists (with where
    each goes), the dict of the operation function's arguments, and the body model's import."""

    params: list[str]
    documented: list[tuple[Arg, str]]
    call: str
    body_import: str


def method_of(
    placement: Placement, endpoint: Endpoint, flavour: Flavour, imports: Imports, doc: OperationDoc
) -> Method:
    """The method of one operation in one flavour (sync or async, raw or not)."""
    paged = is_paged(placement, endpoint) and not flavour.raw
    arguments = _method_arguments(endpoint, paged, imports)
    send = "await self._s.asend" if flavour.is_async else "self._s.send"
    method = Method(
        placement.name,
        flavour.is_async and not paged,
        arguments.params,
        "",
        "",
        f".{endpoint.module.dotted}",
        placement.operation_id,
        "",
        arguments.call,
        arguments.body_import,
        send=send,
    )
    yields = _set_returns(method, endpoint, flavour, paged, imports)
    raises = list(RAISES[-2:] if flavour.raw else RAISES)
    if method.kind == "envelope":
        raises.append((MISSING[0], MISSING[1].format(key=method.key)))
    method.doc = docstring(
        _doc_lines(placement, endpoint, doc, arguments.documented, method.returns, yields, raises), " " * 8
    )
    return method


def _method_arguments(endpoint: Endpoint, paged: bool, imports: Imports) -> _Arguments:
    """The arguments of an operation's method: the path parameters left after the session's
    (positional), then the query parameters, the body's fields (or the body), the extras. A
    pager sends ``page_no`` and ``per_page`` itself: ``page_no`` is no argument of it."""
    module = endpoint.module
    positional = [a for a in endpoint.positional if a.name not in SESSION]
    params = ["self", *(_signature(a, imports, module) for a in positional)]
    if positional:
        params.append("/")
    params.append("*")
    keywords = [a for a in endpoint.keywords if not (paged and a.name == "page_no")]
    params += [_signature(a, imports, module) for a in keywords]
    documented: list[tuple[Arg, str]] = [(a, "path parameter") for a in positional]
    documented += [(a, "query parameter") for a in keywords]
    body_expr, body_import = _body_arguments(endpoint, imports, params, documented)
    params += EXTRAS
    call = [
        f'"{a.name}": self._s.{a.name}' if a.name in SESSION else f'"{a.name}": {a.name}'
        for a in endpoint.positional
    ]
    call += [f'"{a.name}": {a.name}' for a in keywords if not (paged and a.name == "per_page")]
    if body_expr is not None:
        call.append(f'"body": {body_expr}')
    return _Arguments(params, documented, "{" + ", ".join(call) + "}", body_import)


def _body_arguments(
    endpoint: Endpoint, imports: Imports, params: list[str], documented: list[tuple[Arg, str]]
) -> tuple[str | None, str]:
    """Add the body's arguments to ``params`` and ``documented``: its fields when the facade
    spreads them, else the body itself. Returns the expression that builds the body (None: no
    body) and the import of its model (or "")."""
    if endpoint.body is None:
        return None, ""
    if endpoint.body_fields is None or endpoint.body_module is None:
        params.append(_signature(endpoint.body, imports, endpoint.module))
        documented.append((endpoint.body, "request body"))
        return "body", ""
    params += [_signature(a, imports, endpoint.body_module) for a in endpoint.body_fields]
    documented += [(a, "field of the JSON body") for a in endpoint.body_fields]
    fields = ", ".join(f"{a.name}={a.name}" for a in endpoint.body_fields)
    body_import = ""
    if endpoint.body_model:
        source = "." * imports.depth + endpoint.module.imports[endpoint.body_model][0]
        body_import = f"from {source} import {endpoint.body_model} as _body"
    return f"_body({fields})", body_import


def _set_returns(method: Method, endpoint: Endpoint, flavour: Flavour, paged: bool, imports: Imports) -> str:
    """Set what ``method`` returns (its kind, annotation, model, envelope key); returns the
    docstring's words for it."""
    module = endpoint.module
    envelope = endpoint.envelope
    if flavour.raw:
        imports.need(module, endpoint.detailed)
        method.kind = "raw"
        method.returns = annotation(ast.Subscript(ast.Name("_Response"), _detailed_inner(endpoint.detailed)))
        return "the whole ``Response``: ``status_code``, ``headers``, ``content`` and ``parsed``."
    if endpoint.success_model is None:
        method.kind, method.returns = "json", "object"
        return "the response's JSON body, as parsed (the docs leave its shape open)."
    # The operation module's own global (its import is done): cheaper than importing it here.
    imports.need(module, ast.Name(endpoint.success_model))
    method.model = endpoint.success_model
    if paged:
        return _set_pager(method, endpoint, flavour, imports)
    if envelope.key is None or envelope.annotation is None:
        imports.need(endpoint.success_module or module, ast.Name(endpoint.success_model))
        method.kind, method.returns = "model", endpoint.success_model
        return "the response's body."
    imports.need(endpoint.success_module or module, envelope.annotation)
    method.kind, method.returns, method.key = (
        "envelope",
        annotation(envelope.annotation),
        envelope.key,
    )
    return f"the ``{envelope.key}`` of the response's body."


def _set_pager(method: Method, endpoint: Endpoint, flavour: Flavour, imports: Imports) -> str:
    """Make ``method`` return a pager over the envelope's items; returns the docstring's words."""
    envelope = endpoint.envelope
    assert envelope.annotation is not None and envelope.key is not None
    assert envelope.item is not None and envelope.item_module is not None
    item = annotation(envelope.item)
    imports.need(envelope.item_module, envelope.item)
    method.kind = "paged"
    method.pager = "_AsyncPager" if flavour.is_async else "_Pager"
    method.fetch = "self._s.asend" if flavour.is_async else "self._s.send"
    method.returns = f"{method.pager}[{item}]"
    method.key, method.nested = envelope.key, repr(envelope.nested)
    loop = "async for" if flavour.is_async else "for"
    return (
        f"a pager: ``{loop}`` over it yields every ``{item}``, pages fetched as the loop needs "
        f"them (``per_page`` items each); ``{'await ' if flavour.is_async else ''}pager.page(n)`` "
        "is the items of page ``n`` alone."
    )


def _doc_head(
    placement: Placement, endpoint: Endpoint, doc: OperationDoc, arguments: list[tuple[Arg, str]]
) -> list[str]:
    """A method's docstring up to its Returns: summary, description, route, Args."""
    summary = " ".join((doc.summary or placement.summary).split())
    lines = [f"{summary}." if summary and summary[-1] not in ".!?" else summary or placement.dotted]
    if doc.description and " ".join(doc.description.split()) != summary:
        lines += ["", *wrapped(doc.description)]
    # the route on a line of its own, never wrapped (an inline literal cut in two reads badly)
    lines += ["", f"``{placement.method.upper()} {placement.path}``", f"(``{endpoint.module.dotted}``)."]
    lines += ["", "Args:"]
    for arg, where in arguments:
        text = doc.body if arg.name == "body" and not doc.describe("body") else doc.describe(arg.name)
        lines += _arg_lines(arg.name, text or _undescribed(doc.wire_name(arg.name), where))
    for name, text in EXTRA_DOCS:
        lines += _arg_lines(name, text)
    return lines


def _doc_lines(
    placement: Placement,
    endpoint: Endpoint,
    doc: OperationDoc,
    arguments: list[tuple[Arg, str]],
    returns: str,
    yields: str,
    raises: list[tuple[str, str]],
) -> list[str]:
    """The docstring of a method (Google style): summary, description, the route, Args, Returns,
    Raises."""
    key = " ".join(arg.name for arg, _ in arguments)  # the flavours of a method share most of it
    head = doc.cache.get(key)
    if head is None:
        head = doc.cache[key] = _doc_head(placement, endpoint, doc, arguments)
    lines = list(head)
    shown = re.sub(r"\b_(AsyncPager|Pager|Response)\b", r"\1", returns).replace("builtins.", "")
    lines += ["", "Returns:", *_returns_lines(f"{shown}: {yields}")]
    lines += ["", "Raises:"]
    for name, text in raises:
        lines += _arg_lines(name, text)
    lines += ["", ROOT_NOTE]
    return lines


def _undescribed(name: str, where: str) -> str:
    """What an argument the spec does not describe is: where it goes, and what the facade knows
    (``name``: the API's name of it; ``where``: one of ``_method_arguments``'s and
    ``_body_arguments``'s places, each starting with a consonant, hence "A")."""
    if where == "path parameter":
        return f"The ``{{{name}}}`` of the route above."
    if name == "per_page":
        return "How many items a page holds (the API's default when unset)."
    if name == "page_no":
        return "The page to fetch (1 is the first)."
    return f"A {where}; {UNDESCRIBED}."


@functools.cache
def _returns_lines(text: str) -> tuple[str, ...]:
    return tuple("    " + line for line in wrapped(text, "    "))


@functools.cache
def _arg_lines(name: str, text: str) -> tuple[str, ...]:
    """One entry of Args/Raises: a short text on one line, a long one wrapped with its lines
    kept (a list stays a list) but no blank line (which would end the section)."""
    text = " ".join(text.split()) if len(text) < 200 else text
    body = [line for line in wrapped(f"{name}: {text}") if line.strip()]
    return ("    " + body[0], *("        " + line for line in body[1:]))


def _detailed_inner(returns: ast.expr) -> ast.expr:
    if isinstance(returns, ast.Subscript):
        return returns.slice
    return ast.Name("object")


# --- classes and modules ---------------------------------------------------------------------


@dataclass
class Child:
    attribute: str
    cls: str
    module: str  # "" in the same module, else the resource module's name (lazy import)
    doc: str


@dataclass
class Klass:
    name: str
    base: str
    doc: str
    children: list[Child]
    methods: list[Method]
    raw: str = ""  # the with_raw_response class (of a root class)
    raw_module: str = ""


def _resource_doc(node: Node, flavour: Flavour, stems: Mapping[tuple[str, ...], str]) -> str:
    dotted = ".".join(node.path)
    access = ("async_rtk." if flavour.is_async else "rtk.") + ("with_raw_response." if flavour.raw else "")
    lines = [f"``{access}{dotted}``: the operations on ``{dotted}``."]
    if flavour.raw:
        lines += [
            "",
            "Each method returns the whole ``Response`` (status, headers, body) and raises on no status.",
        ]
    elif flavour.is_async:
        lines += ["", "Each method is a coroutine (a paged ``list`` returns an ``AsyncPager`` at once)."]
    if node.methods:
        lines += ["", "Methods:"]
        for name in sorted(node.methods):
            placement = node.methods[name][0]
            lines.append(f"    {name}: {' '.join(placement.summary.split()) or placement.operation_id}")
    if node.children:
        lines += ["", "Resources:"]
        for name in sorted(node.children):
            cls = flavoured(stems[node.children[name].path])[flavour.index]
            lines.append(f"    {_attribute(node, name)}: ``{cls}``")
    return docstring(lines, "    ")


def _attribute(node: Node, child: str) -> str:
    return child if child not in node.methods else f"{child}_"


def _klass(
    node: Node,
    flavour: Flavour,
    imports: Imports,
    stems: Mapping[tuple[str, ...], str],
    docs: Mapping[str, OperationDoc],
    *,
    lazy: bool,
) -> Klass:
    """The class of ``node`` in ``flavour`` (the root: a facade class); ``lazy``: its children
    live in their own modules (imported on first use)."""
    children = []
    for name in sorted(node.children):
        path = node.children[name].path
        cls = flavoured(stems[path])[flavour.index]
        children.append(
            Child(_attribute(node, name), cls, path[0] if lazy else "", f"``{'.'.join(path)}``: ``{cls}``.")
        )
        if lazy:
            imports.names[cls] = f"from .resources.{path[0]} import {cls}"
    methods = [
        method_of(
            node.methods[name][0],
            node.methods[name][1],
            flavour,
            imports,
            docs[node.methods[name][0].operation_id],
        )
        for name in sorted(node.methods)
    ]
    if not node.path:
        return Klass(ROOTS[flavour.index], "", "", children, methods)
    return Klass(
        flavoured(stems[node.path])[flavour.index],
        "_Resource",
        _resource_doc(node, flavour, stems),
        children,
        methods,
    )


def _classes(
    node: Node, imports: Imports, stems: Mapping[tuple[str, ...], str], docs: Mapping[str, OperationDoc]
) -> list[Klass]:
    """The four classes of ``node`` and of every resource under it, children first."""
    found: list[Klass] = []
    for flavour in FLAVOURS:
        found += _flavour_classes(node, flavour, imports, stems, docs)
    return found


def _flavour_classes(
    node: Node,
    flavour: Flavour,
    imports: Imports,
    stems: Mapping[tuple[str, ...], str],
    docs: Mapping[str, OperationDoc],
) -> list[Klass]:
    found: list[Klass] = []
    for name in sorted(node.children):
        found += _flavour_classes(node.children[name], flavour, imports, stems, docs)
    found.append(_klass(node, flavour, imports, stems, docs, lazy=False))
    return found


def _resource_paths(node: Node) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = [node.path] if node.path else []
    for name in sorted(node.children):
        found += _resource_paths(node.children[name])
    return found


def module_sources(
    tree: Node,
    placed: list[Placement],
    docs: Mapping[str, OperationDoc],
    operations: Mapping[str, str],
    package: str,
) -> dict[str, str]:
    """Package-relative path -> source of every module of the facade."""
    # Class names: in the order the resources first appear in the spec (a later one never
    # renames an earlier one), then any not reached that way (sorted).
    order: list[tuple[str, ...]] = []
    for placement in placed:
        order += [placement.resources[: i + 1] for i in range(len(placement.resources))]
    stems = class_stems([*order, *_resource_paths(tree)])
    files: dict[str, str] = {}
    modules: list[str] = []
    for top in sorted(tree.children):
        imports = Imports(depth=1)
        classes = _classes(tree.children[top], imports, stems, docs)
        clash = sorted({k.name for k in classes} & set(imports.names))
        if clash:  # a model of the API named like a resource class: one name, two meanings
            raise ValueError(f"facade: resources/{top}.py: {', '.join(clash)} is a class and a type it uses")
        files[f"resources/{top}.py"] = _module("resource.py.jinja", imports, classes, resource=top)
        modules.append(top)
    imports = Imports()
    roots = [_klass(tree, flavour, imports, stems, docs, lazy=True) for flavour in FLAVOURS]
    for flavour, root in zip(FLAVOURS, roots, strict=True):
        if not flavour.raw:
            root.raw = ROOTS[flavour.index + 2]
    files["facade.py"] = _module("facade.py.jinja", imports, roots)
    files["facade_operations.py"] = render("facade_operations.py.jinja", operations=operations)
    files["resources/__init__.py"] = render("resources_init.py.jinja", modules=modules, package=package)
    return files


def _module(template: str, imports: Imports, classes: list[Klass], **context: object) -> str:
    body = render("classes.py.jinja", classes=classes)
    checking = sorted(set(imports.names.values()))
    return render(
        template, checking=checking, body=body, uses=_uses(body), classes=classes, roots=classes, **context
    )


def _uses(body: str) -> dict[str, bool]:
    """Which of the runtime's names the rendered classes use (only those are imported)."""
    names = (
        "_AsyncPager",
        "_Pager",
        "_Resource",
        "_json_of",
        "_model_of",
        "_page_items",
        "_present",
        "_Response",
        "builtins.",
        "UNSET",
        "_Extra",
        "_Timeout",
        "_operation",
    )
    return {name.strip("_.").lower(): name in body for name in names}
