"""The whole record of each change ``python_api.compare_clients`` reports, not only its words:
the area, the class, the functions it names (``subjects``) and what it is about as data
(``subject``, ``names``: what the merge with the spec lines reads, never the words). One table
per part of the client: the endpoint functions, the facade methods, the model types.

Small hand-written clients (the helpers of test_python_api_clients.py); fast, so
``make mutation`` runs it for every mutant of ``rtkgen.changes.python_api``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rtkgen.changes.compare import Subject, match_operations
from rtkgen.changes.python_api import PyChange, compare_clients
from test_python_api_clients import ALL, DELETE, DOC, FACADE, GET, changes, endpoint, model, project

B, N = True, False
FETCH = "api/webhooks/fetch_a_webhook.py"
OTHER, RENAMED = Subject.OTHER, Subject.ARGUMENT_RENAMED
UNAFFECTED = "(positional only: calls are unaffected)"
FACADE_GET = ("rtk.webhooks.get", "rtk.with_raw_response.webhooks.get", "async rtk.webhooks.get")

Record = tuple[object, ...]


def records(found: list[PyChange] | None) -> list[Record]:
    """Every field of each change, sorted (the key of a package-wide change as ``("",)``)."""
    assert found is not None
    return sorted(
        (c.key or ("",), c.area.value, c.description, c.breaking, c.subjects, c.subject, c.names)
        for c in found
    )


def sync_only(old: str, new: str) -> dict[str, str | None]:
    """The GET endpoint module with its ``sync`` declared as ``old`` / ``new`` (the other three
    functions unchanged), as the edits of the old and of the new client."""
    line = "def sync(webhook_id: str) -> Webhook | None: ..."
    return {"old": endpoint("get").replace(line, old), "new": endpoint("get").replace(line, new)}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(hook: str) -> Webhook | None: ...",
            [("request", "argument webhook_id renamed hook", B, RENAMED)],
            id="renamed",
        ),
        pytest.param(
            "def sync(webhook_id: str, /) -> Webhook | None: ...",
            "def sync(hook: str, /) -> Webhook | None: ...",
            [("request", f"argument webhook_id renamed hook {UNAFFECTED}", N, OTHER)],
            id="renamed-positional-only",
        ),
        pytest.param(
            "def sync(webhook_id: str, q: int = 1) -> Webhook | None: ...",
            "def sync(webhook_id: str) -> Webhook | None: ...",
            [("request", "argument q removed", B, OTHER)],
            id="removed",
        ),
        pytest.param(
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(webhook_id: str, *, q: int) -> Webhook | None: ...",
            [("request", "required argument q added", B, OTHER)],
            id="required-added",
        ),
        pytest.param(
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(webhook_id: str, *, q: int = 1) -> Webhook | None: ...",
            [("request", "argument q added (optional)", N, OTHER)],
            id="optional-added",
        ),
        pytest.param(
            "def sync(webhook_id: str, *, q: int = 1) -> Webhook | None: ...",
            "def sync(webhook_id: str, *, q: int) -> Webhook | None: ...",
            [("request", "argument q became required", B, OTHER)],
            id="became-required",
        ),
        pytest.param(
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(*, webhook_id: str) -> Webhook | None: ...",
            [("request", "argument webhook_id is now keyword-only (was positional or keyword)", B, OTHER)],
            id="changed-kind",
        ),
        pytest.param(
            "def sync(webhook_id: str, *, q: int = 1) -> Webhook | None: ...",
            "def sync(webhook_id: str, *, q: int = 2) -> Webhook | None: ...",
            [("request", "argument q default 1 -> 2", B, OTHER)],
            id="default",
        ),
        pytest.param(
            "def sync(webhook_id: str, q: int) -> Webhook | None: ...",
            "def sync(q: int, webhook_id: str) -> Webhook | None: ...",
            [
                ("request", "argument q moved (position: from 1 to 0 (-1))", B, OTHER),
                ("request", "argument webhook_id moved (position: from 0 to 1 (+1))", B, OTHER),
            ],
            id="moved",
        ),
        pytest.param(
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(webhook_id: int) -> Webhook | None: ...",
            [("request", "argument webhook_id type str -> int", B, OTHER)],
            id="argument-type",
        ),
        pytest.param(  # griffe's words and ours: the return annotation is gone
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(webhook_id: str): ...",
            [
                ("response", "return type Webhook | None -> None", B, OTHER),
                ("response", "return type Webhook | None -> none", B, OTHER),
            ],
            id="return-annotation-gone",
        ),
        pytest.param(
            "def sync(webhook_id: str) -> Webhook | None: ...",
            "def sync(webhook_id: str) -> Webhook | E | None: ...",
            [("response", "return type now also E", B, OTHER)],
            id="return-type",
        ),
    ],
)
def test_each_change_of_an_endpoint_function_names_the_function_its_area_and_subject(
    tmp_path: Path, old: str, new: str, expected: list[tuple[str, str, bool, Subject]]
) -> None:
    """Only ``sync`` changed: each change names it (and no other function), in the area of
    what changed (an argument: request; the return type: response), about an argument renamed
    (the merge reads it) or nothing in particular."""
    edits = sync_only(old, new)
    found = changes(tmp_path, {FETCH: edits["new"]}, old_edits={FETCH: edits["old"]})
    assert records(found) == sorted(
        (GET, area, words, breaking, ("sync",), subject, ()) for area, words, breaking, subject in expected
    )


def test_an_argument_renamed_in_all_four_functions_is_one_change_about_a_renamed_argument(
    tmp_path: Path,
) -> None:
    found = changes(tmp_path, {FETCH: endpoint("get", args="hook: str")})
    assert records(found) == [(GET, "request", "argument webhook_id renamed hook", B, ALL, RENAMED, ())]


def test_a_method_of_a_class_in_an_endpoint_module_is_not_the_function_of_its_name(tmp_path: Path) -> None:
    """griffe's breakages are matched to a function by its path: a class ``Extra`` of the module
    whose method ``sync`` changed or went is none of the operation's functions (matched by
    name, they were reported as changes of the function ``sync``)."""
    helper = "\n\nclass Extra:\n    def sync(self, a: int) -> None: ...\n\n"
    helper += "    def asyncio(self) -> None: ...\n"
    old = endpoint("get") + helper
    changed = endpoint("get") + helper.replace("a: int", "b: int").replace("def asyncio", "def _asyncio")
    assert records(changes(tmp_path, {FETCH: changed}, old_edits={FETCH: old})) == []
    gone = endpoint("get", returns="Webhook | E | None") + "\n\nclass Extra:\n    pass\n"
    assert records(changes(tmp_path / "2", {FETCH: gone}, old_edits={FETCH: old})) == [
        (GET, "response", "return type now also E", B, ALL, OTHER, ())
    ]


@pytest.mark.parametrize(
    ("facade", "expected"),
    [
        pytest.param(
            FACADE.replace("def get(self, webhook_id: str)", "def get(self, hook: str)"),
            [(GET, "request", "argument webhook_id renamed hook", B, FACADE_GET, RENAMED, ())],
            id="renamed",
        ),
        pytest.param(
            FACADE.replace(
                "def get(self, webhook_id: str) -> Webhook", "def get(self, webhook_id: str) -> W"
            ),
            [(GET, "response", "return type Webhook -> W", B, FACADE_GET, OTHER, ())],
            id="return-type",
        ),
    ],
)
def test_each_change_of_a_facade_method_names_the_methods_and_its_subject(
    tmp_path: Path, facade: str, expected: list[Record]
) -> None:
    assert records(changes(tmp_path, {"facade.py": facade})) == expected


def test_a_facade_method_is_compared_when_only_its_path_parameter_was_renamed(tmp_path: Path) -> None:
    """``/webhooks/{webhook_id}`` -> ``/webhooks/{id}``: another key, the same facade name
    (``webhooks.get``): its methods are compared, under the operation's new key."""
    renamed = {
        "paths": {
            "/webhooks/{id}": {
                "get": {"operationId": "fetch_a_webhook", "tags": ["Webhooks"]},
                "delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]},
            }
        }
    }
    facade = FACADE.replace("def get(self, webhook_id: str)", "def get(self, hook: str)")
    old, new = project(tmp_path / "old", {}), project(tmp_path / "new", {"facade.py": facade})
    found = compare_clients(old, new, match_operations(DOC, renamed), DOC, renamed)
    key = ("/webhooks/{id}", "get")
    words = "argument webhook_id renamed hook"
    assert records(found) == [(key, "request", words, B, FACADE_GET, RENAMED, ())]


