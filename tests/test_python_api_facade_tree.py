"""How ``python_api`` finds the facade's methods and classes in a facade written as modules
(``facade.py``, ``resources/*.py``): which modules it reads (those that changed, all of them
when a changed class does not reach a client class through those), which way to a class it
takes, what a class body may hold before its properties, and which files are the facade's.

Small hand-written clients (the helpers of test_python_api_clients.py); fast, so
``make mutation`` runs it for every mutant of ``rtkgen.changes.python_api``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rtkgen.changes.compare import match_operations
from rtkgen.changes.python_api import compare_clients
from test_python_api_clients import BASE, DOC, FACADE, GET, changes, described, project

B = True
Edits = dict[str, str | None]  # a client's files as edits of BASE (None: removed)
HEAD = "from __future__ import annotations\n\n\n"


def hub(name: str, properties: dict[str, str]) -> str:
    """A class of properties only (``webhooks`` -> the class it returns)."""
    body = "".join(
        f"    @property\n    def {prop}(self) -> {cls}:\n        return {cls}(self._s)\n\n"
        for prop, cls in properties.items()
    )
    return f"class {name}(_Base):\n{body}\n"


def leaf(argument: str = "webhook_id") -> str:
    """The resource class of ``webhooks.get`` (GET)."""
    return f'class Leaf(_Resource):\n    def get(self, {argument}: str) -> Webhook:\n        "Get."\n\n\n'


ROOTS = hub("RealtimeKit", {"with_raw_response": "RawA"}) + hub(
    "AsyncRealtimeKit", {"with_raw_response": "RawZ"}
)
SPARE = "class Spare(_Base):\n    pass\n\n\n"  # a class no property returns
ORPHAN = "class Orphan(_Base):\n    pass\n\n\n"
SYNC_RAW, ASYNC_RAW = "rtk.with_raw_response.webhooks.get", "async rtk.with_raw_response.webhooks.get"


def renamed(*subjects: str) -> tuple[object, ...]:
    """GET's argument ``webhook_id`` renamed ``hook``, in the facade methods ``subjects``."""
    return (GET, "request", "argument webhook_id renamed hook", B, subjects)


def tree(
    init: str = "",
    a: str | None = None,
    z_extra: str = "",
    argument: str = "webhook_id",
    *,
    raw_z: bool = True,
) -> Edits:
    """``Leaf`` reached two ways, each through a raw hub: ``RawA`` (in ``resources/a.py``, first
    in the modules' order, unless ``a`` moves it) from ``RealtimeKit`` and ``RawZ`` (beside
    ``Leaf`` in ``resources/z.py``, unless not ``raw_z``) from ``AsyncRealtimeKit``. Only
    ``Leaf`` changes, in z.py."""
    raw_a = hub("RawA", {"webhooks": "Leaf"})
    return {
        "facade.py": HEAD + ROOTS + SPARE,
        "resources/__init__.py": '"""Resources."""\n' + init,
        "resources/a.py": HEAD + raw_a if a is None else a,
        "resources/z.py": HEAD
        + (hub("RawZ", {"webhooks": "Leaf"}) if raw_z else "")
        + leaf(argument)
        + z_extra,
    }


def tree_changes(tmp_path: Path, old: Edits, new: Edits) -> list[object]:
    """The changes from the client ``old`` to ``new`` (edits of BASE), as ``described`` rows."""
    return list(described(changes(tmp_path, new, old_edits=old)))


def test_a_class_reached_two_ways_is_compared_along_the_way_through_the_modules_that_changed(
    tmp_path: Path,
) -> None:
    """Only z.py changed and ``Leaf`` reaches a client class through it (``RawZ``): the unchanged
    a.py is not read (an unchanged class, ``Spare``, reaching none does not make it read)."""
    found = tree_changes(tmp_path, tree(), tree(argument="hook"))
    assert found == [renamed(ASYNC_RAW)]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(  # a new class that reaches no client class: every module is read
            tree(),
            tree(argument="hook", z_extra=ORPHAN),
            [renamed(SYNC_RAW)],
            id="orphan-new",
        ),
        pytest.param(
            tree(z_extra=ORPHAN),
            tree(argument="hook"),
            [renamed(SYNC_RAW)],
            id="orphan-gone",
        ),
        pytest.param(  # the package's __init__ is no resource module: its classes are not read
            tree(init=hub("InitHub", {"webhooks": "Leaf"})),
            tree(init=hub("InitHub", {"webhooks": "Leaf"}), argument="hook", z_extra=ORPHAN),
            [renamed(SYNC_RAW)],
            id="unchanged-init-unread",
        ),
        pytest.param(  # ... unless it changed: then it is read (here the only way to Leaf)
            tree(init=hub("RawA", {"webhooks": "Leaf"}), a=HEAD, raw_z=False),
            tree(
                init="# changed\n" + hub("RawA", {"webhooks": "Leaf"}),
                a=HEAD,
                argument="hook",
                z_extra=ORPHAN,
                raw_z=False,
            ),
            [renamed(SYNC_RAW)],
            id="changed-init-read",
        ),
    ],
)
def test_every_module_is_read_when_a_changed_class_reaches_no_client_class_through_those_that_changed(
    tmp_path: Path, old: Edits, new: Edits, expected: list[object]
) -> None:
    """Then the way to ``Leaf`` is the first in the modules' order: through ``RawA`` (a.py)."""
    assert tree_changes(tmp_path, old, new) == expected


