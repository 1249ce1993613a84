"""The merge of the spec's and the Python API's changes (``apichanges.merge``), rule by rule:
when a Python change is already said by a spec line, how a path parameter renamed in the spec
is settled, and the label and key of an added line."""

from __future__ import annotations

import pytest

from apichanges.compare import Area, Change
from apichanges.merge import PACKAGE_LABEL, _said, _settled, merge_changes
from apichanges.python_api import PyChange, Subject

B, N = True, False
KEY = ("/a", "get")


def line(area: Area, breaking: bool, description: str = "x") -> Change:
    return Change("GET /a (a)", description, breaking, area, KEY)


def package(
    description: str, key: tuple[str, str] | None = None, subject: Subject = Subject.OTHER, *names: str
) -> PyChange:
    return PyChange(key, Area.PACKAGE, description, True, subject=subject, names=names)


R, M, F = Subject.MODEL_RENAMED, Subject.MODEL, Subject.FIELD
VA, VR, A = Subject.VALUE_ADDED, Subject.VALUE_REMOVED, Subject.ARGUMENT_RENAMED
RENAME_AB = package("model renamed A -> B", None, R, "A", "B")
ADDED_A = package("model K: value 'a' added", None, VA, "'a'")


@pytest.mark.parametrize(
    ("change", "spec", "fields", "texts", "said"),
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
            ["response 200 model renamed A -> B"],
            True,
        ),
        (RENAME_AB, [], set(), ["request body: A -> B"], True),
        (
            RENAME_AB,
            [],
            set(),
            ["response 200 model renamed A -> C"],
            False,
        ),
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
            ["response 200 field k enum value a b removed"],
            True,
        ),
        (
            ADDED_A,
            [],
            set(),
            ["response 200 field k enum value a added"],
            True,
        ),
        (
            ADDED_A,
            [],
            set(),
            ["response 200 field k enum value a removed"],
            False,
        ),
        (
            package("model K: value 'x: value y' removed", None, VR, "'x: value y'"),
            [],
            set(),
            ["response 200 field k enum value x: value y removed"],
            True,
        ),
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
    change: PyChange, spec: list[Change], fields: set[str], texts: list[str], said: bool
) -> None:
    assert _said(change, spec, fields, texts) is said


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
        line(Area.RESPONSE, N, "response 200 field data.items[].targetUrl added (string)"),
        line(Area.RESPONSE, N, "response 200 field url added (string)"),
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
