"""``python_api.compare_clients`` on two small hand-written client packages, case by case: the
endpoint functions (found by route), the facade methods, the model classes and ``Literal``
types, the runtime modules, and the files that are left out (unchanged, a user's own, caches).

Fast (griffe reads a few lines), so ``make mutation`` runs it for every mutant of
``rtkgen.changes.python_api``; test_api_changes_python.py runs the same rules end to end with the
real generator.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from rtkgen.changes.compare import Area, Change, match_operations
from rtkgen.changes.python_api import PyChange, compare_clients, package_folder
from rtkgen.changes.settle import Settlement, settle_client, settle_document

B, N = True, False
GET, DELETE = ("/webhooks/{webhook_id}", "get"), ("/webhooks/{webhook_id}", "delete")
DOC = {
    "paths": {
        "/webhooks/{webhook_id}": {
            "get": {"operationId": "fetch_a_webhook", "tags": ["Webhooks"]},
            "delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]},
        }
    }
}


def endpoint(method: str, args: str = "webhook_id: str", returns: str = "Webhook | None") -> str:
    """An endpoint module as the generator writes one: the request's target and four functions."""
    return f'''from typing import Any


def _get_kwargs(webhook_id: str) -> dict[str, Any]:
    return {{"method": "{method}", "url": "/webhooks/{{webhook_id}}".format(webhook_id=webhook_id)}}


def sync({args}) -> {returns}: ...


def sync_detailed({args}) -> Response[{returns}]: ...


async def asyncio({args}) -> {returns}: ...


async def asyncio_detailed({args}) -> Response[{returns}]: ...
'''


def model(name: str, fields: dict[str, str]) -> str:
    properties = "".join(
        f"\n    @property\n    def {field}(self) -> {kind}:\n        return self._x\n"
        for field, kind in fields.items()
    )
    return f"class {name}(Model):\n    __slots__ = ()\n{properties}"


def resource(name: str) -> str:
    return f"""class {name}(_Resource):
    def _hidden(self) -> None: ...

    kind: str = "x"

    def get(self, webhook_id: str) -> Webhook:
        "Get."

    def delete(self, webhook_id: str) -> Webhook:
        "Delete."


"""


# The facade as the generator writes it: a class of methods for each root (sync, raw, async),
# reached through properties.
FACADE = (
    resource("_Webhooks_R")
    + resource("_RawWebhooks_R")
    + resource("_AsyncWebhooks_R")
    + """class RealtimeKit(_Base):
    @property
    def webhooks(self) -> _Webhooks_R:
        return _Webhooks_R(self._s)

    @property
    def with_raw_response(self) -> _RawR:
        return _RawR(self._s)

    @property
    def again(self) -> RealtimeKit:
        return self


class _RawR(_Resource):
    @property
    def webhooks(self) -> _RawWebhooks_R:
        return _RawWebhooks_R(self._s)

    @property
    def again(self) -> RealtimeKit:
        return RealtimeKit(self._s)


class AsyncRealtimeKit(_Base):
    @property
    def webhooks(self) -> _AsyncWebhooks_R:
        return _AsyncWebhooks_R(self._s)
"""
)

BASE = {
    "api/__init__.py": "",
    "api/webhooks/__init__.py": "",
    "api/webhooks/fetch_a_webhook.py": endpoint("get"),
    "api/webhooks/delete_a_webhook.py": endpoint("delete"),
    "models/__init__.py": "",
    "models/webhook.py": model("Webhook", {"id": "str", "url": "str"}),
    "models/kind.py": 'from typing import Literal\n\nKind = Literal["a", "b"]\n',
    "facade.py": FACADE,
    "__init__.py": "def version(a: int) -> str: ...\n",
    "client.py": "def make(base: str, *, timeout: float = 5.0) -> None: ...\n",
    "errors.py": "class Failed(Exception): ...\n",
}


