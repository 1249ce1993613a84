"""Operations rendered in the upstream docs format, written from docs-format.md alone.

This is the test suite's model of the upstream generator, independent of the converter: the
property-based tests render random operations with it, convert the text and compare. It also
states, from the rules of docs/how-it-works.md (How the docs become OpenAPI), what schema a
skeleton must give.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

RESULT_NOTE = '> Data is at `body["result"]`'
NO_CONTENT = frozenset({"204", "205", "304"})
PLACEHOLDERS = {"*string*": "string", "*integer*": "integer", "*number*": "number", "*boolean*": "boolean"}
NO_SKELETON = object()  # an empty fence: no JSON schema for that response


@dataclass(frozen=True)
class Reply:
    """One response block: status as written, description, skeleton (or NO_SKELETON)."""

    status: str
    description: str
    skeleton: Any


@dataclass(frozen=True)
class Op:
    summary: str
    method: str
    path: str
    description: str
    replies: tuple[Reply, ...]


def render_reply(reply: Reply) -> str:
    """``#### {status} {description}``, the note for a 2xx, the fenced skeleton."""
    parts = [f"#### {reply.status} {reply.description}", ""]
    if reply.status.startswith("2"):
        parts += [RESULT_NOTE, ""]
    body = (
        ""
        if reply.skeleton is NO_SKELETON
        else json.dumps(reply.skeleton, indent=2, sort_keys=True, ensure_ascii=False)
    )
    parts += ["```json", body, "```"]
    return "\n".join(parts)


def render_op(op: Op) -> str:
    head = f"## {op.summary}\n\n**{op.method}** `{op.path}`\n\n{op.description}\n\n### Responses\n\n"
    return head + "\n\n".join(render_reply(reply) for reply in op.replies)


def render_file(tag: str, ops: list[Op], gap: str = "\n\n\n") -> str:
    """A whole file: the title, then operations joined by blank lines (``gap``)."""
    return f"# {tag}\n\n" + gap.join(render_op(op) for op in ops) + "\n"


def _schema(value: Any, nullable: bool = True) -> dict[str, Any]:
    def typed(name: str) -> dict[str, Any]:
        return {"type": [name, "null"] if nullable else name}

    if value is None:
        return {}
    if isinstance(value, str):
        return typed(PLACEHOLDERS[value])
    if isinstance(value, list):
        return {**typed("array"), "items": _schema(value[0]) if value else {}}
    schema = typed("object")
    if value:
        schema["properties"] = {key: _schema(child) for key, child in value.items()}
    return schema


def expected_content(reply: Reply) -> dict[str, Any] | None:
    """The response's ``content`` by docs/how-it-works.md's rules (None: no content at all)."""
    if reply.skeleton is NO_SKELETON:
        if reply.status in NO_CONTENT:
            return None
        return {"application/json": {"schema": {}}}
    value = reply.skeleton
    if reply.status.startswith("2") and not (isinstance(value, dict) and "success" in value):
        # items: a string, or a {code, message} object (components.schemas.ResponseInfo), or null
        either = [{"type": "string"}, {"$ref": "#/components/schemas/ResponseInfo"}, {"type": "null"}]
        infos = {"type": ["array", "null"], "items": {"anyOf": either}}
        schema = {
            "type": "object",
            "properties": {
                "errors": infos,
                "messages": infos,
                "result": _schema(value),
                "success": {"type": ["boolean", "null"]},
            },
        }
    else:
        schema = _schema(value, nullable=False)
    return {"application/json": {"schema": schema}}
