"""The public Python API of two generated clients compared: what a user's code can feel.

griffe (``griffe.visit``) reads each module as source, without importing it, and
``griffe.find_breaking_changes`` finds what breaks a call: an argument removed, renamed, moved,
made required or keyword-only, a new required argument, a changed default, a function or class
removed. Its check leaves out types: griffe 2.4.1 treats any two return annotations as
compatible and compares no attribute annotation (both are TODOs in ``griffe/_internal/diff.py``),
so return types, argument types and model fields are compared here, on griffe's objects. A
return type that gains a member (a new status with a body) is breaking: code that handled every
case no longer does, and ``mypy --strict`` fails on it; an argument type that loses one is too.

Only the files whose bytes differ between the two clients are read (a file of the new client
that is a hard link to the old one's, as a sharded build makes them, is not even read), so a small change
of a large client costs little. What is compared, operation by operation (the pairs of the spec
comparison, ``compare.match_operations``):

- the four functions of the operation's module (``sync``, ``sync_detailed``, ``asyncio``,
  ``asyncio_detailed``), found by the route the module sends to, not by file name (a function
  name that now calls another operation is compared with the operation's old function);
- its facade methods (``rtk.webhooks.get``, the async class's, and their ``with_raw_response``
  forms), found by their facade names (``rtkgen.facade.naming``), in ``facade.py`` and
  ``resources/*.py`` read as a tree of modules (``FacadeTree``: ``ast`` finds each module's
  classes and the classes their properties return; griffe reads the classes that differ and
  those on the way to them, as one module); and the facade's public classes renamed
  (``facade class WebhooksResource renamed HooksResource``: a user's annotations name them);
- the model classes of changed model modules: renamed (a removed class and an added one of the
  same operation with the same suffix, or of the same fields), removed, added, and fields
  removed, added or retyped; ``Literal`` types (the enums) by their values;
- the package's other modules (the runtime), with griffe's check alone.
"""

from __future__ import annotations

import ast
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import griffe

from rtkgen.changes.compare import METHODS, Area, Key, Match, Subject
from rtkgen.core.openapi_common import operation_class
from rtkgen.facade.naming import names_by_spec
from rtkgen.generator.client_check import ENTRY_POINTS, request_target, route
from rtkgen.generator.client_files import MANIFEST

logging.getLogger("griffe").setLevel(logging.ERROR)  # griffe logs what it cannot resolve; we don't resolve

Document = Mapping[str, Any]
FACADE = "facade.py"
RESOURCES = "resources/"  # the facade's resource classes, one module per top-level resource
# Facade classes: the user's name for each (methods read ``rtk.webhooks.get``).
FACADE_ROOTS = {"RealtimeKit": "rtk", "AsyncRealtimeKit": "async rtk"}
_LINE_ENDS = re.compile(r"(?<=\n)|(?<=\r)(?!\n)")  # splits a text after each line's end
_GENERIC = re.compile(r"^([A-Za-z_][\w.]*)\[(.*)\]$", re.DOTALL)


@dataclass(frozen=True)
class PyChange:
    """One change of the Python API. ``key`` is the operation's (new key; the old one when it has
    no new one), None for a change of the package (a model used by several operations, a runtime
    module). ``subjects`` are what a user's code names (``sync``, ``rtk.webhooks.get``);
    ``subject`` and ``names`` what a change of the package is about (``compare.Subject``)."""

    key: Key | None
    area: Area
    description: str
    breaking: bool
    subjects: tuple[str, ...] = ()
    subject: Subject = Subject.OTHER
    names: tuple[str, ...] = ()


class _Line(NamedTuple):
    """One change of one function, before it is a ``PyChange`` of its operation."""

    function: str
    breaking: bool
    text: str
    area: Area
    subject: Subject = Subject.OTHER


@dataclass
class Clients:
    """The old and the new package folders (``.../realtimekit_client``) and what differs."""

    old: Path
    new: Path
    changed: set[str] = field(default_factory=set)  # package-relative posix paths of .py files
    _modules: dict[tuple[bool, str], griffe.Module] = field(default_factory=dict)

    def module(self, new: bool, relative: str) -> griffe.Module | None:
        """The module at ``relative`` of the new (or old) package, read by griffe; None if absent."""
        cached = self._modules.get((new, relative))
        if cached is not None:
            return cached
        source = (self.new if new else self.old) / relative
        if not source.is_file():
            return None
        dotted = ".".join(
            [source.parts[-len(Path(relative).parts) - 1], *Path(relative).with_suffix("").parts]
        )
        module = griffe.visit(dotted.removesuffix(".__init__"), source, source.read_text(encoding="utf-8"))
        self._modules[(new, relative)] = module
        return module


