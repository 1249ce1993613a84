"""Readable, unique operationIds: the function and module names users will type.

Rule (also in docs/how-it-works.md): the summary in snake_case (ASCII letters and digits, other
characters become ``_``), or ``{method}_{path}`` when the summary has no letters or digits.
A name that starts with a digit gets ``op_`` in front; a Python keyword or builtin gets
``_op`` after (the generator would otherwise rename it). Names are cut to 80 characters at a
word boundary. The first operation (files sorted by name, operations in written order) keeps
the name; a later one with the same name gets ``_{tag}`` appended, then ``_2``, ``_3``, ...
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable

MAX_LENGTH = 80
_RESERVED = frozenset(dir(builtins)) | {"self", "true", "false", "datetime", "client", "body"}
_NON_WORD = re.compile(r"[^a-z0-9]+")


def snake_case(text: str) -> str:
    """``Fetch all meetings for an App`` -> ``fetch_all_meetings_for_an_app``."""
    text = re.sub(r"['\u2019]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    split_camel = re.sub(r"([a-z])([A-Z])", r"\1_\2", ascii_text)
    return _NON_WORD.sub("_", split_camel.lower()).strip("_")


def base_name(summary: str, method: str, path: str) -> str:
    """The operationId an operation asks for, before uniqueness is enforced."""
    name = snake_case(summary) or snake_case(f"{method} {path}")  # a method has letters: never ""
    if len(name) > MAX_LENGTH:
        name = name[:MAX_LENGTH].rsplit("_", 1)[0]
    if name[0].isdigit():
        name = f"op_{name}"
    if keyword.iskeyword(name) or name in _RESERVED:
        name = f"{name}_op"
    return name


def unique_names(requests: Iterable[tuple[str, str]]) -> list[str]:
    """Unique names for (wanted name, tag) pairs, in order; see the module docstring."""
    taken: set[str] = set()
    names: list[str] = []
    for wanted, tag in requests:
        name = wanted
        if name in taken:
            name = f"{wanted}_{snake_case(tag)}".rstrip("_")
        counter = 2
        stem = name
        while name in taken:
            name = f"{stem}_{counter}"
            counter += 1
        taken.add(name)
        names.append(name)
    return names
