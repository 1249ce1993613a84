"""The rules of the Python API comparison and of the merge, one by one, on small sources
(the scenarios end to end are in test_api_changes_python.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import griffe
import pytest

from conftest import doc_markdown, op_markdown
from rtkgen.changes.compare import Area, Change, Subject, compare_documents, counts
from rtkgen.changes.merge import PACKAGE_LABEL, merge_changes
from rtkgen.changes.python_api import (
    PyChange,
    _breakages,
    _facade_sources,
    _function_pair_changes,
    _renames,
    _top_level,
    _Type,
    _type_change,
    _union,
    changed_files,
    facade_classes,
)
from rtkgen.converter.convert import convert
from rtkgen.generator.client_version import set_client_version

B, N = True, False


@pytest.mark.parametrize(
    ("old", "new", "returned", "expected"),
    [
        ("A | None", "A | None", True, None),
        ("A | None", "A | B | None", True, (B, "now also B")),  # a new case to handle
        ("A | B | None", "A | None", True, (N, "no longer B")),  # one case fewer
        ("Response[A | B]", "Response[A | B | C]", True, (B, "now also C")),
        ("str | Unset", "str | None | Unset", False, (N, "now also None")),  # an argument may accept more
        ("str | None | Unset", "str | Unset", False, (B, "no longer None")),
        ("str", "int", False, (B, "str -> int")),
        ("Response[A]", "A", True, (B, "Response[A] -> A")),
    ],
)
def test_type_changes(old: str, new: str, returned: bool, expected: tuple[bool, str] | None) -> None:
    assert _type_change(old, new, returned=returned) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("", "A", (B, "none -> A")),
        ("A", "", (B, "A -> none")),
        ("A", "A | B | C", (B, "now also B | C")),
        ("A | B", "A | C", (B, "now also C; no longer B")),
        ("A | B | C", "A", (N, "no longer B | C")),
    ],
)
def test_type_change_words(old: str, new: str, expected: tuple[bool, str]) -> None:
    assert _type_change(old, new, returned=True) == expected


def test_parentheses_and_brackets_hold_their_separators() -> None:
    assert _top_level("f(a | b) | c", "|") == ["f(a | b)", "c"]
    assert _top_level("g[a | (b)] | c", "|") == ["g[a | (b)]", "c"]


def test_unions_split_at_the_top_level_only() -> None:
    assert _union("Response[A | list[B | None]]") == ("Response", frozenset({"A", "list[B | None]"}))
    assert _union("dict[str, A] | None") == ("", frozenset({"dict[str, A]", "None"}))
    assert _union("list[A] | list[B]") == ("", frozenset({"list[A]", "list[B]"}))


def signature_changes(old: str, new: str) -> list[tuple[bool, str]]:
    before = griffe.visit("m", Path("m.py"), old)
    after = griffe.visit("m", Path("m.py"), new)
    found = _function_pair_changes(
        before.members["sync"],  # type: ignore[arg-type]
        after.members["sync"],  # type: ignore[arg-type]
        _breakages(before, after).get("m.sync", []),
        lambda text: text,
    )
    return [(line.breaking, line.text) for line in found]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("def sync(a: str) -> A: ...", "def sync(a: str) -> A: ...", []),
        ("def sync(a: str) -> A: ...", "def sync(b: str) -> A: ...", [(B, "argument a renamed b")]),
        (
            "def sync(a: str, /) -> A: ...",
            "def sync(b: str, /) -> A: ...",
            [(N, "argument a renamed b (positional only: calls are unaffected)")],
        ),
        (
            "def sync(a: str) -> A: ...",
            "def sync(a: str, *, q: int = 1) -> A: ...",
            [(N, "argument q added (optional)")],
        ),
        (
            "def sync(a: str) -> A: ...",
            "def sync(a: str, *, q: int) -> A: ...",
            [(B, "required argument q added")],
        ),
        ("def sync(a: str, q: int = 1) -> A: ...", "def sync(a: str) -> A: ...", [(B, "argument q removed")]),
        (
            "def sync(*, q: int = 1) -> A: ...",
            "def sync(*, q: int = 2) -> A: ...",
            [(B, "argument q default 1 -> 2")],
        ),
        (
            "def sync(*, q: int = 1) -> A: ...",
            "def sync(*, q: int) -> A: ...",
            [(B, "argument q became required")],
        ),
        (
            "def sync(a: str) -> A: ...",
            "def sync(*, a: str) -> A: ...",
            [(B, "argument a is now keyword-only (was positional or keyword)")],
        ),
        ("def sync(a: str) -> A: ...", "def sync(a: int) -> A: ...", [(B, "argument a type str -> int")]),
        (
            "def sync(a: str) -> A | None: ...",
            "def sync(a: str) -> A | B | None: ...",
            [(B, "return type now also B")],
        ),
        (
            "def sync(a: str, b: str) -> A: ...",
            "def sync(b: str, a: str) -> A: ...",
            [
                (B, "argument a moved (position: from 0 to 1 (+1))"),
                (B, "argument b moved (position: from 1 to 0 (-1))"),
            ],
        ),
        (  # griffe's words and ours: the return annotation is gone
            "def sync(a: str) -> A: ...",
            "def sync(a: str): ...",
            [(B, "return type A -> None"), (B, "return type A -> none")],
        ),
        ("def sync(a) -> A: ...", "def sync(a: int) -> A: ...", [(B, "argument a type none -> int")]),
        (
            "def sync(a: str) -> A: ...",
            "def sync(b: int) -> A: ...",
            [(B, "argument a renamed b"), (B, "argument b type str -> int")],
        ),
        (
            "def sync(a: str, b: str) -> A: ...",
            "def sync(a: str, c: str) -> A: ...",
            [(B, "argument b renamed c")],
        ),
        (  # a keyword-only argument does not take a positional one's place
            "def sync(a: str) -> A: ...",
            "def sync(*, b: str) -> A: ...",
            [(B, "argument a removed"), (B, "required argument b added")],
        ),
        (
            "def sync(*, a: int = 1, b: str = '') -> A: ...",
            "def sync(*, b: int = '') -> A: ...",
            [(B, "argument a removed"), (B, "argument b type str -> int")],
        ),
        (
            "def sync(a: str | None) -> A: ...",
            "def sync(a: str) -> A: ...",
            [(B, "argument a type no longer None")],
        ),
    ],
)
def test_signature_changes(old: str, new: str, expected: list[tuple[bool, str]]) -> None:
    assert signature_changes(old, new) == expected


def test_only_files_that_differ_are_compared_and_hard_links_are_not_read(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for side in (old, new):
        (side / "api").mkdir(parents=True)
    (old / "same.py").write_text("x = 1\n")
    os.link(old / "same.py", new / "same.py")  # a file from the shard cache: not even read
    (old / "api" / "edited.py").write_text("def sync() -> int: ...\n")
    (new / "api" / "edited.py").write_text("def sync() -> str: ...\n")
    (old / "gone.py").write_text("")
    (new / "new.py").write_text("")
    (old / "copy.py").write_text("y = 2\n")
    (new / "copy.py").write_text("y = 2\n")
    assert changed_files(old, new) == {"api/edited.py", "gone.py", "new.py"}


def test_every_file_is_compared_whatever_the_order_of_the_links_among_them(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for side in (old, new):
        side.mkdir()
    for number in range(8):  # the files are visited in set order: links and edits interleave
        (old / f"link{number}.py").write_text("x = 1\n")
        os.link(old / f"link{number}.py", new / f"link{number}.py")
        (old / f"edit{number}.py").write_text("x = 1\n")
        (new / f"edit{number}.py").write_text("x = 2\n")
    assert changed_files(old, new) == {f"edit{number}.py" for number in range(8)}


def test_a_shared_model_renamed_is_paired_by_its_fields_when_the_pair_is_unique() -> None:
    foo, bar = _Type("Foo", False, {"a": "str", "b": "int"}), _Type("Bar", False, {"a": "str", "b": "int"})
    other = _Type("Other", False, {"c": "str"})
    assert _renames([foo, other], [bar], {}, {}, {}) == [(foo, bar)]
    twin = _Type("Baz", False, {"a": "str", "b": "int"})
    assert _renames([foo], [bar, twin], {}, {}, {}) == []  # two candidates: not guessed


def spec_change(
    description: str,
    breaking: bool,
    area: Area = Area.REQUEST,
    key: tuple[str, str] = ("/a", "get"),
    *about: str,
    subject: Subject = Subject.OTHER,
    field: str = "",
) -> Change:
    return Change("GET /a (a)", description, breaking, area, key, subject, about, field)


def test_a_python_change_a_spec_line_already_says_is_not_listed_again() -> None:
    spec = [spec_change("query parameter q retyped integer -> string", B)]
    python = [
        PyChange(("/a", "get"), Area.REQUEST, "argument q type int | Unset -> str | Unset", B, ("sync",))
    ]
    assert merge_changes(spec, python, {}, {}) == spec


def test_a_breaking_python_change_behind_a_non_breaking_spec_line_is_listed() -> None:
    spec = [spec_change("response 404 added", N, Area.RESPONSE)]
    python = [PyChange(("/a", "get"), Area.RESPONSE, "return type now also E", B, ("sync", "asyncio"))]
    merged = merge_changes(spec, python, {"paths": {"/a": {"get": {"operationId": "a"}}}}, {})
    assert [(c.breaking, c.operation, c.description) for c in merged] == [
        (N, "GET /a (a)", "response 404 added"),
        (B, "GET /a (a)", "return type now also E (sync, asyncio)"),
    ]


def package(description: str, breaking: bool, subject: Subject, *names: str) -> PyChange:
    return PyChange(None, Area.PACKAGE, description, breaking, subject=subject, names=names)


def test_model_fields_and_values_are_listed_unless_a_spec_line_names_them() -> None:
    spec = [
        spec_change(
            "response 200 field data.targetUrl added (string|null)", N, Area.RESPONSE, field="data.targetUrl"
        ),
        spec_change(
            'response 200 field data.kind enum value "b" removed',
            B,
            Area.RESPONSE,
            ("/a", "get"),
            '"b"',
            subject=Subject.VALUE_REMOVED,
            field="data.kind",
        ),
    ]
    python = [
        package("model Webhook: field target_url added (str | None)", N, Subject.FIELD, "target_url"),
        package("model Kind: value 'b' removed", B, Subject.VALUE_REMOVED, "'b'"),
        package("model Webhook: field secret removed", B, Subject.FIELD, "secret"),
        package("model Shared removed", B, Subject.MODEL, "Shared"),
    ]
    merged = merge_changes(spec, python, {}, {})
    assert [(c.operation, c.description) for c in merged[2:]] == [
        (PACKAGE_LABEL, "model Webhook: field secret removed"),
        (PACKAGE_LABEL, "model Shared removed"),
    ]
    assert counts(merged)["changed"] == 1  # the package's lines are changes, not operations


def test_without_a_previous_client_the_spec_lines_stand() -> None:
    spec = [spec_change("path parameter id renamed thing_id", B, Area.PATH_NAME)]
    assert merge_changes(spec, None, {}, {}) == spec
    settled = merge_changes(spec, [], {}, {})
    assert [(c.breaking, c.description) for c in settled] == [
        (N, "path parameter id renamed thing_id in the spec (same URL; Python code is unaffected)")
    ]


def test_each_change_has_the_area_of_where_it_was_found() -> None:
    """The area is set where the change is found: a path parameter renamed (PATH_NAME) and one
    added (REQUEST) share their first words; a response's model rename is a RESPONSE change."""

    def spec(path: str, operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
        responses = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
        return {"paths": {path: {"get": {"operationId": operation_id, "responses": responses}}}}

    obj = {"type": "object", "properties": {"x": {"type": "string"}}}
    old = spec("/t/{a}", "a", {"$ref": "#/components/schemas/A"}) | {"components": {"schemas": {"A": obj}}}
    new = spec("/t/{b}", "b", {"$ref": "#/components/schemas/B"}) | {"components": {"schemas": {"B": obj}}}
    areas = {c.description: c.area for c in compare_documents(old, new)}
    assert areas["path parameter a renamed b"] is Area.PATH_NAME
    assert areas["function renamed a -> b"] is Area.NAMES
    assert areas["response 200 model renamed A -> B"] is Area.RESPONSE


def test_a_function_name_taken_from_a_removed_operation_says_so() -> None:
    old = convert(
        [
            ("a.md", doc_markdown(op_markdown(summary="Delete a thing", method="DELETE")).encode()),
            ("b.md", doc_markdown(op_markdown(summary="Get a thing", path="/things/{thing_id}/x")).encode()),
        ]
    )
    new = convert(
        [("b.md", doc_markdown(op_markdown(summary="Delete a thing", path="/things/{thing_id}/x")).encode())]
    )
    descriptions = [c.description for c in compare_documents(old, new)]
    assert (
        "function delete_a_thing now calls this operation, not DELETE /things/{thing_id} "
        "(which was removed); this operation's function was get_a_thing"
    ) in descriptions
    assert "operation removed" in descriptions


def test_the_version_is_set_in_the_three_places_by_replacing_the_files(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.1.1"\n')
    (tmp_path / "pkg" / "__init__.py").write_text('__version__ = "0.1.1"\n')
    (tmp_path / "README.md").write_text("# x-client 0.1.1\n\nText 0.1.1.\n")
    cache = tmp_path / "cached-init.py"
    os.link(tmp_path / "pkg" / "__init__.py", cache)  # a hard link into the shard cache
    set_client_version(tmp_path, "0.1.1", "0.2.0")
    assert (tmp_path / "pyproject.toml").read_text() == '[project]\nname = "x"\nversion = "0.2.0"\n'
    assert (tmp_path / "pkg" / "__init__.py").read_text() == '__version__ = "0.2.0"\n'
    assert (tmp_path / "README.md").read_text() == "# x-client 0.2.0\n\nText 0.1.1.\n"
    assert cache.read_text() == '__version__ = "0.1.1"\n'  # the cache is untouched


def test_the_version_is_set_nowhere_when_a_place_lacks_it(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pyproject.toml").write_text('version = "0.1.1"\n')
    (tmp_path / "pkg" / "__init__.py").write_text('__version__ = "9.9.9"\n')
    (tmp_path / "README.md").write_text("# x 0.1.1\n")
    with pytest.raises(
        RuntimeError, match=r"__init__.py: cannot set the version: 0 line\(s\) with version 0.1.1"
    ):
        set_client_version(tmp_path, "0.1.1", "0.2.0")
    assert (tmp_path / "pyproject.toml").read_text() == 'version = "0.1.1"\n'


FACADE = """class _A_R(_Resource):
    def get(self, a: str, /) -> X:
        "Get."


class _B_R(_Resource):
    def get(self) -> Y:
        "Get."


class RealtimeKit(_Base):
    @property
    def a(self) -> _A_R:
        return _A_R(self._s)

    @property
    def b(self) -> _B_R:
        return _B_R(self._s)


OPERATIONS: dict[str, str] = {}
"""


def test_griffe_reads_only_the_facade_classes_that_differ_and_the_way_to_them() -> None:
    before = facade_classes(FACADE)
    assert _facade_sources(before, before) is None
    changed = FACADE.replace("-> X:", "-> Z:")
    sources = _facade_sources(before, facade_classes(changed))
    assert sources is not None
    for source in sources:
        assert "class _A_R(" in source and "class RealtimeKit(" in source
        assert "class _B_R(" not in source and "OPERATIONS" not in source
    blocks = changed.split("\n\n\n")
    assert sources[1] == "\n\n\n".join([blocks[0], blocks[2]]) + "\n"  # _A_R and RealtimeKit, as written
    added = FACADE + "\n\n@final\nclass _C_R(_Resource):\n    def x(self) -> None: ...\n"
    assert _facade_sources(before, facade_classes(added)) == (
        "",
        "@final\nclass _C_R(_Resource):\n    def x(self) -> None: ...\n",  # with its decorator
    )


def test_a_property_whose_signature_is_wrapped_still_leads_to_its_class() -> None:
    """ruff wraps a line over 120 characters: ``def participants(\\n        self,\\n    ) -> X:``
    (a long resource name); the class it returns still hangs from the property's class (a
    regular expression over ``def x(self) -> X:`` lost it, and the class's changes with it)."""
    wrapped = FACADE.replace(
        "    def a(self) -> _A_R:\n", "    def a(\n        self,\n    ) -> _A_R:\n"
    ).replace("    def b(self) -> _B_R:", '    def b(self) -> "_B_R":')
    assert facade_classes(wrapped)["RealtimeKit"].children == ("_A_R", "_B_R")
    sources = _facade_sources(facade_classes(wrapped), facade_classes(wrapped.replace("-> X:", "-> Z:")))
    assert sources is not None and "class RealtimeKit(" in sources[1]


def test_a_class_is_read_by_the_lines_python_counts() -> None:
    """A docstring holding a character ``str.splitlines`` splits at (a form feed, U+2028) does
    not shift the classes after it."""
    odd = FACADE.replace('"Get."', '"Get\f this\u2028 that."', 1)
    classes = facade_classes(odd)
    assert classes["_B_R"].source.startswith("class _B_R(") and classes["RealtimeKit"].source.startswith(
        "class RealtimeKit("
    )
