"""operationIds: readable snake_case, unique, and stable under the generator's own renaming."""

from __future__ import annotations

import pytest

from docs2openapi.naming import base_name, snake_case, unique_names

SNAKE_CASES = [
    ("Fetch all meetings for an App", "fetch_all_meetings_for_an_app"),
    ("Edit a participant's detail", "edit_a_participants_detail"),
    ("Pause/Resume/Stop recording", "pause_resume_stop_recording"),
    ("Get-thing", "get_thing"),
    ("get_thing", "get_thing"),
    ("Get thing", "get_thing"),
    ("getHTTPThing v2", "get_httpthing_v2"),
    ("Ünïcödé café", "unicode_cafe"),
    ("  ---  ", ""),
    ("日本語", ""),
]


@pytest.mark.parametrize(("text", "expected"), SNAKE_CASES)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


BASE_CASES = [
    ("Create a meeting", "POST", "/m", "create_a_meeting"),
    ("", "GET", "/accounts/{account_id}/things", "get_accounts_account_id_things"),
    ("日本語", "DELETE", "/x/{id}", "delete_x_id"),
    ("2FA status", "GET", "/x", "op_2fa_status"),
    ("List", "GET", "/x", "list_op"),
    ("import", "GET", "/x", "import_op"),
    ("word " * 40, "GET", "/x", "_".join(["word"] * 16)),
]


@pytest.mark.parametrize(("summary", "method", "path", "expected"), BASE_CASES)
def test_base_name(summary: str, method: str, path: str, expected: str) -> None:
    assert base_name(summary, method, path) == expected


def test_unique_names_keep_the_first_and_suffix_the_rest() -> None:
    got = unique_names([("get_thing", "A"), ("get_thing", "B"), ("get_thing", "B"), ("get_thing_b", "C")])
    assert got == ["get_thing", "get_thing_b", "get_thing_b_2", "get_thing_b_c"]
    assert len(set(got)) == len(got)


def test_names_are_fixed_points_of_the_generators_renaming() -> None:
    from openapi_python_client.strings import PythonIdentifier

    for summary, method, path, _ in BASE_CASES:
        name = base_name(summary, method, path)
        assert PythonIdentifier(name, prefix="") == name