def package_folder(project: Path) -> Path | None:
    """The generated package inside the project folder ``project`` (the folder with ``api/``)."""
    found = sorted(p.parent.parent for p in project.glob("*/api/__init__.py"))
    return found[0] if len(found) == 1 else None


def changed_files(old: Path, new: Path) -> set[str]:
    """The ``.py`` files (relative to the package folders) that only one side has or that differ.
    Files of the same size are read only when they are not the same file (a shard cache link)."""
    olds, news = _python_files(old), _python_files(new)
    changed = set(olds) ^ set(news)
    for relative in set(olds) & set(news):
        a, b = os.stat(olds[relative]), os.stat(news[relative])
        if (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino):
            continue
        if a.st_size != b.st_size or Path(olds[relative]).read_bytes() != Path(news[relative]).read_bytes():
            changed.add(relative)
    return changed


def _not_generated(project: Path, package: Path) -> set[str]:
    """The package's ``.py`` files the client's manifest does not list (a user's own files,
    which regenerating keeps: ``rtkgen.generator.client_files``); none without a manifest."""
    manifest = project / MANIFEST
    if not manifest.is_file():
        return set()
    prefix = package.relative_to(project).as_posix() + "/"
    listed = {line.removeprefix(prefix) for line in manifest.read_text(encoding="utf-8").splitlines()}
    return set(_python_files(package)) - listed


def _python_files(package: Path) -> dict[str, str]:
    """Package-relative posix path -> path, of every ``.py`` file (os.walk: 24,000 files at scale)."""
    result: dict[str, str] = {}
    root = str(package)
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        prefix = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in files:
            if name.endswith(".py"):
                result[name if prefix == "." else f"{prefix}/{name}"] = os.path.join(folder, name)
    return result


def compare_clients(
    old_project: Path,
    new_project: Path,
    matches: Iterable[Match],
    old_doc: Document,
    new_doc: Document,
) -> list[PyChange] | None:
    """The Python API changes from the client in ``old_project`` to the one in ``new_project``
    (generated from ``old_doc`` and ``new_doc``; ``matches`` pairs their operations). None when
    ``old_project`` holds no generated package to compare with."""
    old, new = package_folder(old_project), package_folder(new_project)
    if old is None or new is None:
        return None
    yours = _not_generated(old_project, old) | _not_generated(new_project, new)
    clients = Clients(old, new, changed_files(old, new) - yours)
    if not clients.changed:
        return []
    pairs = [m for m in matches if m.old is not None and m.new is not None]
    models, renames = _model_changes(clients, pairs, old_doc, new_doc)
    renamed = _renamer(renames)
    found: list[PyChange] = []
    found += _endpoint_changes(clients, pairs, renamed)
    found += _facade_changes(clients, pairs, old_doc, new_doc, renamed)
    found += models
    found += _runtime_changes(clients)
    return _collapsed(found)


Renamer = Callable[[str], str]


def _renamer(renames: Mapping[str, str]) -> Renamer:
    """An old annotation in the new names of the renamed model types: a type that only refers
    to a renamed class did not change (the rename is listed once, as a rename)."""
    if not renames:
        return lambda text: text
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(name) for name in sorted(renames, key=len, reverse=True)) + r")\b"
    )
    return lambda text: pattern.sub(lambda match: renames[match.group(1)], text)


# --- endpoint modules ------------------------------------------------------------------------


def _endpoint_changes(clients: Clients, pairs: list[Match], renamed: Renamer) -> list[PyChange]:
    """The module functions of each operation pair whose module changed (a module that did not
    change sends to the same route on both sides, so both or neither are in the changed set)."""
    olds, news = _routes(clients, new=False), _routes(clients, new=True)
    found: list[PyChange] = []
    for match in pairs:
        assert match.old is not None and match.new is not None
        before = olds.get(route(match.old[1], match.old[0]))
        after = news.get(route(match.new[1], match.new[0]))
        old_module = clients.module(False, before) if before else None
        new_module = clients.module(True, after) if after else None
        if old_module is None or new_module is None:
            continue
        for line in _container_changes(old_module, new_module, renamed):
            found.append(
                PyChange(match.new, line.area, line.text, line.breaking, (line.function,), line.subject)
            )
    return found