def project(root: Path, files: Mapping[str, str | None], *, manifest: bool = False) -> Path:
    """A project folder holding the package ``pkg`` with ``BASE`` edited by ``files`` (None
    removes a file); with ``manifest``, the list of the generated files (all but ``mine.py``)."""
    package = root / "pkg"
    for relative, text in {**BASE, **files}.items():
        if text is not None:
            (package / relative).parent.mkdir(parents=True, exist_ok=True)
            (package / relative).write_text(text)
    if manifest:
        listed = sorted(
            f"pkg/{name}" for name, text in {**BASE, **files}.items() if text and name != "mine.py"
        )
        (root / ".generated-files").write_text("\n".join(listed) + "\n")
    return root


def changes(
    tmp_path: Path,
    edits: dict[str, str | None],
    new_doc: dict[str, Any] | None = None,
    old_edits: dict[str, str | None] | None = None,
) -> list[PyChange] | None:
    old, new = project(tmp_path / "old", old_edits or {}), project(tmp_path / "new", edits)
    after = new_doc or DOC
    return compare_clients(old, new, match_operations(DOC, after), DOC, after)


def described(found: list[PyChange] | None) -> list[tuple[object, ...]]:
    assert found is not None
    return sorted((c.key or ("",), c.area.value, c.description, c.breaking, c.subjects) for c in found)


ALL = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ({}, []),
        ({"errors.py": BASE["errors.py"] + "\n"}, []),  # a runtime module that differs, no breakage
        (
            {"api/webhooks/fetch_a_webhook.py": endpoint("get", returns="Webhook | Other | None")},
            [(GET, "response", "return type now also Other", B, ALL)],
        ),
        (
            {"api/webhooks/fetch_a_webhook.py": endpoint("get", returns="Webhook")},
            [(GET, "response", "return type no longer None", N, ALL)],
        ),
        (
            {"api/webhooks/fetch_a_webhook.py": endpoint("get", args="webhook: str")},
            [(GET, "request", "argument webhook_id renamed webhook", B, ALL)],
        ),
        (
            {"api/webhooks/fetch_a_webhook.py": endpoint("get", args="webhook_id: str, *, q: int = 1")},
            [(GET, "request", "argument q added (optional)", N, ALL)],
        ),
        (
            {
                "api/webhooks/fetch_a_webhook.py": endpoint("get").replace(
                    "def sync(webhook_id: str) -> Webhook | None: ...", ""
                )
            },
            [(GET, "names", "function sync removed", B, ("sync",))],
        ),
        (  # the module of GET under another name: found by its route, compared with the old one
            {
                "api/webhooks/fetch_a_webhook.py": None,
                "api/webhooks/get_a_webhook.py": endpoint("get", args="webhook_id: int"),
            },
            [(GET, "request", "argument webhook_id type str -> int", B, ALL)],
        ),
        (  # an endpoint module that sends nowhere is not an operation's
            {"api/webhooks/fetch_a_webhook.py": "def sync(x: int) -> None: ...\n"},
            [],
        ),
        (  # a module outside api/<tag>/ is the runtime's: griffe's check
            {"api/webhooks/__init__.py": "def sync(x: int) -> None: ...\n"},
            [],
        ),
        (
            {"client.py": "def make(base: str) -> None: ...\n"},
            [(("",), "package", "module pkg.client: make(timeout): *Parameter was removed*", B, ())],
        ),
        ({"errors.py": None}, [(("",), "package", "module pkg.errors removed", B, ())]),
        ({"extra.py": "x = 1\n"}, []),  # a new runtime module breaks nothing
        (
            {"__init__.py": "def version() -> str: ...\n"},
            [(("",), "package", "module pkg: version(a): *Parameter was removed*", B, ())],
        ),
        (  # only DELETE's module changed
            {"api/webhooks/delete_a_webhook.py": endpoint("delete", returns="Webhook | E | None")},
            [(DELETE, "response", "return type now also E", B, ALL)],
        ),
        (  # a module of api/ that is no endpoint's, changed with one that is
            {
                "api/a.py": "x = 1\n",
                "api/webhooks/fetch_a_webhook.py": endpoint("get", returns="Webhook | E | None"),
            },
            [(GET, "response", "return type now also E", B, ALL)],
        ),
        (
            {
                "aaa.py": "x = 1\n",
                "api/webhooks/fetch_a_webhook.py": endpoint("get", returns="Webhook | E | None"),
                "client.py": "def make(base: str) -> None: ...\n",
            },
            [
                (GET, "response", "return type now also E", B, ALL),
                (("",), "package", "module pkg.client: make(timeout): *Parameter was removed*", B, ()),
            ],
        ),
    ],
)
def test_endpoint_and_runtime_changes(
    tmp_path: Path, edits: dict[str, str | None], expected: list[tuple[object, ...]]
) -> None:
    assert described(changes(tmp_path, edits)) == sorted(expected)


