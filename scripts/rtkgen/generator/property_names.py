"""Distinct, readable Python names for the properties of one model.

The generator names a property by snake-casing its wire name with every symbol dropped, so
``<=1y`` and ``>1y`` both become ``field_1y``, ``x%`` and ``x`` both ``x``. It then drops the
whole response. This project's rule (used by ``scripts/run_generator.py``):

1. a property whose generator name no other property of the model has keeps it;
2. of properties that share one, a property whose wire name is that Python name keeps it; the
   others are *respelled*: each symbol becomes a word (:data:`SYMBOL_WORDS`:
   ``<=1y`` -> ``le_1y``, ``>1y`` -> ``gt_1y``, ``x%`` -> ``x_pct``, ``+x`` -> ``plus_x``,
   ``-x`` -> ``minus_x``, ``a.b`` -> ``a_dot_b``, ``a-b`` -> ``a_minus_b``), any other
   character that cannot be in a name becomes ``u`` and its code point in hex, then the
   generator's snake case applies;
3. names still shared after that keep their letter case (``Foo`` and ``foo``);
4. and any still shared (or taken) get ``_2``, ``_3``, ... in the order of the model's properties.

No name is taken twice, and a name of rule 1 is never taken by rules 2-4. Wire names are not
changed: ``to_dict``/``from_dict`` use them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

# Longest first: "<=" before "<".
SYMBOL_WORDS: dict[str, str] = {
    "<=": "le",
    ">=": "ge",
    "!=": "ne",
    "==": "eq",
    "<": "lt",
    ">": "gt",
    "=": "eq",
    "+": "plus",
    "-": "minus",
    ".": "dot",
    "%": "pct",
    "/": "slash",
    "*": "star",
    "&": "and",
    "|": "or",
    "@": "at",
    "#": "hash",
    "$": "dollar",
    "!": "not",
    "~": "tilde",
    "^": "caret",
    ":": "colon",
    ",": "comma",
    "?": "q",
    "'": "quote",
    '"': "dquote",
}
_SYMBOL = re.compile("|".join(re.escape(symbol) for symbol in SYMBOL_WORDS))

Namer = Callable[[str], str]


def respell(wire_name: str) -> str:
    """``wire_name`` with every symbol as a word, words joined by one underscore (``<=1y`` ->
    ``le_1y``, ``a.b`` -> ``a_dot_b``); underscores the wire name has at its ends are kept."""
    words = _SYMBOL.sub(lambda match: f"_{SYMBOL_WORDS[match.group()]}_", wire_name)
    spelled = "".join(
        c if c.isidentifier() or c.isdecimal() or c in " _" else f"_u{ord(c):04x}_" for c in words
    )
    spelled = re.sub("_{2,}", "_", spelled)
    if not wire_name.startswith("_"):
        spelled = spelled.lstrip("_")
    if not wire_name.endswith("_"):
        spelled = spelled.rstrip("_")
    return spelled


def distinct_names(wire_names: Sequence[str], default: Namer, snake: Namer, keep_case: Namer) -> list[str]:
    """One Python name per wire name (unique wire names, in the model's order), all distinct.

    ``default`` is the generator's name for a wire name; ``snake`` and ``keep_case`` make a name
    of a respelled wire name, snake-cased or with its case kept (both the generator's rules).
    """
    first = [default(name) for name in wire_names]
    shared = Counter(first)
    names: dict[str, str] = {w: n for w, n in zip(wire_names, first, strict=True) if shared[n] == 1}
    taken = set(names.values())
    pending = [w for w in wire_names if w not in names]
    for w in pending:  # a wire name that is its own Python name keeps it (``a_b`` beside ``a.b``)
        if default(w) == w and w not in taken:
            names[w] = w
            taken.add(w)
    pending = [w for w in pending if w not in names]
    for variant in (snake, keep_case):
        proposals = {w: variant(respell(w)) for w in pending}
        counts = Counter(proposals.values())
        for w in pending:
            if counts[proposals[w]] == 1 and proposals[w] not in taken:
                names[w] = proposals[w]
                taken.add(proposals[w])
        pending = [w for w in pending if w not in names]
    for w in pending:
        stem = snake(respell(w))
        number = 2
        while f"{stem}_{number}" in taken:
            number += 1
        names[w] = f"{stem}_{number}"
        taken.add(names[w])
    return [names[w] for w in wire_names]