def _routes(clients: Clients, *, new: bool) -> dict[tuple[str, str], str]:
    """(method, path shape) -> the changed endpoint module of one side that sends there."""
    result: dict[tuple[str, str], str] = {}
    package = clients.new if new else clients.old
    for relative in sorted(clients.changed):
        parts = relative.split("/")
        if len(parts) != 3 or parts[0] != "api" or parts[2] == "__init__.py":
            continue
        source = package / relative
        if source.is_file():
            method, path = request_target(ast.parse(source.read_text(encoding="utf-8")))
            if method:
                result[route(method, path)] = relative
    return result


# --- the facade ------------------------------------------------------------------------------


def _facade_changes(
    clients: Clients,
    pairs: list[Match],
    old_doc: Document,
    new_doc: Document,
    renamed: Renamer,
) -> list[PyChange]:
    """The facade methods of each operation whose facade name stayed (a renamed one is a spec
    change, ``facade method renamed``). The names are worked out only when the facade changed."""
    if not any(is_facade(relative) for relative in clients.changed):
        return []
    sides = FacadeTree(clients.old), FacadeTree(clients.new)
    if not (sides[0].exists() and sides[1].exists()):
        return []
    sources = _changed_facade_sources(sides, {r for r in clients.changed if is_facade(r)})
    if sources is None:
        return []
    old_module = griffe.visit("facade", clients.old / FACADE, sources[0])
    new_module = griffe.visit("facade", clients.new / FACADE, sources[1])
    found: list[PyChange] = _class_renames(old_module, new_module)
    names = names_by_spec(old_doc), names_by_spec(new_doc)
    return found + _facade_method_changes(old_module, new_module, pairs, names, renamed)


def _facade_method_changes(
    old_module: griffe.Module,
    new_module: griffe.Module,
    pairs: list[Match],
    names: tuple[Mapping[Key, str], Mapping[Key, str]],
    renamed: Renamer,
) -> list[PyChange]:
    """The changes of the facade methods (every flavour: ``rtk``, ``async rtk``, raw) of each
    operation pair whose facade name (``names``: old, new) is the same on both sides."""
    olds, news = dict(_facade_methods(old_module)), dict(_facade_methods(new_module))
    by_name: dict[str, list[str]] = {}
    for path in olds:
        by_name.setdefault(_facade_name(path), []).append(path)
    breakages: dict[tuple[str, str], dict[str, list[griffe.Breakage]]] = {}
    found: list[PyChange] = []
    for match in pairs:
        assert match.old is not None and match.new is not None
        name = names[0].get(match.old)
        if name is None or name != names[1].get(match.new):
            continue
        for path in by_name.get(name, []):
            before, after = olds[path], news.get(path)
            if after is None or before.parent is None or after.parent is None:
                continue
            owners = (before.parent.path, after.parent.path)
            if owners not in breakages:
                breakages[owners] = _breakages(before.parent, after.parent)
            for line in _function_pair_changes(before, after, breakages[owners].get(after.path, []), renamed):
                found.append(PyChange(match.new, line.area, line.text, line.breaking, (path,), line.subject))
    return found


def is_facade(relative: str) -> bool:
    """Whether the package-relative file is the facade's (``facade.py``, ``resources/*.py``)."""
    return relative == FACADE or (relative.startswith(RESOURCES) and relative.count("/") == 1)


@dataclass(frozen=True)
class FacadeClass:
    """A top-level class of a facade module, as ``ast`` reads it: its source (decorators
    included) and the classes its properties return (``rtk.webhooks`` -> ``WebhooksResource``)."""

    source: str
    children: tuple[str, ...]


def facade_classes(source: str) -> dict[str, FacadeClass]:
    """The top-level classes of one facade module's ``source``, by name, in their order."""
    lines = _LINE_ENDS.split(source)  # as ast counts lines (str.splitlines also splits at \f, \u2028...)
    result: dict[str, FacadeClass] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            start = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
            text = "".join(lines[start - 1 : node.end_lineno])
            result[node.name] = FacadeClass(text, tuple(_property_classes(node)))
    return result


def _property_classes(node: ast.ClassDef) -> Iterator[str]:
    """The class names a class's properties are annotated to return (``-> X`` or ``-> "X"``)."""
    for item in node.body:
        if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if not any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list):
            continue
        returns = item.returns
        if isinstance(returns, ast.Name):
            yield returns.id
        elif isinstance(returns, ast.Constant) and isinstance(returns.value, str):
            yield returns.value