def test_a_runtime_module_removed_before_another_changed(tmp_path: Path) -> None:
    found = changes(
        tmp_path, {"client.py": "def make(base: str) -> None: ...\n"}, old_edits={"aab.py": "x = 1\n"}
    )
    assert described(found) == [
        (("",), "package", "module pkg.aab removed", B, ()),
        (("",), "package", "module pkg.client: make(timeout): *Parameter was removed*", B, ()),
    ]


def test_every_function_of_an_endpoint_is_compared_after_one_that_is_missing(tmp_path: Path) -> None:
    without_sync = endpoint("get").replace("def sync(webhook_id: str) -> Webhook | None: ...", "")
    edited = endpoint("get", returns="Webhook | E | None")
    found = changes(
        tmp_path,
        {
            "api/webhooks/fetch_a_webhook.py": edited.replace(
                "def sync(webhook_id: str) -> Webhook | E | None: ...", ""
            )
        },
    )
    assert described(found) == [
        (GET, "names", "function sync removed", B, ("sync",)),
        (GET, "response", "return type now also E", B, ("sync_detailed", "asyncio", "asyncio_detailed")),
    ]
    found = changes(
        tmp_path / "2",
        {"api/webhooks/fetch_a_webhook.py": edited},
        old_edits={"api/webhooks/fetch_a_webhook.py": without_sync},
    )
    assert described(found) == [
        (GET, "response", "return type now also E", B, ("sync_detailed", "asyncio", "asyncio_detailed"))
    ]


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        (
            {"models/webhook.py": model("Webhook", {"id": "str", "url": "str | None"})},
            [(("",), "package", "model Webhook: field url retyped str -> str | None", B, ())],
        ),
        (
            {"models/webhook.py": model("Webhook", {"id": "str"})},
            [(("",), "package", "model Webhook: field url removed", B, ())],
        ),
        (
            {"models/webhook.py": model("Webhook", {"id": "str", "url": "str", "name": "int"})},
            [(("",), "package", "model Webhook: field name added (int)", N, ())],
        ),
        (
            {"models/kind.py": 'from typing import Literal\n\nKind = Literal["a", "c"]\n'},
            [
                (("",), "package", "model Kind: value 'b' removed", B, ()),
                (("",), "package", "model Kind: value 'c' added", N, ()),
            ],
        ),
        (  # a shared model renamed, paired by its fields: one line, and fields that name it follow
            {
                "models/webhook.py": None,
                "models/hook.py": model("Hook", {"id": "str", "url": "str"}),
            },
            [(("",), "package", "model renamed Webhook -> Hook", B, ())],
        ),
        (
            {"models/webhook.py": None},
            [(("",), "package", "model Webhook removed", B, ())],
        ),
        (
            {"models/hook.py": model("Hook", {"id": "int"})},
            [(("",), "package", "model Hook added", N, ())],
        ),
        (  # private names, aliases and other values are no types
            {
                "models/kind.py": (
                    "from typing import Literal\nfrom x import Y as Z\n\n"
                    'Kind = Literal["a", "b"]\n_k = 1\nV = 2\n_K = Literal["c"]\n\n\nclass _C:\n    x: int\n'
                )
            },
            [],
        ),
        (  # methods, class attributes and private properties are no fields
            {
                "models/webhook.py": model("Webhook", {"id": "str", "url": "str", "_secret": "str"})
                + '\n    kind: str = "x"\n\n    def to_dict(self) -> dict: ...\n'
            },
            [],
        ),
        (
            {
                "models/webhook.py": model("Webhook", {"id": "str", "url": "str"})
                + "\n    @property\n    def bare(self):\n        return 1\n"
            },
            [(("",), "package", "model Webhook: field bare added ()", N, ())],
        ),
        (  # the models' index is not a model module
            {"models/__init__.py": model("Index", {"a": "int"})},
            [],
        ),
    ],
)
def test_model_changes(
    tmp_path: Path, edits: dict[str, str | None], expected: list[tuple[object, ...]]
) -> None:
    assert described(changes(tmp_path, edits)) == sorted(expected)


