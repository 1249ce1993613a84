"""The merge of the spec's and the Python API's changes (``rtkgen.changes.merge``), rule by rule:
when a Python change is already said by a spec line, how a path parameter renamed in the spec
is settled, and the label and key of an added line."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from rtkgen.changes.compare import Area, Change, Subject, compare_documents
from rtkgen.changes.merge import PACKAGE_LABEL, _said, _settled, merge_changes
from rtkgen.changes.python_api import PyChange
from rtkgen.core.openapi_common import UNDOCUMENTED

B, N = True, False
KEY = ("/a", "get")


def line(area: Area, breaking: bool, description: str = "x") -> Change:
    return Change("GET /a (a)", description, breaking, area, KEY)


def about(description: str, subject: Subject, *names: str, field: str = "") -> Change:
    """A spec line of another operation, with what it is about as data (its words are not read)."""
    return Change("GET /b (b)", description, True, Area.RESPONSE, ("/b", "get"), subject, names, field)


def package(
    description: str, key: tuple[str, str] | None = None, subject: Subject = Subject.OTHER, *names: str
) -> PyChange:
    return PyChange(key, Area.PACKAGE, description, True, subject=subject, names=names)


R, M, F = Subject.MODEL_RENAMED, Subject.MODEL, Subject.FIELD
VA, VR, A = Subject.VALUE_ADDED, Subject.VALUE_REMOVED, Subject.ARGUMENT_RENAMED
RENAME_AB = package("model renamed A -> B", None, R, "A", "B")
ADDED_A = package("model K: value 'a' added", None, VA, "'a'")


@pytest.mark.parametrize(
    ("change", "spec", "fields", "every", "said"),
    [
        # the operation came or went: everything of it is said
        (PyChange(KEY, Area.REQUEST, "argument a removed", B), [line(Area.OPERATION, B)], set(), [], True),
        # a line of the same area at least as breaking says it
        (PyChange(KEY, Area.REQUEST, "argument a removed", B), [line(Area.REQUEST, B)], set(), [], True),
        (PyChange(KEY, Area.REQUEST, "argument a removed", B), [line(Area.REQUEST, N)], set(), [], False),
        (PyChange(KEY, Area.REQUEST, "argument a removed", B), [line(Area.RESPONSE, B)], set(), [], False),
        # a path parameter renamed says a non-breaking request change, not a breaking one
        (
            PyChange(KEY, Area.REQUEST, "argument a added (optional)", N),
            [line(Area.PATH_NAME, N)],
            set(),
            [],
            True,
        ),
        (PyChange(KEY, Area.REQUEST, "argument a renamed b", B), [line(Area.PATH_NAME, B)], set(), [], False),
        # a model renamed: said when a spec line names the rename
        (
            RENAME_AB,
            [],
            set(),
            [about("response 200 model renamed A -> B", R, "A", "B")],
            True,
        ),
        (RENAME_AB, [], set(), [about("request body model renamed A -> B", R, "A", "B")], True),
        (
            RENAME_AB,
            [],
            set(),
            [about("response 200 model renamed A -> C", R, "A", "C")],
            False,
        ),
        # the words do not say it: "A -> B" in another line is no rename of A
        (RENAME_AB, [], set(), [about("response 200 field x retyped A -> B", Subject.OTHER)], False),
        # a model type came or went: said when its operation has a line
        (package("model A removed", KEY, M, "A"), [line(Area.RESPONSE, N)], set(), [], True),
        (package("model A added", KEY, M, "A"), [line(Area.RESPONSE, N)], set(), [], True),
        (package("model A removed", KEY, M, "A"), [], set(), [], False),
        (package("model A removed", None, M, "A"), [line(Area.RESPONSE, N)], set(), [], False),
        # a field: said when a spec line names a field of that name
        (
            package("model W: field target_url added (str)", None, F, "target_url"),
            [],
            {"targeturl"},
            [],
            True,
        ),
        (package("model W: field target_url removed", None, F, "target_url"), [], {"url"}, [], False),
        # a Literal value: said when a spec line names the enum value
        (
            package("model K: value 'a b' removed", None, VR, "'a b'"),
            [],
            set(),
            [about('response 200 field k enum value "a b" removed', VR, '"a b"', field="k")],
            True,
        ),
        (
            ADDED_A,
            [],
            set(),
            [about('response 200 field k enum value "a" added', VA, '"a"', field="k")],
            True,
        ),
        (
            ADDED_A,
            [],
            set(),
            [about('response 200 field k enum value "a" removed', VR, '"a"', field="k")],
            False,
        ),
        (
            package("model K: value 'x: value y' removed", None, VR, "'x: value y'"),
            [],
            set(),
            [about('response 200 field k enum value "x: value y" removed', VR, '"x: value y"', field="k")],
            True,
        ),
        # the spec writes values as JSON, a Literal as Python: the values are compared, not the text
        (package("model K: value 1 added", None, VA, "1"), [], set(), [about("v", VA, "1")], True),
        (package("model K: value True added", None, VA, "True"), [], set(), [about("v", VA, "true")], True),
        (package("model K: value '1' added", None, VA, "'1'"), [], set(), [about("v", VA, "1")], False),
        # anything else of the package is listed
        (package("module pkg.client removed"), [line(Area.RESPONSE, B)], set(), [], False),
        (
            package("module pkg.client: make(a): *Parameter was removed*", KEY),
            [line(Area.RESPONSE, B)],
            set(),
            [],
            False,
        ),
    ],
)
def test_a_python_change_is_said_by_a_spec_line(
    change: PyChange, spec: list[Change], fields: set[str], every: list[Change], said: bool
) -> None:
    assert _said(change, spec, fields, every) is said


RENAMED = line(Area.PATH_NAME, B, "path parameter id renamed thing_id")
UNAFFECTED = "path parameter id renamed thing_id in the spec (same URL; Python code is unaffected)"
ARGUMENT = "path parameter id renamed thing_id in the spec (same URL; the Python argument is renamed (below))"


@pytest.mark.parametrize(
    ("python", "description"),
    [
        ([], UNAFFECTED),
        ([PyChange(KEY, Area.REQUEST, "argument id renamed thing_id", B, (), A)], ARGUMENT),
        ([PyChange(KEY, Area.REQUEST, "reworded", B, (), A)], ARGUMENT),
        ([PyChange(KEY, Area.REQUEST, "argument id renamed thing_id", B)], UNAFFECTED),
        ([PyChange(("/b", "get"), Area.REQUEST, "argument id renamed thing_id", B, (), A)], UNAFFECTED),
        ([PyChange(KEY, Area.REQUEST, "argument id renamed thing_id (positional only)", N)], UNAFFECTED),
        ([PyChange(KEY, Area.REQUEST, "argument id removed", B)], UNAFFECTED),
    ],
)
def test_a_path_parameter_renamed_in_the_spec_is_settled(python: list[PyChange], description: str) -> None:
    assert _settled(RENAMED, python) == Change("GET /a (a)", description, False, Area.PATH_NAME, KEY)
    other = line(Area.REQUEST, B, "query parameter q removed")
    assert _settled(other, python) is other


def test_fields_named_by_the_spec_are_compared_by_their_last_name() -> None:
    spec = [
        about(
            "response 200 field data.items[].targetUrl added (string)",
            Subject.OTHER,
            field="data.items[].targetUrl",
        ),
        about("response 200 field url added (string)", Subject.OTHER, field="url"),
    ]
    python = [
        package("model W: field target_url added (str)", None, F, "target_url"),
        package("model W: field url added (str)", None, F, "url"),
        package("model W: field items_target_url added (str)", None, F, "items_target_url"),
    ]
    merged = merge_changes(spec, python, {}, {})
    assert [c.description for c in merged[2:]] == ["model W: field items_target_url added (str)"]


def test_an_added_line_keeps_its_key_and_takes_its_label_from_the_old_spec_when_it_is_gone() -> None:
    old = {"paths": {"/gone": {"get": {"operationId": "gone"}}}}
    new = {"paths": {"/a": {"get": {"operationId": "a"}}}}
    python = [
        PyChange(("/gone", "get"), Area.RESPONSE, "return type now also A", B, ("sync",)),
        PyChange(KEY, Area.RESPONSE, "return type now also A", B),
        PyChange(None, Area.PACKAGE, "module pkg.x removed", B),
    ]
    merged = merge_changes([], python, old, new)
    assert merged == [
        Change("GET /gone (gone)", "return type now also A (sync)", B, Area.RESPONSE, ("/gone", "get")),
        Change("GET /a (a)", "return type now also A", B, Area.RESPONSE, KEY),
        Change(PACKAGE_LABEL, "module pkg.x removed", B, Area.PACKAGE, None),
    ]


def test_a_verdict_reads_the_change_as_data_not_its_words() -> None:
    """Rewording a change does not change whether a spec line says it: the area and the subject
    are fields set where the change is found."""
    reworded = PyChange(None, Area.PACKAGE, "a field went away", True, subject=F, names=("target_url",))
    assert _said(reworded, [], {"targeturl"}, []) is True
    assert _said(reworded, [], {"other"}, []) is False
    worded_like_a_field = PyChange(None, Area.PACKAGE, "model W: field target_url removed", True)
    assert _said(worded_like_a_field, [], {"targeturl"}, []) is False


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _thing(values: list[str], **more: Any) -> dict[str, Any]:
    kind = {"type": "string", "enum": values}
    return {"type": "object", "properties": {"kind": kind, "url": {"type": "string"}, **more}}


OLD_DOC: dict[str, Any] = {
    "paths": {
        "/a": {"get": {"operationId": "a", "responses": _ok({"$ref": "#/components/schemas/Thing"})}},
        "/b": {
            "get": {"operationId": "b", UNDOCUMENTED: True, "responses": {"default": {"description": "x"}}}
        },
    },
    "components": {"schemas": {"Thing": _thing(["x", "y"])}},
}
NEW_DOC: dict[str, Any] = {
    "paths": {
        "/a": {"get": {"operationId": "a", "responses": _ok({"$ref": "#/components/schemas/Thing2"})}},
        "/b": {"get": {"operationId": "b", "responses": _ok({"type": "string"})}},
        "/c": {"get": {"operationId": "c", "responses": _ok({"type": "string"})}},
    },
    "components": {"schemas": {"Thing2": _thing(["x"], targetUrl={"type": "string"})}},
}
A_KEY, B_KEY, C_KEY = ("/a", "get"), ("/b", "get"), ("/c", "get")
PYTHON = [
    package("model renamed Thing -> Thing2", None, R, "Thing", "Thing2"),  # said: the spec's rename
    package("model Thing2: field target_url added (str)", None, F, "target_url"),  # said: targetUrl
    package("model Thing2Kind: value 'y' removed", None, VR, "'y'"),  # said: enum value "y" removed
    package("model Other: field secret removed", None, F, "secret"),  # no spec line names it
    PyChange(B_KEY, Area.RESPONSE, "return type now also str", B, ("sync",)),  # said: now documented
    PyChange(C_KEY, Area.REQUEST, "argument q removed", B, ("sync",)),  # said: the operation is new
    PyChange(A_KEY, Area.REQUEST, "argument q removed", B, ("sync",)),  # no request line of /a
]


def _verdicts(spec: list[Change], python: list[PyChange]) -> list[tuple[object, ...]]:
    """The Python changes the merge adds, as data (their words left out)."""
    added = merge_changes(spec, python, OLD_DOC, NEW_DOC)[len(spec) :]
    return [(c.key, c.area, c.breaking, c.subject, c.names) for c in added]


def test_rewording_any_change_changes_no_verdict() -> None:
    """The merge of a real comparison (a model renamed with a field added and an enum value
    removed, responses now documented, an operation added) keeps the same Python lines when every
    change, spec and Python, is worded otherwise: the verdicts read data, not words."""
    spec = compare_documents(OLD_DOC, NEW_DOC)
    expected = [
        (None, Area.PACKAGE, B, F, ("secret",)),
        (A_KEY, Area.REQUEST, B, Subject.OTHER, ()),
    ]
    assert _verdicts(spec, PYTHON) == expected
    reworded_spec = [replace(c, description=f"spec line {i}") for i, c in enumerate(spec)]
    reworded_python = [replace(c, description=f"python line {i}") for i, c in enumerate(PYTHON)]
    assert _verdicts(reworded_spec, reworded_python) == expected
    # and words alone say nothing: with only their areas (subjects, names and fields dropped) the
    # spec's lines say only the new operation's change
    bare = [Change(c.operation, c.description, c.breaking, c.area, c.key) for c in spec]
    assert [verdict[0] for verdict in _verdicts(bare, PYTHON)] == [None, None, None, None, B_KEY, A_KEY]
