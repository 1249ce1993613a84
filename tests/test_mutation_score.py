"""mutation/score.py: the score with and without the survivors judged equivalent, and the list
mutation/equivalent.md (every entry names a mutant of a module whose names it can trust)."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from types import ModuleType

import pytest

from conftest import ROOT


def load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_score", ROOT / "mutation" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


SCORE = load_score()
RESULTS = """
    a.x_f__mutmut_1: survived
    a.x_f__mutmut_2: timeout
    a.x_f__mutmut_3: killed
    a.xǁCǁm__mutmut_3: survived
    b.c.x_g__mutmut_4: no tests
    b.c.x_g__mutmut_5: survived
    b.c.x_g__mutmut_6: killed
    b.c.x_g__mutmut_7: not checked
    b.c.x_g__mutmut_8: caught by type check
"""
LISTED = """
| mutant | change | why |
| --- | --- | --- |
| `a.x_f__mutmut_1` | x -> y | never read |
| `b.c.x_g__mutmut_5` | 1 -> 2 | same result |
| `b.c.x_g__mutmut_9` | gone | killed since |
Text that names `a.x_f__mutmut_7` outside a table row is no entry.
"""


def test_the_list_is_read_from_the_first_cell_of_table_rows() -> None:
    assert SCORE.judged_equivalent(LISTED) == ["a.x_f__mutmut_1", "b.c.x_g__mutmut_5", "b.c.x_g__mutmut_9"]


def test_a_survivor_the_recheck_killed_counts_as_killed() -> None:
    by_name = SCORE.statuses(RESULTS)
    verdicts = {
        "a.x_f__mutmut_1": "killed",
        "a.xǁCǁm__mutmut_3": "survived",
        "b.c.x_g__mutmut_4": "timeout",
        "b.c.x_g__mutmut_5": "error",
        "b.c.x_g__mutmut_7": "killed",  # not checked by mutmut: stays so
    }
    rechecked = SCORE.with_recheck(by_name, verdicts)
    changed = {name: status for name, status in rechecked.items() if status != by_name[name]}
    assert changed == {"a.x_f__mutmut_1": "killed", "b.c.x_g__mutmut_4": "killed"}
    assert list(rechecked) == list(by_name)


def test_survivors_are_the_survived_and_the_untested() -> None:
    assert SCORE.surviving(RESULTS) == [
        "a.x_f__mutmut_1",
        "a.xǁCǁm__mutmut_3",
        "b.c.x_g__mutmut_4",
        "b.c.x_g__mutmut_5",
    ]


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("rtkgen.shapes.merge.x_merge__mutmut_1", "rtkgen.shapes.merge"),
        ("rtkgen.overlays.apply.x_apply__mutmut_12", "rtkgen.overlays.apply"),
        ("realtimekit_client.retry.xǁRetryǁwait__mutmut_3", "realtimekit_client.retry"),
        ("rtkgen.changes.python_api.xǁClientsǁmodule__mutmut_20", "rtkgen.changes.python_api"),
        ("rtkgen.facade.naming.x__x_name__mutmut_2", "rtkgen.facade.naming"),
    ],
)
def test_a_mutant_belongs_to_the_module_before_its_mangled_function(name: str, module: str) -> None:
    assert SCORE.module_of(name) == module


def test_each_module_is_counted_by_outcome() -> None:
    rows = SCORE.tallies(SCORE.statuses(RESULTS), SCORE.judged_equivalent(LISTED))
    counted = [(r.module, r.mutants, r.killed, r.survived, r.equivalent, r.unchecked) for r in rows]
    assert counted == [("a", 4, 2, 2, 1, 0), ("b.c", 4, 2, 2, 1, 1)]
    assert [round(r.score, 1) for r in rows] == [66.7, 66.7]
    assert [round(r.raw_score, 1) for r in rows] == [50.0, 50.0]


def test_the_report_prints_a_row_per_module_the_total_and_names_stale_entries() -> None:
    lines = SCORE.report(SCORE.statuses(RESULTS), SCORE.judged_equivalent(LISTED))
    assert lines[-1] == "score: 50.0% (4/8 killed); excluding 2 mutants judged equivalent: 4/6 = 66.7%"
    rows = {line.split()[0]: line.split()[1:] for line in lines[-5:-1]}
    assert rows == {
        "module": ["mutants", "killed", "survived", "equivalent", "score", "raw", "unchecked"],
        "a": ["4", "2", "2", "1", "66.7%", "50.0%", "0"],
        "b.c": ["4", "2", "2", "1", "66.7%", "50.0%", "1"],
        "total": ["8", "4", "4", "2", "66.7%", "50.0%", "1"],
    }
    assert "  a.x_f__mutmut_1 *" in lines and "  b.c.x_g__mutmut_4" in lines
    stale = "listed in equivalent.md but not surviving (killed now, renamed, or not run):"
    assert lines[lines.index(stale) + 1] == "  b.c.x_g__mutmut_9"


def test_every_listed_mutant_is_of_a_mutated_module() -> None:
    """The list holds mutants of the modules ``make mutation`` mutates (mutation/pyproject.toml's
    ``source_paths``), each once."""
    listed = SCORE.judged_equivalent((ROOT / "mutation" / "equivalent.md").read_text(encoding="utf-8"))
    assert listed, "mutation/equivalent.md lists no mutant"
    assert len(listed) == len(set(listed)), "a mutant is listed twice"
    mutated = tuple(f"{SCORE.module_of(path)}." for path in mutated_modules())
    assert all(name.startswith(mutated) for name in listed), [n for n in listed if not n.startswith(mutated)]


def mutated_modules() -> list[str]:
    """The module names of mutation/pyproject.toml's ``source_paths`` (``src/rtkgen/shapes/`` ->
    ``shapes``)."""
    settings = tomllib.loads((ROOT / "mutation" / "pyproject.toml").read_text(encoding="utf-8"))
    paths = settings["tool"]["mutmut"]["source_paths"]
    return [
        path.removeprefix("src/").removesuffix("/").removesuffix(".py").replace("/", ".") for path in paths
    ]


def test_every_hand_written_rule_is_mutated() -> None:
    """The converter, the change report, the overlays, the shapes, the property names, the
    facade's naming and renderer, and the client's runtime modules (issue 19)."""
    assert set(mutated_modules()) >= {
        "rtkgen.converter",
        "rtkgen.changes",
        "rtkgen.overlays.apply",
        "rtkgen.shapes",
        "rtkgen.generator.property_names",
        "rtkgen.facade.naming",
        "rtkgen.facade.rendering",
        *(
            f"realtimekit_client.{m}"
            for m in ("model_base", "errors", "client", "retry", "pagination", "facade_base")
        ),
    }
