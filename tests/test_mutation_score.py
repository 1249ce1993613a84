"""mutation/score.py: the score with and without the survivors judged equivalent, and the list
mutation/equivalent.md (every entry names a mutant of a module whose names it can trust)."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from conftest import ROOT


def load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_score", ROOT / "mutation" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = load_score()
STATS = {"killed": 90, "timeout": 2, "total": 100, "skipped": 0, "survived": 7, "no_tests": 1}
RESULTS = """
    a.f__mutmut_1: survived
    a.f__mutmut_2: timeout
    a.xǁCǁm__mutmut_3: survived
    b.g__mutmut_4: no tests
    b.g__mutmut_5: survived
"""
LISTED = """
| mutant | change | why |
| --- | --- | --- |
| `a.f__mutmut_1` | x -> y | never read |
| `b.g__mutmut_5` | 1 -> 2 | same result |
| `b.g__mutmut_9` | gone | killed since |
Text that names `a.f__mutmut_7` outside a table row is no entry.
"""


def test_the_list_is_read_from_the_first_cell_of_table_rows() -> None:
    assert SCORE.judged_equivalent(LISTED) == ["a.f__mutmut_1", "b.g__mutmut_5", "b.g__mutmut_9"]


def test_survivors_are_the_survived_and_the_untested() -> None:
    assert SCORE.surviving(RESULTS) == [
        "a.f__mutmut_1",
        "a.xǁCǁm__mutmut_3",
        "b.g__mutmut_4",
        "b.g__mutmut_5",
    ]


def test_the_report_gives_both_scores_and_names_stale_entries() -> None:
    lines = SCORE.report(STATS, SCORE.surviving(RESULTS), SCORE.judged_equivalent(LISTED))
    assert lines[-1] == (
        "score: 92.0%; excluding 2 mutants judged equivalent (mutation/equivalent.md): 92/98 = 93.9%"
    )
    assert lines[-2].startswith("mutation score: 92/100 = 92.0% killed (")
    assert "  a.f__mutmut_1 *" in lines and "  b.g__mutmut_4" in lines
    assert lines[lines.index("listed in equivalent.md but not surviving (killed now, or renamed):") + 1] == (
        "  b.g__mutmut_9"
    )


def test_every_listed_mutant_is_of_a_mutated_module() -> None:
    """The list holds mutants of the modules ``make mutation`` mutates (mutation/pyproject.toml's
    ``source_paths``: the converter, the change report, the runtime's retry and pagination), each once."""
    listed = SCORE.judged_equivalent((ROOT / "mutation" / "equivalent.md").read_text(encoding="utf-8"))
    assert listed, "mutation/equivalent.md lists no mutant"
    assert len(listed) == len(set(listed)), "a mutant is listed twice"
    mutated = ("docs2openapi.", "apichanges.", "realtimekit_client.retry.", "realtimekit_client.pagination.")
    assert all(name.startswith(mutated) for name in listed), [n for n in listed if not n.startswith(mutated)]