KIND = 'from typing import Literal\n\nKind = Literal["a", "b"]\n'
P = ("",)  # the key of a change of a model no operation is named after


@pytest.mark.parametrize(
    ("old_edits", "edits", "expected"),
    [
        pytest.param(
            {},
            {"models/kind.py": KIND.replace('"b"', '"c"')},
            [
                (P, "package", "model Kind: value 'b' removed", B, (), Subject.VALUE_REMOVED, ("'b'",)),
                (P, "package", "model Kind: value 'c' added", N, (), Subject.VALUE_ADDED, ("'c'",)),
            ],
            id="literal-values",
        ),
        pytest.param(
            {},
            {"models/webhook.py": model("Webhook", {"id": "str", "name": "int"})},
            [
                (P, "package", "model Webhook: field name added (int)", N, (), Subject.FIELD, ("name",)),
                (P, "package", "model Webhook: field url removed", B, (), Subject.FIELD, ("url",)),
            ],
            id="fields-added-and-removed",
        ),
        pytest.param(
            {},
            {"models/webhook.py": model("Webhook", {"id": "int", "url": "str"})},
            [(P, "package", "model Webhook: field id retyped str -> int", B, (), Subject.FIELD, ("id",))],
            id="field-retyped",
        ),
        pytest.param(
            {},
            {"models/webhook.py": None, "models/hook.py": model("Hook", {"id": "str", "url": "str"})},
            [
                (
                    P,
                    "package",
                    "model renamed Webhook -> Hook",
                    B,
                    (),
                    Subject.MODEL_RENAMED,
                    ("Webhook", "Hook"),
                )
            ],
            id="renamed",
        ),
        pytest.param(
            {},
            {"models/webhook.py": None, "models/hook.py": model("Hook", {"id": "int"})},
            [
                (P, "package", "model Hook added", N, (), Subject.MODEL, ("Hook",)),
                (P, "package", "model Webhook removed", B, (), Subject.MODEL, ("Webhook",)),
            ],
            id="removed-and-added",
        ),
    ],
)
def test_each_change_of_a_model_says_what_it_is_about(
    tmp_path: Path,
    old_edits: dict[str, str | None],
    edits: dict[str, str | None],
    expected: list[Record],
) -> None:
    assert records(changes(tmp_path, edits, old_edits=old_edits)) == sorted(expected)