def test_a_facade_class_in_a_file_of_yours_still_leads_to_the_classes_that_changed(tmp_path: Path) -> None:
    """The old client's ``RawA`` is in ``resources/mine.py``, which its manifest leaves out (a
    file of yours: not compared); the new one's in the generated ``resources/b.py``. The old
    ``Leaf`` reaches no client class through the modules that changed, so every module of
    both sides is read, yours too: the way through ``RawA`` is found on both sides."""
    raw_a = HEAD + hub("RawA", {"webhooks": "Leaf"})
    before = tree(raw_z=False) | {"resources/a.py": None, "resources/mine.py": raw_a}
    after = tree(argument="hook", raw_z=False) | {"resources/a.py": None, "resources/b.py": raw_a}
    old, new = project(tmp_path / "old", before), project(tmp_path / "new", after)
    listed = sorted(
        f"pkg/{name}" for name, text in {**BASE, **before}.items() if text and name != "resources/mine.py"
    )
    (old / ".generated-files").write_text("\n".join(listed) + "\n")
    found = described(compare_clients(old, new, match_operations(DOC, DOC), DOC, DOC))
    assert found == [renamed(SYNC_RAW)]


# The client class as written by hand or by a generator: a docstring, an attribute, __init__, a
# decorated method and a property without a return annotation come before its resources.
WRITTEN_OUT = '''from __future__ import annotations

import abc


class RealtimeKit(_Base):
    """The client: ``rtk.webhooks.get(...)``."""

    timeout: float = 5.0

    def __init__(self, token: str) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    @property
    def label(self):
        return "rtk"

    @property
    def webhooks(self) -> WebhooksResource:
        return WebhooksResource(self._s)

    @property
    def _raw(self) -> RawResource:
        return RawResource(self._s)


'''


def resources(sub: str = "SubResource", raw: str = "RawResource", argument: str = "webhook_id") -> str:
    """``resources/webhooks.py`` for ``WRITTEN_OUT``: ``rtk.webhooks`` (with ``get``), its ``sub``
    class and the class behind the private ``rtk._raw``."""
    return HEAD + (
        f"class WebhooksResource(_Resource):\n"
        f"    @property\n    def sub(self) -> {sub}:\n        return {sub}(self._s)\n\n"
        f'    def get(self, {argument}: str) -> Webhook:\n        "Get."\n\n\n'
        f"class {sub}(_Resource):\n    def list(self) -> None: ...\n\n\n"
        f"class {raw}(_Resource):\n    def get(self) -> None: ...\n"
    )


def test_the_properties_after_other_members_of_a_client_class_lead_to_its_resources(tmp_path: Path) -> None:
    before: Edits = {"facade.py": WRITTEN_OUT, "resources/webhooks.py": resources()}
    after: Edits = {"facade.py": WRITTEN_OUT, "resources/webhooks.py": resources(argument="hook")}
    assert tree_changes(tmp_path, before, after) == [renamed("rtk.webhooks.get")]


def test_a_public_facade_class_renamed_at_any_depth_is_named_by_its_path(tmp_path: Path) -> None:
    """``rtk.webhooks.sub``'s class renamed: breaking, named by its path; a class behind a
    private property (``rtk._raw``) is no public way and not listed."""
    before: Edits = {"facade.py": WRITTEN_OUT, "resources/webhooks.py": resources()}
    after: Edits = {
        "facade.py": WRITTEN_OUT.replace("RawResource", "RawsResource"),
        "resources/webhooks.py": resources(sub="SubsResource", raw="RawsResource"),
    }
    found = described(changes(tmp_path, after, old_edits=before))
    assert found == [
        (("",), "names", "facade class SubResource renamed SubsResource", B, ("rtk.webhooks.sub",))
    ]


def test_a_client_without_facade_py_has_no_facade_to_compare(tmp_path: Path) -> None:
    """The old client's facade classes are in a resource module but it has no ``facade.py``:
    no facade on that side, nothing compared (a facade added is no change of a method)."""
    renamed = FACADE.replace("def get(self, webhook_id: str)", "def get(self, hook: str)")
    assert (
        described(
            changes(
                tmp_path,
                {"facade.py": renamed},
                old_edits={"resources/webhooks.py": FACADE, "facade.py": None},
            )
        )
        == []
    )
    assert described(changes(tmp_path / "2", {"facade.py": None, "resources/webhooks.py": renamed})) == []


def test_a_resource_module_added_is_read_on_the_side_that_has_it(tmp_path: Path) -> None:
    split: Edits = {"facade.py": WRITTEN_OUT, "resources/webhooks.py": resources()}
    added = split | {"resources/extra.py": HEAD + "class Extra(_Resource):\n    def get(self) -> None: ...\n"}
    assert described(changes(tmp_path, added, old_edits=split)) == []
    assert described(changes(tmp_path / "2", split, old_edits=added)) == []


def test_a_module_in_a_subfolder_of_the_package_is_the_runtimes_not_the_facades(tmp_path: Path) -> None:
    """``resources/`` holds the facade's modules at its top only; any other folder's module is
    the runtime's, compared by griffe's check."""
    old: Edits = {
        "extras/util.py": "def f(a: int) -> None: ...\n",
        "resources/sub/x.py": "def g(a: int) -> None: ...\n",
    }
    new: Edits = {"extras/util.py": "def f() -> None: ...\n", "resources/sub/x.py": "def g() -> None: ...\n"}
    assert described(changes(tmp_path, new, old_edits=old)) == [
        (("",), "package", "module pkg.extras.util: f(a): *Parameter was removed*", B, ()),
        (("",), "package", "module pkg.resources.sub.x: g(a): *Parameter was removed*", B, ()),
    ]