OWNED = {
    "paths": {
        "/webhooks/{webhook_id}": {
            "get": {"operationId": "fetch_a_webhook", "tags": ["Webhooks"]},
            "delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]},
        }
    }
}


def test_an_operations_model_renamed_is_paired_by_its_suffix_and_keyed_by_its_operation(
    tmp_path: Path,
) -> None:
    old = project(
        tmp_path / "old",
        {
            "models/fetch_a_webhook_response_200.py": model("FetchAWebhookResponse200", {"id": "str"}),
            "models/aaa.py": model("Aaa", {"q": "str"}),
        },
    )
    renamed = {
        "paths": {
            "/webhooks/{webhook_id}": {
                "get": {"operationId": "get_a_webhook", "tags": ["Webhooks"]},
                "delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]},
            }
        }
    }
    new = project(
        tmp_path / "new",
        {"models/get_a_webhook_response_200.py": model("GetAWebhookResponse200", {"id": "int", "x": "str"})},
    )
    found = compare_clients(old, new, match_operations(OWNED, renamed), OWNED, renamed)
    assert described(found) == [
        (("",), "package", "model Aaa removed", B, ()),
        (GET, "package", "model GetAWebhookResponse200: field id retyped str -> int", B, ()),
        (GET, "package", "model GetAWebhookResponse200: field x added (str)", N, ()),
        (GET, "package", "model renamed FetchAWebhookResponse200 -> GetAWebhookResponse200", B, ()),
    ]


def test_an_operations_models_are_keyed_by_the_operation(tmp_path: Path) -> None:
    literal = 'from typing import Literal\n\nFetchAWebhookKind = Literal["a", "b"]\n'
    old_edits: dict[str, str | None] = {
        "models/fetch_a_webhook_kind.py": literal,
        "models/fetch_a_webhook_body.py": model("FetchAWebhookBody", {"id": "str", "url": "str"}),
        "models/delete_a_webhook_gone.py": model("DeleteAWebhookGone", {"q": "str"}),
    }
    edits: dict[str, str | None] = {
        "models/fetch_a_webhook_kind.py": literal.replace('"b"', '"c"'),
        "models/fetch_a_webhook_body.py": model("FetchAWebhookBody", {"id": "str"}),
        "models/fetch_a_webhook_new.py": model("FetchAWebhookNew", {"z": "str"}),
    }
    without_delete = {
        "paths": {
            "/webhooks/{webhook_id}": {"get": OWNED["paths"]["/webhooks/{webhook_id}"]["get"], "x": 1},
            "/bad": [],
        }
    }
    found = changes(tmp_path, edits, without_delete, old_edits)
    assert described(found) == [
        (DELETE, "package", "model DeleteAWebhookGone removed", B, ()),
        (GET, "package", "model FetchAWebhookBody: field url removed", B, ()),
        (GET, "package", "model FetchAWebhookKind: value 'b' removed", B, ()),
        (GET, "package", "model FetchAWebhookKind: value 'c' added", N, ()),
        (GET, "package", "model FetchAWebhookNew added", N, ()),
    ]


def test_a_model_that_became_a_literal_compares_values(tmp_path: Path) -> None:
    found = changes(
        tmp_path,
        {"models/kind.py": 'from typing import Literal\n\nKind = Literal["a"]\n'},
        old_edits={"models/kind.py": model("Kind", {"a": "str"})},
    )
    assert described(found) == [
        (("",), "package", "model Kind: value 'a' added", N, ()),
        (("",), "package", "model Kind: value a removed", B, ()),
    ]