class FacadeTree:
    """The facade of one package as a tree of modules (``facade.py``, ``resources/*.py``), each
    read by ``ast`` when first asked for: the facade of a large spec is about 400,000 lines
    (seconds to parse), and a change touches a few of its modules. Class names are unique
    across the modules (``rtkgen.facade.naming.class_stems``)."""

    def __init__(self, package: Path) -> None:
        self.package = package
        self._classes: dict[str, dict[str, FacadeClass]] = {}

    def exists(self) -> bool:
        """Whether the package has a facade (``facade.py``)."""
        return (self.package / FACADE).is_file()

    def modules(self) -> list[str]:
        """The package-relative paths of the facade's modules: ``facade.py``, then each resource's."""
        folder = self.package / RESOURCES
        found = (
            sorted(p.name for p in folder.glob("*.py") if p.name != "__init__.py") if folder.is_dir() else []
        )
        return [FACADE, *(f"{RESOURCES}{name}" for name in found)]

    def classes(self, relative: str) -> dict[str, FacadeClass]:
        """The classes of the facade module ``relative`` (none when this side lacks it)."""
        if relative not in self._classes:
            source = self.package / relative
            text = source.read_text(encoding="utf-8") if source.is_file() else ""
            self._classes[relative] = facade_classes(text)
        return self._classes[relative]

    def read(self, modules: Iterable[str]) -> dict[str, FacadeClass]:
        """The classes of ``modules``, in the order of ``self.modules()`` then the others'."""
        wanted = set(modules)
        order = [m for m in self.modules() if m in wanted] + sorted(wanted - set(self.modules()))
        return {name: cls for module in order for name, cls in self.classes(module).items()}


def _changed_facade_sources(
    sides: tuple[FacadeTree, FacadeTree], changed: set[str]
) -> tuple[str, str] | None:
    """The sources griffe reads of each side's facade (``_facade_sources``), from the modules
    that differ and ``facade.py`` (the roots: resource modules hang from them); every module
    when a changed class hangs from a class of another module."""
    read = {FACADE, *changed}
    olds, news = sides[0].read(read), sides[1].read(read)
    if not (_rooted(olds, news) and _rooted(news, olds)):
        every = set(sides[0].modules()) | set(sides[1].modules()) | read
        olds, news = sides[0].read(every), sides[1].read(every)
    return _facade_sources(olds, news)


def _rooted(classes: Mapping[str, FacadeClass], other: Mapping[str, FacadeClass]) -> bool:
    """Whether each class of ``classes`` that differs from ``other`` hangs, property after
    property, from a facade client class (``FACADE_ROOTS``) among ``classes``."""
    parents = _parents(classes)
    for name in classes:
        if classes[name] == other.get(name):
            continue
        seen = set()
        while name in parents and name not in seen:
            seen.add(name)
            name = parents[name]
        if name not in FACADE_ROOTS:
            return False
    return True


def _parents(classes: Mapping[str, FacadeClass]) -> dict[str, str]:
    """Class name -> the first class with a property that returns it."""
    parents: dict[str, str] = {}
    for name, cls in classes.items():
        for child in cls.children:
            parents.setdefault(child, name)
    return parents


def _facade_sources(
    olds: Mapping[str, FacadeClass], news: Mapping[str, FacadeClass]
) -> tuple[str, str] | None:
    """The facade's classes that differ, and those on the way to them from the facade classes
    (through their properties), of each side, as one source each: griffe reads these only. The
    facade of a large spec is about 400,000 lines (5 s to read with griffe); a change touches a
    few classes. None when no class differs."""
    changed = {name for name in olds.keys() | news.keys() if olds.get(name) != news.get(name)}
    if not changed:
        return None

    def reduced(classes: Mapping[str, FacadeClass]) -> str:
        parents = _parents(classes)
        kept: set[str] = set()
        for name in changed:
            while name in classes and name not in kept:
                kept.add(name)
                name = parents.get(name, "")
        return "\n\n".join(cls.source for name, cls in classes.items() if name in kept)

    return reduced(olds), reduced(news)


def _facade_name(path: str) -> str:
    """``"async rtk.with_raw_response.webhooks.get"`` -> ``"webhooks.get"`` (rtkgen.facade.naming's name)."""
    rest = path.split(".", 1)[1]
    return rest.removeprefix("with_raw_response.")


