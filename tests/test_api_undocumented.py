"""The change report on responses the docs did not list (the older docs format, converted with
``x-responses-undocumented``): becoming documented is an addition, the reverse a loss."""

from __future__ import annotations

from typing import Any

import pytest

from rtkgen.changes.compare import (
    RESPONSES_DOCUMENTED,
    RESPONSES_UNDOCUMENTED,
    Area,
    Change,
    Subject,
    compare_documents,
)
from rtkgen.changes.merge import merge_changes
from rtkgen.changes.python_api import PyChange
from rtkgen.core.openapi_common import UNDOCUMENTED

B, N = True, False
KEY = ("/t", "get")
LABEL = "GET /t (get_t)"
OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}
RETYPED = {"type": "object", "properties": {"id": {"type": "integer"}}}


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "", "content": {"application/json": {"schema": schema}}}


UNTYPED = {"default": {"description": "Not documented"}}  # the converter's marker
FROM_REFERENCE = {"2XX": body(OBJECT)}  # the shapes stage's, where the reference knows the route
DOCUMENTED = {"200": body(OBJECT), "404": body({})}


def spec(responses: dict[str, Any], undocumented: bool) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "get_t", "responses": responses}
    if undocumented:
        operation[UNDOCUMENTED] = True
    return {"paths": {"/t": {"get": operation}}}


CASES = [
    # (id, old (responses, undocumented), new (responses, undocumented), [(breaking, description)])
    (
        "undocumented -> documented",
        (UNTYPED, True),
        (DOCUMENTED, False),
        [(N, RESPONSES_DOCUMENTED), (N, "response 200 added"), (N, "response 404 added")],
    ),
    (
        "typed from the reference -> documented, same body",
        (FROM_REFERENCE, True),
        (DOCUMENTED, False),
        [(N, RESPONSES_DOCUMENTED), (N, "response 200 added"), (N, "response 404 added")],
    ),
    (
        "typed from the reference -> documented with another type: that change is itself breaking",
        (FROM_REFERENCE, True),
        ({"200": body(RETYPED)}, False),
        [
            (N, RESPONSES_DOCUMENTED),
            (N, "response 200 added"),
            (B, "response 2XX -> 200 field id retyped string -> integer"),
        ],
    ),
    (
        "documented -> undocumented",
        (DOCUMENTED, False),
        (UNTYPED, True),
        [(B, f"{RESPONSES_UNDOCUMENTED} (the docs list none; they listed 200, 404)")],
    ),
    (
        "documented -> typed from the reference",
        (DOCUMENTED, False),
        (FROM_REFERENCE, True),
        [(B, f"{RESPONSES_UNDOCUMENTED} (the docs list none; they listed 200, 404)")],
    ),
    ("undocumented on both sides", (UNTYPED, True), (UNTYPED, True), []),
    (
        "undocumented on both sides, no longer typed from the reference",
        (FROM_REFERENCE, True),
        (UNTYPED, True),
        [(B, "response 2XX removed")],
    ),
    (
        "undocumented on both sides, then typed from the reference",
        (UNTYPED, True),
        (FROM_REFERENCE, True),
        [(N, "response 2XX added")],
    ),
    (
        "documented on both sides: the usual rules",
        (DOCUMENTED, False),
        ({"200": body(OBJECT)}, False),
        [(B, "response 404 removed")],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_responses_becoming_documented_or_not(
    old: tuple[dict[str, Any], bool], new: tuple[dict[str, Any], bool], expected: list[tuple[bool, str]]
) -> None:
    found = compare_documents(spec(*old), spec(*new))
    assert [(c.breaking, c.description) for c in found] == expected
    assert all(c.area is Area.RESPONSE and c.key == KEY for c in found)


def test_python_response_changes_of_newly_documented_responses_are_not_added() -> None:
    """The return types change because the responses are now documented: a refinement, said by
    the spec line; the same Python change on an operation without that line stays breaking."""
    returned = PyChange(KEY, Area.RESPONSE, "return type Any -> Thing | None", B, ("sync",))
    other = PyChange(("/u", "get"), Area.RESPONSE, "return type Any -> Thing | None", B, ("sync",))
    documented = [Change(LABEL, RESPONSES_DOCUMENTED, N, Area.RESPONSE, KEY, Subject.RESPONSES_DOCUMENTED)]
    old_doc = {"paths": {"/u": {"get": {"operationId": "get_u"}}}}
    merged = merge_changes(documented, [returned, other], old_doc, old_doc)
    assert [(c.key, c.breaking, c.description) for c in merged] == [
        (KEY, N, RESPONSES_DOCUMENTED),
        (("/u", "get"), B, "return type Any -> Thing | None (sync)"),
    ]
    lost = [Change(LABEL, f"{RESPONSES_UNDOCUMENTED} (x)", B, Area.RESPONSE, KEY)]
    assert [c.description for c in merge_changes(lost, [returned], old_doc, old_doc)] == [
        f"{RESPONSES_UNDOCUMENTED} (x)"
    ]