def test_an_operations_model_renamed_with_another_suffix_is_paired_by_its_fields(tmp_path: Path) -> None:
    renamed = {
        "paths": {
            "/webhooks/{webhook_id}": {
                "get": {"operationId": "get_a_webhook", "tags": ["Webhooks"]},
                "delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]},
            }
        }
    }
    found = changes(
        tmp_path,
        {"models/get_a_webhook_thing.py": model("GetAWebhookThing", {"id": "str"})},
        renamed,
        {"models/fetch_a_webhook_body.py": model("FetchAWebhookBody", {"id": "str"})},
    )
    assert described(found) == [
        (GET, "package", "model renamed FetchAWebhookBody -> GetAWebhookThing", B, ())
    ]


def test_an_operations_model_removed_is_keyed_by_the_operations_new_key(tmp_path: Path) -> None:
    old = project(
        tmp_path / "old",
        {"models/fetch_a_webhook_body.py": model("FetchAWebhookBody", {"id": "str"})},
    )
    moved = {
        "paths": {"/hooks/{webhook_id}": {"get": {"operationId": "fetch_a_webhook", "tags": ["Webhooks"]}}}
    }
    new = project(tmp_path / "new", {})
    found = compare_clients(old, new, match_operations(OWNED, moved), OWNED, moved)
    assert described(found) == [
        (("/hooks/{webhook_id}", "get"), "package", "model FetchAWebhookBody removed", B, ())
    ]


def test_a_type_that_names_a_renamed_model_did_not_change(tmp_path: Path) -> None:
    edits: dict[str, str | None] = {
        "models/webhook.py": None,
        "models/hook.py": model("Hook", {"id": "str", "url": "str"}),
        "models/page.py": None,
        "api/webhooks/fetch_a_webhook.py": endpoint("get", returns="Hook | None"),
    }
    old = project(tmp_path / "old", {"models/page.py": model("Page", {"item": "Webhook", "kind": "Kind"})})
    edits["models/kind.py"] = None
    edits["models/sort.py"] = BASE["models/kind.py"].replace("Kind =", "Sort =")
    new = project(
        tmp_path / "new", {**edits, "models/page.py": model("Page", {"item": "Hook", "kind": "Sort"})}
    )
    found = compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC)
    assert described(found) == [
        (("",), "package", "model renamed Kind -> Sort", B, ()),
        (("",), "package", "model renamed Webhook -> Hook", B, ()),
    ]


@pytest.mark.parametrize(
    ("facade", "expected"),
    [
        (FACADE, []),
        (
            FACADE.replace("def get(self, webhook_id: str)", "def get(self, hook: str)"),
            [
                (
                    GET,
                    "request",
                    "argument webhook_id renamed hook",
                    B,
                    ("rtk.webhooks.get", "rtk.with_raw_response.webhooks.get", "async rtk.webhooks.get"),
                )
            ],
        ),
        (
            FACADE.replace('-> Webhook:\n        "Delete."', '-> Webhook | None:\n        "Delete."'),
            [
                (
                    DELETE,
                    "response",
                    "return type now also None",
                    B,
                    (
                        "rtk.webhooks.delete",
                        "rtk.with_raw_response.webhooks.delete",
                        "async rtk.webhooks.delete",
                    ),
                )
            ],
        ),
        (FACADE.replace('    def get(self, webhook_id: str) -> Webhook:\n        "Get."\n', ""), []),
        (FACADE.replace("def _hidden(self) -> None", "def _hidden(self, x: int) -> None"), []),
        (FACADE + "\nclass Unused:\n    def get(self) -> None: ...\n", []),
    ],
)
def test_facade_changes(tmp_path: Path, facade: str, expected: list[tuple[object, ...]]) -> None:
    assert described(changes(tmp_path, {"facade.py": facade})) == sorted(expected)


def test_a_facade_method_whose_name_moved_to_another_operation_is_not_compared(tmp_path: Path) -> None:
    swapped = {  # GET moved: its facade name is hooks.get now
        "paths": {
            "/hooks/{webhook_id}": {"get": {"operationId": "fetch_a_webhook", "tags": ["Webhooks"]}},
            "/webhooks/{webhook_id}": {"delete": {"operationId": "delete_a_webhook", "tags": ["Webhooks"]}},
        }
    }
    facade = FACADE.replace("def get(self, webhook_id: str)", "def get(self, hook: str)")
    assert described(changes(tmp_path, {"facade.py": facade}, swapped)) == []
    facade = facade.replace("def delete(self, webhook_id: str)", "def delete(self, hook: str)")
    assert [c[:3] for c in described(changes(tmp_path / "2", {"facade.py": facade}, swapped))] == [
        (DELETE, "request", "argument webhook_id renamed hook")
    ]