def _class_renames(old: griffe.Module, new: griffe.Module) -> list[PyChange]:
    """The facade's public classes (``MeetingParticipantsResource``: a user's annotations name
    them) whose resource (``rtk.meetings.participants``) is there on both sides under another
    class name: breaking, like a function renamed."""
    before, after = dict(_facade_classes(old)), dict(_facade_classes(new))
    return [
        PyChange(None, Area.NAMES, f"facade class {name} renamed {after[path]}", True, (path,))
        for path, name in before.items()
        if path in after and after[path] != name
    ]


def _facade_classes(module: griffe.Module) -> Iterator[tuple[str, str]]:
    """``("rtk.meetings", "MeetingsResource")`` for every class reachable from the facade's
    clients through their properties."""
    classes = {name: obj for name, obj in module.members.items() if isinstance(obj, griffe.Class)}

    def walk(cls: griffe.Object, prefix: str, seen: frozenset[str]) -> Iterator[tuple[str, str]]:
        for name, member in cls.members.items():
            if member.is_alias or name.startswith("_") or not isinstance(member, griffe.Attribute):
                continue
            target = str(member.annotation or "")
            if "property" in member.labels and target in classes and target not in seen:
                yield f"{prefix}.{name}", target
                yield from walk(classes[target], f"{prefix}.{name}", seen | {target})

    for root, shown in FACADE_ROOTS.items():
        if root in classes:
            yield from walk(classes[root], shown, frozenset({root}))


def _facade_methods(module: griffe.Module) -> Iterator[tuple[str, griffe.Function]]:
    """``("rtk.webhooks.get", method)`` for every method reachable from the facade classes
    through their properties (``rtk.webhooks``, ``rtk.with_raw_response.webhooks``)."""
    classes = {name: obj for name, obj in module.members.items() if isinstance(obj, griffe.Class)}

    def walk(cls: griffe.Object, prefix: str, seen: frozenset[str]) -> Iterator[tuple[str, griffe.Function]]:
        for name, member in cls.members.items():
            if member.is_alias or name.startswith("_"):
                continue
            if isinstance(member, griffe.Function):
                yield f"{prefix}.{name}", member
            elif isinstance(member, griffe.Attribute) and "property" in member.labels:
                target = str(member.annotation or "")
                if target in classes and target not in seen:
                    yield from walk(classes[target], f"{prefix}.{name}", seen | {target})

    for root, shown in FACADE_ROOTS.items():
        if root in classes:
            yield from walk(classes[root], shown, frozenset({root}))


# --- signatures ------------------------------------------------------------------------------


def _container_changes(old: griffe.Module, new: griffe.Module, renamed: Renamer) -> list[_Line]:
    """(function name, breaking, text, area) for the operation functions of two modules."""
    breakages = _breakages(old, new)
    found: list[_Line] = []
    for name in ENTRY_POINTS:
        before, after = old.members.get(name), new.members.get(name)
        if not isinstance(before, griffe.Function):
            continue
        if not isinstance(after, griffe.Function):
            found.append(_Line(name, True, f"function {name} removed", Area.NAMES))
            continue
        found += _function_pair_changes(before, after, breakages.get(after.path, []), renamed)
    return found


def _breakages(old: griffe.Object, new: griffe.Object) -> dict[str, list[griffe.Breakage]]:
    """griffe's breaking changes between two modules or classes, by the path of the object they
    are about (a function's: ``pkg.api.x.op.sync``). By path, not by name: a method ``sync`` of
    a class in the module (or one removed) is not the function ``sync``."""
    result: dict[str, list[griffe.Breakage]] = {}
    for breakage in griffe.find_breaking_changes(old, new):
        result.setdefault(breakage.obj.path, []).append(breakage)
    return result


