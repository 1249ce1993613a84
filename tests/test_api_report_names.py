"""Names in the change report are written so that no name can break its line: a property or
parameter name that is not plain is quoted (a JSON string), and any line break left in a line
is escaped, so a key holding ``\\n## 9.9.9 (`` adds no heading to CHANGES.md."""

from __future__ import annotations

from typing import Any

import pytest

from rtkgen.changes.compare import compare_documents
from rtkgen.changes.report import changelog_entry, format_report, prepend_entry
from rtkgen.changes.schemas import quoted

HOSTILE = "x\n## 9.9.9 (2000-01-01)\n\n- fake"


def spec(properties: dict[str, Any], parameters: list[Any] | None = None) -> dict[str, Any]:
    body = {"type": "object", "properties": properties}
    operation = {
        "operationId": "get_thing",
        "parameters": parameters or [],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}},
    }
    return {"openapi": "3.1.0", "info": {"version": "1.0.0"}, "paths": {"/t": {"get": operation}}}


def entry_for(old: dict[str, Any], new: dict[str, Any]) -> str:
    report = format_report(list(compare_documents(old, new)))
    return prepend_entry(
        "# Changes\n\n## 1.0.0 (2025-01-01)\n\nfirst\n", changelog_entry("1.1.0", "1.0.0", "d", report)
    )


@pytest.mark.parametrize("name", [HOSTILE, "a\r\nb", "a\u2028## 9.9.9 (", "a.b", "a[]", "a b"])
def test_a_field_name_is_quoted_and_adds_no_line(name: str) -> None:
    old = spec({"id": {"type": "string"}})
    new = spec({"id": {"type": "string"}, name: {"type": "string"}})
    changelog = entry_for(old, new)
    headings = [line for line in changelog.splitlines() if line.startswith("## ")]
    assert headings == ["## 1.1.0 (d)", "## 1.0.0 (2025-01-01)"]
    assert f"field {quoted(name)} added" in changelog
    assert quoted(name).startswith('"') and "\n" not in quoted(name)


def test_a_parameter_name_is_quoted_too() -> None:
    parameter = {"name": HOSTILE, "in": "query", "schema": {"type": "string"}}
    changelog = entry_for(spec({}), spec({}, [parameter]))
    assert [line for line in changelog.splitlines() if line.startswith("## ")] == [
        "## 1.1.0 (d)",
        "## 1.0.0 (2025-01-01)",
    ]
    assert f"parameter {quoted(HOSTILE)} added" in changelog


def test_plain_names_are_written_as_they_are() -> None:
    assert [quoted(n) for n in ("url", "created_at", "x-id", "$ref", "a1")] == [
        "url",
        "created_at",
        "x-id",
        "$ref",
        "a1",
    ]
