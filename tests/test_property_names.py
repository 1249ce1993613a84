"""Distinct Python names for properties that differ only in symbols
(scripts/rtkgen/generator/property_names.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from rtkgen.generator.property_names import distinct_names, respell


def names(*wire: str) -> dict[str, str]:
    result = distinct_names(
        list(wire),
        default=lambda name: PythonIdentifier(name, "field_"),
        snake=lambda name: PythonIdentifier(name, "field_"),
        keep_case=lambda name: PythonIdentifier(name, "field_", skip_snake_case=True),
    )
    return dict(zip(wire, result, strict=True))


def test_the_families_of_the_issue_get_readable_names() -> None:
    assert names("<=15m", "<=1y", ">15m", ">1y") == {
        "<=15m": "le_15m",
        "<=1y": "le_1y",
        ">15m": "gt_15m",
        ">1y": "gt_1y",
    }
    assert names("a-b", "a.b", "a_b") == {"a-b": "a_minus_b", "a.b": "a_dot_b", "a_b": "a_b"}
    assert names("+x", "-x") == {"+x": "plus_x", "-x": "minus_x"}
    assert names("x", "x%") == {"x": "x", "x%": "x_pct"}
    assert names(">=0", "!=0", "==0", "<0") == {">=0": "ge_0", "!=0": "ne_0", "==0": "eq_0", "<0": "lt_0"}


def test_a_name_no_other_property_shares_is_the_generators() -> None:
    assert names("foo-bar", "x%", "<=1y", "class") == {
        "foo-bar": "foo_bar",
        "x%": "x",
        "<=1y": "field_1y",
        "class": "class_",
    }


def test_case_then_a_counter_separate_what_respelling_does_not() -> None:
    assert names("Foo", "foo") == {"Foo": "Foo", "foo": "foo"}
    assert names("a__b", "a_b", "a b") == {"a__b": "a_b_2", "a_b": "a_b", "a b": "ab"}


def test_a_respelled_name_never_takes_a_name_another_property_keeps() -> None:
    assert names("a_dot_b", "a.b", "a_b") == {"a_dot_b": "a_dot_b", "a.b": "a_dot_b_2", "a_b": "a_b"}


def test_respell_keeps_underscores_of_the_wire_name_at_its_ends() -> None:
    assert respell("_x%") == "_x_pct"
    assert respell("+x_") == "plus_x_"
    assert respell("€") == "u20ac"


WIRE = st.lists(
    st.text(alphabet=st.sampled_from("ab1yX_ .-+<>=%!/€é"), min_size=1, max_size=5), unique=True, max_size=25
)


@settings(max_examples=300)
@given(WIRE)
def test_names_are_distinct_identifiers_and_deterministic(wire: list[str]) -> None:
    result = names(*wire)
    assert len(set(result.values())) == len(wire)
    assert all(name.isidentifier() for name in result.values())
    assert names(*wire) == result


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        # rule 4: the counter steps past a number another property holds (``a_b_2`` is its own name)
        (("a__b", "a_b", "a b", "a_b_2"), {"a__b": "a_b_3", "a_b": "a_b", "a b": "ab", "a_b_2": "a_b_2"}),
        # a name rule 2 gave (``a b 2`` -> ``a_b_2``) is taken: the counter does not give it again
        (
            ("a__b", "a_b", "a b 2", "a-b-2"),
            {"a__b": "a_b_3", "a_b": "a_b", "a b 2": "a_b_2", "a-b-2": "a_minus_b_minus_2"},
        ),
    ],
)
def test_the_counter_never_gives_a_name_another_property_has(
    wire: tuple[str, ...], expected: dict[str, str]
) -> None:
    assert names(*wire) == expected


@pytest.mark.parametrize(
    ("wire", "spelled"),
    [("Xa.bX", "Xa_dot_bX"), ("X%", "X_pct"), ("_a.b_", "_a_dot_b_"), ("a b", "a b")],
)
def test_respell_strips_only_the_underscores_it_added_at_the_ends(wire: str, spelled: str) -> None:
    assert respell(wire) == spelled