def _function_pair_changes(
    old: griffe.Function, new: griffe.Function, breakages: list[griffe.Breakage], renamed_types: Renamer
) -> list[_Line]:
    """The changes of one function: griffe's ``breakages`` of it, worded (a removed argument
    whose place a new one took is a rename), then what griffe does not check: argument and
    return types, optional arguments added."""
    old_names = [p.name for p in old.parameters]
    new_names = [p.name for p in new.parameters]
    renamed: dict[str, griffe.Parameter] = {}
    for index, parameter in enumerate(old.parameters):
        if parameter.name in new_names or index >= len(new_names):
            continue
        successor = new.parameters[index]
        if successor.name not in old_names and _positional(successor) == _positional(parameter):
            renamed[parameter.name] = successor
    found: list[_Line] = []
    for breakage in breakages:
        found += _worded(breakage, renamed)
    for name, successor in renamed.items():
        if old.parameters[name].kind is griffe.ParameterKind.positional_only:
            words = f"argument {name} renamed {successor.name} (positional only: calls are unaffected)"
            found.append(_Line(new.name, False, words, Area.REQUEST))
    for before in old.parameters:
        after_name = renamed[before.name].name if before.name in renamed else before.name
        if after_name not in new_names:
            continue
        after = new.parameters[after_name]
        old_type = renamed_types(str(before.annotation or ""))
        change = _type_change(old_type, str(after.annotation or ""), returned=False)
        if change is not None:
            found.append(_Line(new.name, change[0], f"argument {after.name} type {change[1]}", Area.REQUEST))
    successors = {p.name for p in renamed.values()}
    for parameter in new.parameters:
        if parameter.name not in old_names and parameter.name not in successors and not parameter.required:
            found.append(_Line(new.name, False, f"argument {parameter.name} added (optional)", Area.REQUEST))
    if old.returns is not None:
        change = _type_change(renamed_types(str(old.returns)), str(new.returns or ""), returned=True)
        if change is not None:
            found.append(_Line(new.name, change[0], f"return type {change[1]}", Area.RESPONSE))
    return found


def _positional(parameter: griffe.Parameter) -> bool:
    return parameter.kind in (
        griffe.ParameterKind.positional_only,
        griffe.ParameterKind.positional_or_keyword,
    )


def _worded(breakage: griffe.Breakage, renamed: Mapping[str, griffe.Parameter]) -> list[_Line]:
    """A griffe breakage in the report's words (all breaking; a positional rename is not)."""
    kind, name = breakage.kind, breakage.obj.name
    old, new = breakage.old_value, breakage.new_value
    kinds = griffe.BreakageKind
    if kind is kinds.PARAMETER_REMOVED:
        if old.name in renamed:
            if old.kind is griffe.ParameterKind.positional_only:
                return []  # listed as a positional rename, not breaking
            words = f"argument {old.name} renamed {renamed[old.name].name}"
            return [_Line(name, True, words, Area.REQUEST, Subject.ARGUMENT_RENAMED)]
        return [_Line(name, True, f"argument {old.name} removed", Area.REQUEST)]
    if kind is kinds.PARAMETER_ADDED_REQUIRED:
        if new.name in {p.name for p in renamed.values()}:
            return []
        return [_Line(name, True, f"required argument {new.name} added", Area.REQUEST)]
    if kind is kinds.PARAMETER_CHANGED_REQUIRED:
        return [_Line(name, True, f"argument {old.name} became required", Area.REQUEST)]
    if kind is kinds.PARAMETER_CHANGED_KIND:
        return [
            _Line(
                name,
                True,
                f"argument {old.name} is now {new.kind.value} (was {old.kind.value})",
                Area.REQUEST,
            )
        ]
    if kind is kinds.PARAMETER_CHANGED_DEFAULT:
        return [
            _Line(name, True, f"argument {old.name} default {old.default} -> {new.default}", Area.REQUEST)
        ]
    if kind is kinds.PARAMETER_MOVED:
        return [_Line(name, True, f"argument {old.name} moved ({breakage.details})", Area.REQUEST)]
    if kind is kinds.RETURN_CHANGED_TYPE:
        return [_Line(name, True, f"return type {old} -> {new}", Area.RESPONSE)]
    if kind is kinds.OBJECT_REMOVED:
        return [_Line(name, True, f"{name} removed", Area.NAMES)]
    return [_Line(name, True, f"{kind.value}: {old} -> {new}", Area.REQUEST)]


def _union(annotation: str) -> tuple[str, frozenset[str]]:
    """``"Response[A | B]"`` -> ``("Response", {"A", "B"})``; ``"A | None"`` -> ``("", {"A", "None"})``."""
    text = annotation.strip()
    match = _GENERIC.match(text)
    head = ""
    if match and _balanced(match.group(2)):
        head, text = match.group(1), match.group(2)
    return head, frozenset(_top_level(text, "|"))


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _top_level(text: str, separator: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"[": 1, "]": -1, "(": 1, ")": -1}.get(char, 0)
        if char == separator and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [part for part in parts if part]


