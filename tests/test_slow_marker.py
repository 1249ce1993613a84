"""`make test-fast` leaves out the tests marked `slow`: tests/conftest.py marks them from their
code (the mock server, a process started by the test, its fixtures or a helper of this project
it calls), so a new test is classified without a list. Checked on known tests of each kind."""

from __future__ import annotations

import pytest

import conftest
from conftest import ROOT, is_slow

SLOW = [
    # the mock server, through the fixture ``client`` that needs it
    "test_contract.py::test_sync_detailed_against_the_mock",
    "test_facade_program.py::test_the_program_runs_against_the_mock_server",
    # regenerate.py in a subprocess, through the module's helper ``regenerate``
    "test_pipeline.py::test_bad_docs_leave_spec_and_client_untouched",
    # regenerate.main in this process, through a fixture: it runs the generator and ruff
    "test_pipeline_commit.py::test_a_change_installs_all_three",
    # mypy, through tests/typecheck.py
    "test_typed_paginate.py::test_correct_use_type_checks_with_no_any_in_the_items",
    "test_facade_program.py::test_the_program_passes_mypy_strict_with_no_any_expression",
]
FAST = [
    "test_naming.py::test_unique_names_keep_the_first_and_suffix_the_rest",
    "test_naming.py::test_names_are_unique_identifiers_the_generator_keeps",  # hypothesis
    "test_typed_paginate.py::test_every_paged_operation_of_the_spec_has_its_overloads",
    "test_client_retry.py::test_transport_errors_are_raised_once_retries_are_spent",
    "test_contract.py::test_every_operation_is_a_case",  # in a file of mock-server tests
]


def collected(request: pytest.FixtureRequest, node: str) -> list[pytest.Item]:
    """The items of the test ``node`` (FILE::NAME in tests/; each parametrized case), collected
    as pytest collects them, so that their fixtures are known."""
    file, name = node.split("::")
    module = pytest.Module.from_parent(request.session, path=ROOT / "tests" / file)
    items = [item for item in module.collect() if isinstance(item, pytest.Function)]
    found = [item for item in items if item.originalname == name]
    assert found, f"{node}: no such test"
    return list(found)


@pytest.mark.parametrize("node", SLOW)
def test_a_mock_server_process_or_mypy_test_is_slow(request: pytest.FixtureRequest, node: str) -> None:
    assert all(is_slow(item) for item in collected(request, node))


@pytest.mark.parametrize("node", FAST)
def test_a_unit_test_is_not_slow(request: pytest.FixtureRequest, node: str) -> None:
    assert not any(is_slow(item) for item in collected(request, node))


def test_the_hook_puts_the_marker_on(request: pytest.FixtureRequest) -> None:
    """pytest_collection_modifyitems marks the slow items, not the others (``-m "not slow"``
    selects by the marker)."""
    slow, fast = collected(request, SLOW[2])[0], collected(request, FAST[0])[0]
    conftest.pytest_collection_modifyitems(request.config, [slow, fast])
    assert slow.get_closest_marker("slow") is not None
    assert fast.get_closest_marker("slow") is None