def test_an_operations_model_renamed_and_retyped_is_keyed_by_the_operation(tmp_path: Path) -> None:
    renamed = {
        "paths": {
            "/webhooks/{webhook_id}": {
                "get": {"operationId": "get_a_webhook", "tags": ["Webhooks"]},
                "delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]},
            }
        }
    }
    before = {"models/fetch_a_webhook_body.py": model("FetchAWebhookBody", {"id": "str"})}
    old = project(tmp_path / "old", before)
    new = project(tmp_path / "new", {"models/get_a_webhook_body.py": model("GetAWebhookBody", {"id": "int"})})
    found = compare_clients(old, new, match_operations(DOC, renamed), DOC, renamed)
    assert records(found) == [
        (GET, "package", "model GetAWebhookBody: field id retyped str -> int", B, (), Subject.FIELD, ("id",)),
        (
            GET,
            "package",
            "model renamed FetchAWebhookBody -> GetAWebhookBody",
            B,
            (),
            Subject.MODEL_RENAMED,
            ("FetchAWebhookBody", "GetAWebhookBody"),
        ),
    ]


def test_the_delete_operations_changes_are_its_own(tmp_path: Path) -> None:
    """Only DELETE's module changed: its record is DELETE's, naming the four functions."""
    found = changes(tmp_path, {"api/webhooks/delete_a_webhook.py": endpoint("delete", args="hook: str")})
    assert records(found) == [(DELETE, "request", "argument webhook_id renamed hook", B, ALL, RENAMED, ())]