def _type_change(old: str, new: str, *, returned: bool) -> tuple[bool, str] | None:
    """(breaking, words) for an annotation change, or None. A returned type may lose members
    (callers handle fewer cases), an argument's may gain some; the rest is breaking."""
    if old == new:
        return None
    (old_head, olds), (new_head, news) = _union(old), _union(new)
    if old_head != new_head or not (olds & news):
        return True, f"{old or 'none'} -> {new or 'none'}"
    gained, lost = sorted(news - olds), sorted(olds - news)
    words = [f"now also {' | '.join(gained)}"] if gained else []
    words += [f"no longer {' | '.join(lost)}"] if lost else []
    return (bool(gained) if returned else bool(lost)), "; ".join(words)


# --- models ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Type:
    """A public class or ``Literal`` type of a model module."""

    name: str
    literal: bool
    members: Mapping[str, str]  # field -> annotation (a class), value -> "" (a Literal)


def _model_types(clients: Clients, *, new: bool) -> dict[str, _Type]:
    """The types of one side's changed model modules, by name."""
    result: dict[str, _Type] = {}
    for relative in sorted(clients.changed):
        if not relative.startswith("models/") or relative == "models/__init__.py":
            continue
        module = clients.module(new, relative)
        if module is None:
            continue
        for name, member in module.members.items():
            if member.is_alias or name.startswith("_"):
                continue
            if isinstance(member, griffe.Class):
                fields = {
                    n: str(m.annotation or "")
                    for n, m in member.members.items()
                    if isinstance(m, griffe.Attribute) and "property" in m.labels and not n.startswith("_")
                }
                result[name] = _Type(name, False, fields)
            elif isinstance(member, griffe.Attribute) and str(member.value or "").startswith("Literal["):
                values = _top_level(str(member.value)[len("Literal[") : -1], ",")
                result[name] = _Type(name, True, {value: "" for value in values})
    return result


def _model_changes(
    clients: Clients, pairs: list[Match], old_doc: Document, new_doc: Document
) -> tuple[list[PyChange], dict[str, str]]:
    """Model types renamed, removed, added, and their fields (see the module doc); and the
    renames (old name -> new name)."""
    olds, news = _model_types(clients, new=False), _model_types(clients, new=True)
    old_owners, new_owners = _owners(old_doc), _owners(new_doc)
    successor = {m.old: m.new for m in pairs}
    removed = [olds[n] for n in sorted(set(olds) - set(news))]
    added = [news[n] for n in sorted(set(news) - set(olds))]
    found: list[PyChange] = []
    pairs_found = _renames(removed, added, old_owners, new_owners, successor)
    renames = {before.name: after.name for before, after in pairs_found}
    renamed = _renamer(renames)
    for before, after in pairs_found:
        key = _owner(after.name, new_owners)
        words = f"model renamed {before.name} -> {after.name}"
        found.append(_package(key, words, True, Subject.MODEL_RENAMED, before.name, after.name))
        found += _member_changes(before, after, key, renamed)
        removed.remove(before)
        added.remove(after)
    for gone in removed:
        old_key = _owner(gone.name, old_owners)
        key = successor.get(old_key, old_key) if old_key else None
        found.append(_package(key, f"model {gone.name} removed", True, Subject.MODEL, gone.name))
    for new in added:
        owner = _owner(new.name, new_owners)
        found.append(_package(owner, f"model {new.name} added", False, Subject.MODEL, new.name))
    for name in sorted(set(olds) & set(news)):
        found += _member_changes(olds[name], news[name], _owner(name, new_owners), renamed)
    return found, renames


def _package(key: Key | None, words: str, breaking: bool, subject: Subject, *names: str) -> PyChange:
    """A change of the package's models, with what it is about as data (see ``Subject``)."""
    return PyChange(key, Area.PACKAGE, words, breaking, subject=subject, names=names)


def _member_changes(old: _Type, new: _Type, key: Key | None, renamed: Renamer) -> list[PyChange]:
    found: list[PyChange] = []
    if old.literal or new.literal:
        for value in sorted(set(old.members) - set(new.members)):
            words = f"model {new.name}: value {value} removed"
            found.append(_package(key, words, True, Subject.VALUE_REMOVED, value))
        for value in sorted(set(new.members) - set(old.members)):
            found.append(
                _package(key, f"model {new.name}: value {value} added", False, Subject.VALUE_ADDED, value)
            )
        return found
    for name in sorted(set(old.members) - set(new.members)):
        found.append(_package(key, f"model {new.name}: field {name} removed", True, Subject.FIELD, name))
    for name in sorted(set(new.members) - set(old.members)):
        words = f"model {new.name}: field {name} added ({new.members[name]})"
        found.append(_package(key, words, False, Subject.FIELD, name))
    for name in sorted(set(old.members) & set(new.members)):
        if renamed(old.members[name]) != new.members[name]:
            words = f"model {new.name}: field {name} retyped {old.members[name]} -> {new.members[name]}"
            found.append(_package(key, words, True, Subject.FIELD, name))
    return found