def test_each_facade_class_is_compared_with_its_own_old_class(tmp_path: Path) -> None:
    raw = resource("_RawWebhooks_R")
    facade = (
        FACADE.replace('    def get(self, webhook_id: str) -> Webhook:\n        "Get."\n', "", 1)
        .replace(
            raw,
            raw.replace("def get(self, webhook_id: str) -> Webhook", "def get(self, webhook_id: str) -> W2"),
        )
        .replace("def delete(self, webhook_id: str)", "def delete(self, hook: str)", 1)
    )
    assert described(changes(tmp_path, {"facade.py": facade})) == [
        (DELETE, "request", "argument webhook_id renamed hook", B, ("rtk.webhooks.delete",)),
        (GET, "response", "return type Webhook -> W2", B, ("rtk.with_raw_response.webhooks.get",)),
    ]


def test_a_facade_missing_on_one_side_is_not_compared(tmp_path: Path) -> None:
    assert described(changes(tmp_path, {"facade.py": None})) == []
    old = project(tmp_path / "o", {"facade.py": None})
    new = project(tmp_path / "n", {"facade.py": FACADE.replace("webhook_id: str", "hook: str")})
    assert compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC) == []


def test_without_a_package_on_either_side_there_is_nothing_to_compare(tmp_path: Path) -> None:
    new = project(tmp_path / "new", {})
    (tmp_path / "empty").mkdir()
    assert compare_clients(tmp_path / "empty", new, [], DOC, DOC) is None
    assert compare_clients(new, tmp_path / "empty", [], DOC, DOC) is None
    project(tmp_path / "two", {})
    (tmp_path / "two" / "pkg2" / "api").mkdir(parents=True)
    (tmp_path / "two" / "pkg2" / "api" / "__init__.py").write_text("")
    assert package_folder(tmp_path / "two") is None
    assert package_folder(tmp_path / "new") == tmp_path / "new" / "pkg"


def test_a_file_of_yours_is_not_compared_and_caches_are_not_read(tmp_path: Path) -> None:
    old = project(tmp_path / "old", {"mine.py": "def f(a: int) -> None: ...\n"}, manifest=True)
    new = project(tmp_path / "new", {"mine.py": "def f() -> None: ...\n"}, manifest=True)
    for side in (old, new):
        (side / "pkg" / "__pycache__").mkdir()
        (side / "pkg" / "__pycache__" / "x.py").write_text(
            f"def f({'a' if side == old else ''}) -> None: ...\n"
        )
    assert compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC) == []
    for side in (old, new):  # without its manifest every file of a side is generated
        os.remove(side / ".generated-files")
    found = compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC)
    assert described(found) == [(("",), "package", "module pkg.mine: f(a): *Parameter was removed*", B, ())]


def test_a_file_is_yours_when_either_manifest_leaves_it_out(tmp_path: Path) -> None:
    old = project(tmp_path / "old", {"mine.py": "def f(a: int) -> None: ...\n"})  # from before manifests
    edits = {"mine.py": "def f() -> None: ...\n", "client.py": "def make(base: str) -> None: ...\n"}
    new = project(tmp_path / "new", edits, manifest=True)
    assert described(compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC)) == [
        (("",), "package", "module pkg.client: make(timeout): *Parameter was removed*", B, ())
    ]


def test_settle_client_merges_the_python_changes_and_sets_the_version(tmp_path: Path) -> None:
    spec_line = Change(
        "GET /webhooks/{webhook_id} (fetch_a_webhook)", "response 404 added", N, Area.RESPONSE, GET
    )
    settled = Settlement("0.1.0", "0.1.1", (spec_line,), DOC)
    old = project(tmp_path / "old", {})
    new = project(
        tmp_path / "new", {"api/webhooks/fetch_a_webhook.py": endpoint("get", returns="Webhook | E | None")}
    )
    document = {**DOC, "info": {"version": "0.1.1"}}
    result = settle_client(settled, document, old, new)
    assert (result.previous_version, result.version, result.previous, result.note) == (
        "0.1.0",
        "0.2.0",
        DOC,
        "",
    )
    assert [(c.breaking, c.description) for c in result.changes] == [
        (N, "response 404 added"),
        (B, "return type now also E (sync, sync_detailed, asyncio, asyncio_detailed)"),
    ]
    assert document["info"] == {"version": "0.2.0"}
    assert result.summary().endswith("version 0.1.0 -> 0.2.0")


