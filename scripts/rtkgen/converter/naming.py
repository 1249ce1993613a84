"""Readable, unique operationIds: the function and module names users will type.

Rule (also in docs/how-it-works.md): the summary in snake_case (ASCII letters and digits, other
characters become ``_``), or ``{method}_{path}`` when the summary has no letters or digits.
A name that starts with a digit gets ``op_`` in front; a Python keyword or builtin gets
``_op`` after (the generator would otherwise rename it). Names are cut to 80 characters at a
word boundary. The first operation (files sorted by name, operations in written order) keeps
the name; a later one with the same name gets ``_{tag}`` appended, then ``_2``, ``_3``, ...

Names stay put: an operation the previous spec published (same method, same path whatever its
parameters are called) keeps the name it had there, as long as that name is still one this rule
could give it (its summary, hence its wanted name, is unchanged). Those names are taken first;
the other operations, newcomers included, are then named in order as above, so a newcomer that
collides takes the suffix, and an operation that loses its rival keeps its suffix.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable, Sequence

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


def could_be(name: str, wanted: str, tag: str) -> bool:
    """Whether ``unique_names`` could give ``name`` to an operation that wants ``wanted`` and
    has ``tag``: ``wanted`` itself, or with its ``_{tag}`` and/or ``_{n}`` suffix."""
    if name == wanted:
        return True
    if not name.startswith(f"{wanted}_"):
        return False
    rest, suffix = name[len(wanted) + 1 :], snake_case(tag)
    if suffix and rest == suffix:
        return True
    if suffix and rest.startswith(f"{suffix}_"):
        rest = rest[len(suffix) + 1 :]
    return rest.isascii() and rest.isdigit()


def unique_names(pairs: Iterable[tuple[str, str]], previous: Sequence[str | None] | None = None) -> list[str]:
    """Unique names for (wanted name, tag) pairs, in order; ``previous[i]`` is the name the
    previous spec gave pair ``i`` (None: a newcomer). See the module docstring."""
    requests = list(pairs)
    kept = _kept_names(requests, previous or [None] * len(requests))
    taken: set[str] = {name for name in kept if name is not None}
    names: list[str] = []
    for (wanted, tag), keep in zip(requests, kept, strict=True):
        if keep is not None:
            names.append(keep)
            continue
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


def _kept_names(requests: Sequence[tuple[str, str]], previous: Sequence[str | None]) -> list[str | None]:
    """The previous name of each request that keeps it (still one it could get, and not kept by
    an earlier request already), else None."""
    taken: set[str] = set()
    kept: list[str | None] = []
    for (wanted, tag), name in zip(requests, previous, strict=True):
        if name is not None and name not in taken and could_be(name, wanted, tag):
            taken.add(name)
            kept.append(name)
        else:
            kept.append(None)
    return kept
