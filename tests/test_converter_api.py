"""The converter's public functions at their edges: no input, the errors' text, the builder on its
own, names from the method and path, and what the skeleton functions refuse."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import doc_markdown, older_op_markdown, op_markdown, parse_one
from rtkgen.converter import cli as docs_to_openapi
from rtkgen.converter.convert import convert
from rtkgen.converter.openapi_builder import build_document
from rtkgen.converter.records import ConversionError, DocError, SourceLocation
from rtkgen.converter.skeletons import body_schema, schema_for


def test_no_sources_is_one_problem_of_the_input() -> None:
    with pytest.raises(ConversionError) as caught:
        convert([])
    assert [str(error) for error in caught.value.errors] == ["<input>:0: no markdown files to convert"]


def test_a_folder_without_markdown_files_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.yaml"
    status = docs_to_openapi.main(["-o", str(output), str(tmp_path)])
    assert status == 2
    assert capsys.readouterr().err.splitlines() == [
        "<input>:0: no markdown files to convert",
        "1 problem(s) in the docs; nothing was written",
    ]
    assert not output.exists()


def test_a_conversion_error_reads_as_its_problems_one_per_line() -> None:
    errors = [DocError(SourceLocation("a.md", 3), "first"), DocError(SourceLocation("b.md", 7), "second")]
    error = ConversionError(errors)
    assert str(error) == "a.md:3: first\nb.md:7: second"
    assert error.errors == errors


@pytest.mark.parametrize("operation", [op_markdown, older_op_markdown], ids=["current", "older-format"])
def test_the_builder_refuses_a_route_documented_twice(operation: Callable[..., str]) -> None:
    """Both places are named, also for operations of the older format (no Responses section)."""
    first = parse_one(doc_markdown(operation(path="/x")), path="a.md")
    second = parse_one(doc_markdown(operation(summary="Again", path="/x")), path="b.md")
    with pytest.raises(ConversionError) as caught:
        build_document([first, second])
    assert [str(error) for error in caught.value.errors] == [
        "b.md:3: GET /x is documented twice (first at a.md:3); each method and path must appear once"
    ]


@pytest.mark.parametrize(
    ("summary", "method", "path", "operation_id"),
    [
        ("", "DELETE", "/things/{thing_id}", "delete_things_thing_id"),
        ("!!", "PATCH", "/a/b", "patch_a_b"),
        ("✓", "GET", "/", "get"),
    ],
)
def test_without_a_usable_summary_the_name_comes_from_method_and_path(
    summary: str, method: str, path: str, operation_id: str
) -> None:
    doc = parse_one(doc_markdown(op_markdown(summary=summary, method=method, path=path)))
    built = build_document([doc])
    assert built["paths"][path][method.lower()]["operationId"] == operation_id


def test_a_value_outside_the_skeleton_language_is_refused() -> None:
    with pytest.raises(TypeError, match=r"^not a skeleton value: 42$"):
        schema_for(42)


def test_the_top_of_a_whole_body_is_not_nullable() -> None:
    assert body_schema("400", {"success": "*boolean*"}) == {
        "type": "object",
        "properties": {"success": {"type": ["boolean", "null"]}},
    }
    assert body_schema("default", ["*string*"]) == {"type": "array", "items": {"type": ["string", "null"]}}