def test_settle_client_without_an_old_client_keeps_the_spec_changes_and_says_so(tmp_path: Path) -> None:
    spec_line = Change(
        "GET /webhooks/{webhook_id} (fetch_a_webhook)", "response 404 added", N, Area.RESPONSE, GET
    )
    settled = Settlement("0.1.0", "0.1.1", (spec_line,), DOC)
    (tmp_path / "none").mkdir()
    document = {**DOC, "info": {"version": "0.1.1"}}
    result = settle_client(settled, document, tmp_path / "none", project(tmp_path / "new", {}))
    assert (result.version, result.changes, result.previous) == ("0.1.1", (spec_line,), DOC)
    note = f"(the Python API was not compared: no generated client in {tmp_path / 'none'})"
    assert result.note == note
    assert result.summary().endswith(f"version 0.1.0 -> 0.1.1\n{note}")
    first = Settlement(None, "0.1.0", ())
    assert settle_client(first, document, tmp_path / "none", tmp_path / "none") is first
    assert (
        settle_client(Settlement("0.1.0", "0.1.0", (), None), document, tmp_path, tmp_path).version == "0.1.0"
    )


def test_settle_document_keeps_the_previous_document_for_settle_client(tmp_path: Path) -> None:
    previous = tmp_path / "openapi.yaml"
    previous.write_text("openapi: 3.1.0\ninfo: {title: t, version: 0.1.0}\npaths: {}\n")
    settled, _ = settle_document(
        previous, {"openapi": "3.1.0", "info": {"title": "t", "version": "0.1.0"}, "paths": {}}
    )
    assert settled.previous == {"openapi": "3.1.0", "info": {"title": "t", "version": "0.1.0"}, "paths": {}}


def test_a_removed_export_of_the_package_is_reported(tmp_path: Path) -> None:
    """The package's ``__init__`` stops exporting ``Client``: griffe, given each module's file,
    resolves the re-export and reports it (without the file path it cannot: kills
    ``Clients.module`` mutant 20)."""
    client = "class Client:\n    pass\n"
    exports = 'from .client import Client\n\n__all__ = ["Client"]\n'
    old: dict[str, str | None] = {"__init__.py": exports, "client.py": client}
    new: dict[str, str | None] = {"__init__.py": "__all__: list[str] = []\n", "client.py": client}
    found = changes(tmp_path, new, old_edits=old)
    assert described(found) == [(("",), "package", "module pkg: Client: *Public object was removed*", B, ())]


@pytest.mark.usefixtures("ascii_locale")
def test_sources_are_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """Docstrings with non-ASCII text in an endpoint module and in the facade, under an ASCII
    locale: read as UTF-8 all the same (kills the ``encoding=None`` mutants of ``Clients.module``
    (29), ``_routes`` (27) and ``_facade_changes``)."""
    old, new = project(tmp_path / "old", {}), project(tmp_path / "new", {})
    endpoint_file, facade_file = "pkg/api/webhooks/fetch_a_webhook.py", "pkg/facade.py"
    docstring = '"""Fetch a webhook: café ☕."""\n'
    (old / endpoint_file).write_bytes((docstring + endpoint("get")).encode())
    (new / endpoint_file).write_bytes((docstring + endpoint("get", returns="Webhook | E | None")).encode())
    (old / facade_file).write_bytes(FACADE.replace('"Get."', '"Get: café."').encode())
    renamed = FACADE.replace('"Get."', '"Get: café ☕."')
    renamed = renamed.replace("def get(self, webhook_id", "def get(self, hook")
    (new / facade_file).write_bytes(renamed.encode())
    found = compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC)
    facade_methods = ("rtk.webhooks.get", "rtk.with_raw_response.webhooks.get", "async rtk.webhooks.get")
    assert described(found) == [
        (GET, "request", "argument webhook_id renamed hook", B, facade_methods),
        (GET, "response", "return type now also E", B, ALL),
    ]


