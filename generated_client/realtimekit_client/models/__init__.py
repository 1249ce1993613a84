"""Contains all the data models used in inputs/outputs (loaded lazily on first attribute access)"""

from __future__ import annotations

import importlib
import os
import sys
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    ExtensionFileLoader,
    FileFinder,
    ModuleSpec,
    SourceFileLoader,
    SourcelessFileLoader,
)
from typing import Any

# This file is the same however many models the API has: every operation module imports this
# package, so it runs no code per model. The models are listed in ._index (read on the first
# `from ... models import Name`); their types are in __init__.pyi, which type checkers and IDEs
# read instead of this file.


class _ModelFinder(FileFinder):
    """Python's finder for this folder, but a model's module is found by its file name (one
    ``stat``) instead of listing the folder first (about 50 ms for 20,000 models). Module names
    are lower case: any other name is left to Python's finder, which also checks the case of
    file names on file systems that ignore it."""

    def find_spec(self, fullname: str, target: Any = None) -> ModuleSpec | None:
        name = fullname.rpartition(".")[2]
        path = os.path.join(self.path, name + ".py")
        if name != name.lower() or not os.path.isfile(path):
            return super().find_spec(fullname, target)
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, path), origin=path)
        spec.has_location = True
        return spec


if os.path.isdir(__path__[0]) and __path__[0] not in sys.path_importer_cache:
    sys.path_importer_cache[__path__[0]] = _ModelFinder(
        __path__[0],
        (ExtensionFileLoader, EXTENSION_SUFFIXES),
        (SourceFileLoader, SOURCE_SUFFIXES),
        (SourcelessFileLoader, BYTECODE_SUFFIXES),
    )


def __getattr__(name: str) -> Any:
    from ._index import _MODELS

    value: Any
    if name == "__all__":
        value = tuple(sorted(_MODELS.split()[0::2]))
    else:
        start = _MODELS.find(f"\n{name} ") if name.isidentifier() else -1
        if start < 0:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        start += len(name) + 2
        module = importlib.import_module(_MODELS[start : _MODELS.index("\n", start)], __name__)
        value = getattr(module, name)
    globals()[name] = value  # kept: later lookups bypass __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__getattr__("__all__")})
