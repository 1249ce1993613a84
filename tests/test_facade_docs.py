"""The facade's docstrings (generated from the spec): every method of every flavour, for every
operation in ``OPERATIONS`` (a new operation is covered without editing this file), documents
each argument of its signature in ``Args:``, with the spec's description where the spec has one,
and says what it returns and raises; the clients and the resource classes have docstrings."""

from __future__ import annotations

import inspect
import pydoc
import re
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from realtimekit_client import AsyncRealtimeKit, RealtimeKit
from realtimekit_client.facade import OPERATIONS
from realtimekit_client.facade_base import Resource

from conftest import committed_spec, public_names

SPEC: dict[str, Any] = committed_spec()
METHODS = ("get", "put", "post", "delete", "patch")
UNDESCRIBED = "the API's docs do not describe it"
EXTRAS = ("extra_body", "extra_query", "extra_headers", "timeout")


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _resolve(node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _described(schema: Any) -> str:
    """The spec's description of a property or parameter schema (its own, its $ref's, or its one
    non-null option's)."""
    if not isinstance(schema, Mapping):
        return ""
    if schema.get("description"):
        return str(schema["description"])
    if "$ref" in schema:
        return _described(_resolve(schema))
    for key in ("anyOf", "oneOf", "allOf"):
        options = [o for o in schema.get(key, []) if _resolve(o) != {"type": "null"}]
        if len(options) == 1:
            return _described(options[0])
    return ""


def _properties(schema: Any) -> dict[str, Any]:
    schema = _resolve(schema)
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        found.update(_properties(part))
    found.update(schema.get("properties", {}))
    return found


def spec_descriptions(operation_id: str) -> dict[str, str]:
    """Normalized argument name -> the spec's description, of one operation."""
    for item in SPEC["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None or operation["operationId"] != operation_id:
                continue
            found: dict[str, str] = {}
            body = _resolve(operation.get("requestBody", {}))
            schema = body.get("content", {}).get("application/json", {}).get("schema")
            if schema is not None:
                for name, prop in _properties(schema).items():
                    found[_key(name)] = _described(prop)
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = _resolve(parameter)
                found[_key(parameter["name"])] = parameter.get("description") or _described(
                    parameter.get("schema")
                )
            return {name: text for name, text in found.items() if text}
    raise LookupError(operation_id)


def sections(doc: str) -> dict[str, dict[str, str]]:
    """The Google-style sections of a docstring (``inspect.getdoc``'s): section -> entry -> text."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    entry = ""
    for line in doc.splitlines():
        if re.fullmatch(r"[A-Z]\w+:", line):
            current = found.setdefault(line[:-1], {})
        elif not line.strip():
            current = None
        elif current is not None and line.startswith("    ") and not line.startswith("     "):
            entry, _, text = line.strip().partition(": ")
            current[entry] = text
        elif current is not None and line.startswith("        "):
            current[entry] += " " + line.strip()
    return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def methods_of(dotted: str) -> list[tuple[str, Callable[..., Any]]]:
    """The method ``dotted`` of each flavour of the facade."""
    rtk = RealtimeKit(account_id="acc", app_id="app", token="t")
    art = AsyncRealtimeKit(account_id="acc", app_id="app", token="t")
    found = []
    for label, root in [
        ("rtk", rtk),
        ("rtk.with_raw_response", rtk.with_raw_response),
        ("async rtk", art),
        ("async rtk.with_raw_response", art.with_raw_response),
    ]:
        node: Any = root
        for part in dotted.split("."):
            node = getattr(node, part)
        found.append((label, node))
    return found


@pytest.mark.parametrize("dotted", sorted(OPERATIONS))
def test_every_argument_is_in_args_with_the_specs_description(dotted: str) -> None:
    expected = spec_descriptions(OPERATIONS[dotted])
    for label, method in methods_of(dotted):
        doc = inspect.getdoc(method) or ""
        found = sections(doc)
        args = found.get("Args", {})
        names = [name for name in inspect.signature(method).parameters if name != "self"]
        assert names and set(names) <= set(args), (label, dotted, sorted(set(names) - set(args)))
        for name in names:
            text = _flat(args[name])
            assert text, (label, dotted, name)
            if name in EXTRAS:
                continue
            spec_text = expected.get(_key(name))
            if spec_text:
                assert _flat(spec_text) in text, (label, dotted, name, text, spec_text)
            elif text.endswith("of the route above."):  # a path parameter, by the API's name
                wire = re.fullmatch(r"The ``(\{[^}]+\})`` of the route above\.", text)
                assert wire and _key(wire.group(1)) == _key(name), (label, dotted, name, text)
                assert wire.group(1) in doc.split("Args:")[0], (label, dotted, name)
            elif name not in ("page_no", "per_page"):
                assert text.endswith(f"; {UNDESCRIBED}."), (label, dotted, name, text)
        assert found.get("Returns"), (label, dotted)
        assert not re.search(r"\b_[A-Z]", " ".join(found["Returns"])), (label, dotted)  # public names
        raises = found.get("Raises", {})
        assert {"ApiConnectionError", "ApiTimeoutError"} <= set(raises), (label, dotted)
        if "raw" not in label:
            assert {"BadRequestError", "AuthError", "NotFoundError", "ServerError"} <= set(raises)
        assert "RealtimeKitError" in doc


def test_the_docstrings_follow_the_spec_not_the_other_way_round() -> None:
    """The spec's descriptions reach the docstrings: most arguments of the API are described,
    so an Args section full of placeholders would fail here even if every name were listed."""
    described = sum(len(spec_descriptions(op_id)) for op_id in OPERATIONS.values())
    assert described >= 60
    doc = inspect.getdoc(RealtimeKit(account_id="a", app_id="b", token="t").webhooks.create) or ""
    assert sections(doc)["Args"]["url"] == "URL this webhook will send events to"


def test_help_of_create_a_meeting_lists_every_argument_with_its_description() -> None:
    rtk = RealtimeKit(account_id="acc", app_id="app", token="t")
    shown = re.sub(".\b", "", pydoc.render_doc(rtk.meetings.create))  # help()'s text, bold undone
    assert "module realtimekit_client.resources.meetings" in shown
    assert "Create a meeting" in shown
    for name, text in spec_descriptions("create_a_meeting").items():
        assert _flat(text) in _flat(shown), name
    assert "record_on_start: Specifies if the meeting should start getting recorded" in shown


def test_errors_and_hovers_name_the_public_classes() -> None:
    rtk = RealtimeKit(account_id="acc", app_id="app", token="t")
    assert rtk.meetings.create.__qualname__ == "MeetingsResource.create"
    assert type(rtk.meetings.participants).__name__ == "MeetingParticipantsResource"
    assert type(rtk.sessions.participants).__name__ == "SessionParticipantsResource"
    assert type(rtk.with_raw_response.meetings).__name__ == "MeetingsResourceWithRawResponse"
    misspelt: dict[str, Any] = {"titel": "x"}
    unexpected = r"^MeetingsResource\.create\(\) got an unexpected keyword argument 'titel'"
    with pytest.raises(TypeError, match=unexpected):
        rtk.meetings.create(**misspelt)


def test_the_clients_and_every_resource_class_have_docstrings() -> None:
    for cls in (RealtimeKit, AsyncRealtimeKit):
        doc = inspect.getdoc(cls) or ""
        for argument in ("account_id", "app_id", "token", "base_url", "timeout", "max_retries", "client"):
            assert f"{argument}: " in doc, (cls, argument)
    seen: set[type[Any]] = set()

    def visit(node: object) -> None:
        for name in public_names(type(node)):
            if name in {"client", "account_id", "app_id"}:
                continue
            value = getattr(node, name)
            if isinstance(value, Resource) and type(value) not in seen:
                seen.add(type(value))
                assert (type(value).__doc__ or "").strip(), type(value)
                visit(value)

    for root in (RealtimeKit, AsyncRealtimeKit):
        visit(root(account_id="acc", app_id="app", token="t"))
    assert len(seen) >= 4 * 8  # every flavour of each top-level resource at least
    roots = {"RealtimeKitWithRawResponse", "AsyncRealtimeKitWithRawResponse"}
    assert all(
        cls.__name__.endswith(("Resource", "ResourceWithRawResponse")) or cls.__name__ in roots
        for cls in seen
    )


def test_signatures_show_unset_as_written() -> None:
    """``help()`` and IDEs show an optional argument's default as ``UNSET``, as the signature is
    written, not as ``<...Unset object at 0x...>``."""
    rtk = RealtimeKit(account_id="a", app_id="b", token="t")
    shown = str(inspect.signature(rtk.meetings.create))
    assert "title: 'str | None | Unset' = UNSET" in shown
    assert "object at 0x" not in pydoc.render_doc(rtk.meetings.create)