def _split_facade(facade: str) -> dict[str, str | None]:
    """``facade`` laid out as the generator writes it now: the roots in ``facade.py``, the
    resource classes in ``resources/webhooks.py``."""
    resources, roots = facade.split("class RealtimeKit(", 1)
    return {
        "facade.py": "from __future__ import annotations\n\n\nclass RealtimeKit(" + roots,
        "resources/__init__.py": '"""Resources."""\n',
        "resources/webhooks.py": '"""rtk.webhooks."""\n\nfrom __future__ import annotations\n\n\n'
        + resources,
    }


def test_a_facade_split_into_resource_modules_is_compared_as_one(tmp_path: Path) -> None:
    before = _split_facade(FACADE)
    after = _split_facade(
        FACADE.replace("def delete(self, webhook_id: str)", "def delete(self, hook: str)", 1)
    )
    assert after["facade.py"] == before["facade.py"]  # only the resource module changed
    found = described(changes(tmp_path, after, old_edits=before))
    assert found == [(DELETE, "request", "argument webhook_id renamed hook", B, ("rtk.webhooks.delete",))]
    # nothing of it is reported as a change of a runtime module
    assert described(changes(tmp_path / "same", before, old_edits=before)) == []


def test_a_facade_class_renamed_is_breaking(tmp_path: Path) -> None:
    """A user's annotation names the class (``x: WebhooksResource``): its rename breaks it."""
    before = _split_facade(FACADE.replace("_Webhooks_R", "WebhooksResource"))
    after = _split_facade(FACADE.replace("_Webhooks_R", "HooksResource"))
    found = described(changes(tmp_path, after, old_edits=before))
    assert found == [
        (("",), "names", "facade class WebhooksResource renamed HooksResource", B, ("rtk.webhooks",))
    ]


def test_a_resource_behind_a_wrapped_property_signature_is_compared(tmp_path: Path) -> None:
    """ruff wraps ``def webhooks(self) -> LongName:`` when it passes 120 characters; the facade
    is read as modules (ast), so the wrapped property still leads to the changed resource."""
    wrapped = FACADE.replace(
        "    def webhooks(self) -> _Webhooks_R:\n",
        "    def webhooks(\n        self,\n    ) -> _Webhooks_R:\n",
    )
    before = _split_facade(wrapped)
    after = _split_facade(
        wrapped.replace("def delete(self, webhook_id: str)", "def delete(self, hook: str)", 1)
    )
    found = described(changes(tmp_path, after, old_edits=before))
    assert found == [(DELETE, "request", "argument webhook_id renamed hook", B, ("rtk.webhooks.delete",))]


def test_a_resource_hanging_from_another_unchanged_resource_module_is_compared(tmp_path: Path) -> None:
    """Only ``resources/webhooks.py`` changed, and one of its classes hangs from a class of the
    unchanged ``resources/raw.py`` (``rtk.with_raw_response``): that module is read too (all of
    them, when a changed class does not reach a client class through the modules that changed)."""

    def laid_out(facade: str) -> dict[str, str | None]:
        files = _split_facade(facade)
        roots = files["facade.py"] or ""
        start, end = roots.index("class _RawR("), roots.index("class AsyncRealtimeKit(")
        files["facade.py"] = roots[:start] + roots[end:]
        files["resources/raw.py"] = "from __future__ import annotations\n\n\n" + roots[start:end]
        return files

    before = laid_out(FACADE)
    after = laid_out(FACADE.replace("def delete(self, webhook_id: str)", "def delete(self, hook: str)"))
    assert [name for name in after if after[name] != before[name]] == ["resources/webhooks.py"]
    found = described(changes(tmp_path, after, old_edits=before))
    methods = ("rtk.webhooks.delete", "rtk.with_raw_response.webhooks.delete", "async rtk.webhooks.delete")
    assert found == [(DELETE, "request", "argument webhook_id renamed hook", B, methods)]