def _owners(document: Document) -> dict[str, Key]:
    """Class-name prefix of each operation (``FetchDetailsOfAWebhook``, from its operationId:
    the generator names an operation's inline models after it) -> the operation's key."""
    result: dict[str, Key] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and operation.get("operationId"):
                result[operation_class(operation["operationId"])] = (str(path), method)
    return result


def _owner(name: str, owners: Mapping[str, Key]) -> Key | None:
    """The operation a model class is named after (the longest prefix), or None (shared)."""
    best = max((prefix for prefix in owners if name.startswith(prefix)), key=len, default=None)
    return owners[best] if best is not None else None


def _renames(
    removed: list[_Type],
    added: list[_Type],
    old_owners: Mapping[str, Key],
    new_owners: Mapping[str, Key],
    successor: Mapping[Key | None, Key | None],
) -> list[tuple[_Type, _Type]]:
    """Removed and added types that are one type renamed: of one operation (matched) with the
    same name after the operation's prefix, else the only two with the same fields or values."""
    pairs: list[tuple[_Type, _Type]] = []
    taken: set[str] = set()

    def suffix(name: str, owners: Mapping[str, Key]) -> tuple[Key | None, str]:
        key = _owner(name, owners)
        prefix = max((p for p in owners if owners[p] == key and name.startswith(p)), key=len, default="")
        return key, name[len(prefix) :]

    by_suffix = {suffix(t.name, new_owners): t for t in added}
    for before in removed:
        old_key, rest = suffix(before.name, old_owners)
        if old_key is None:
            continue
        after = by_suffix.get((successor.get(old_key), rest))
        if after is not None and after.literal == before.literal and after.name not in taken:
            pairs.append((before, after))
            taken.add(after.name)
    paired = {b.name for b, _ in pairs}
    shapes: dict[tuple[bool, frozenset[str], Key | None], list[_Type]] = {}
    for after in added:
        if after.name not in taken:
            shapes.setdefault(
                (after.literal, frozenset(after.members), _owner(after.name, new_owners)), []
            ).append(after)
    groups: dict[tuple[bool, frozenset[str], Key | None], list[_Type]] = {}
    for before in removed:
        if before.name not in paired:
            old_key = _owner(before.name, old_owners)
            shape = (before.literal, frozenset(before.members), successor.get(old_key) if old_key else None)
            groups.setdefault(shape, []).append(before)
    for shape, befores in groups.items():
        afters = shapes.get(shape, [])
        if len(befores) == 1 and len(afters) == 1 and shape[1]:
            pairs.append((befores[0], afters[0]))
    return pairs


# --- the rest of the package -----------------------------------------------------------------


def _runtime_changes(clients: Clients) -> list[PyChange]:
    """griffe's breakages of the package's other modules (the runtime: client, errors, types...)."""
    found: list[PyChange] = []
    for relative in sorted(clients.changed):
        if relative.startswith(("api/", "models/")) or is_facade(relative):
            continue
        old, new = clients.module(False, relative), clients.module(True, relative)
        if old is None:
            continue
        dotted = old.path
        if new is None:
            found.append(PyChange(None, Area.PACKAGE, f"module {dotted} removed", True))
            continue
        for breakage in griffe.find_breaking_changes(old, new):
            text = breakage.explain(griffe.ExplanationStyle.MARKDOWN).removeprefix("- ").replace("`", "")
            found.append(PyChange(None, Area.PACKAGE, f"module {dotted}: {text}", True))
    return found


def _collapsed(changes: list[PyChange]) -> list[PyChange]:
    """One change for each (operation, area, words, class), naming every subject that shows it."""
    merged: dict[tuple[Key | None, Area, str, bool], tuple[PyChange, list[str]]] = {}
    for change in changes:
        _, subjects = merged.setdefault(
            (change.key, change.area, change.description, change.breaking), (change, [])
        )
        subjects += [s for s in change.subjects if s not in subjects]
    return [replace(first, subjects=tuple(subjects)) for first, subjects in merged.values()]
