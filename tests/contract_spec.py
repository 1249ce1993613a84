"""What the contract tests read from ``openapi.yaml``, and how they reach the generated code.

Everything a contract case needs comes from the spec, so a new operation in the docs is tested
with no edit to the tests: the operations (:func:`operations`), the documented status that
covers a code (:func:`documented`), the arguments of the generated function
(:func:`arguments`), the generated type a status parses into (:func:`expected_type`), and
whether a response is Prism refusing the request (:func:`prism_rejection`).
"""

from __future__ import annotations

import importlib
import inspect
import json
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
from openapi_python_client.strings import ClassName, PythonIdentifier

from rtkgen.core.openapi_common import HTTP_METHODS, load_yaml
from schema_values import Schema, problems, resolve, sample, to_python, types_of

PACKAGE = "realtimekit_client"
FIELD_PREFIX = "field_"  # openapi-python-client's default field_prefix
# A path parameter value that must be percent-encoded to reach the server as one segment.
HOSTILE_PATH_VALUE = "ls/../1 ?#%"
TOKEN = "contract-test-token"
TIMEOUT = httpx.Timeout(15.0)  # Prism hangs on some malformed requests: never wait forever


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: Schema


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the tests need of it."""

    operation_id: str
    method: str
    path: str
    tag: str
    parameters: tuple[Parameter, ...]
    body_schema: Schema | None
    body_required: bool
    responses: Mapping[str, Schema | None] = field(repr=False)  # status pattern -> JSON schema

    def __str__(self) -> str:
        return self.operation_id


def load_spec(path: Path) -> Schema:
    """The OpenAPI document at ``path``."""
    document: Schema = load_yaml(path.read_text(encoding="utf-8"))
    return document


def operations(spec: Schema) -> list[Operation]:
    """Every operation of ``spec``, in the document's order."""
    found: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                found.append(_operation(spec, method, path, item[method], shared))
    return found


def _operation(spec: Schema, method: str, path: str, raw: Schema, shared: list[Schema]) -> Operation:
    declared = {}
    for parameter in [*shared, *raw.get("parameters", [])]:
        parameter = resolve(spec, parameter)
        declared[parameter["name"], parameter["in"]] = Parameter(
            parameter["name"], parameter["in"], bool(parameter.get("required")), parameter.get("schema", {})
        )
    body = resolve(spec, raw["requestBody"]) if "requestBody" in raw else {}
    body_media = body.get("content", {}).get("application/json")
    responses: dict[str, Schema | None] = {}
    for status, response in raw.get("responses", {}).items():
        media = resolve(spec, response).get("content", {}).get("application/json")
        responses[str(status).upper() if status != "default" else status] = (
            None if media is None else media.get("schema", {})
        )
    return Operation(
        operation_id=raw["operationId"],
        method=method,
        path=path,
        tag=(raw.get("tags") or ["default"])[0],
        parameters=tuple(declared.values()),
        body_schema=None if body_media is None else body_media.get("schema", {}),
        body_required=bool(body.get("required")),
        responses=responses,
    )


def documented(operation: Operation, code: int) -> str | None:
    """The response pattern that covers ``code``: exact code first, then ``NXX``, then ``default``."""
    if str(code) in operation.responses:
        return str(code)
    if f"{code // 100}XX" in operation.responses:
        return f"{code // 100}XX"
    return "default" if "default" in operation.responses else None


def exact_codes(operation: Operation) -> list[int]:
    """The documented status codes that are single codes (not ``2XX`` nor ``default``)."""
    return [int(status) for status in operation.responses if status.isdigit()]


def code_for(pattern: str) -> int:
    """A concrete status for ``pattern``: itself, or an unusual member of a range (``2XX`` -> 202)."""
    return int(pattern) if pattern.isdigit() else int(pattern[0]) * 100 + 2


def undocumented_code(operation: Operation) -> int | None:
    """A status the operation does not document, or None when ``default`` covers them all."""
    for code in (418, 409, 503, 302, 299):
        if documented(operation, code) is None:
            return code
    return None


def endpoint_module(operation: Operation) -> ModuleType:
    """The generated module of ``operation`` (``realtimekit_client.api.<tag>.<operation_id>``)."""
    name = str(PythonIdentifier(operation.operation_id, prefix=""))
    module_name = f"{PACKAGE}.api.{PythonIdentifier(operation.tag, prefix='tag')}.{name}"
    return importlib.import_module(module_name)


def authenticated_client(base_url: str, **options: Any) -> Any:
    """The generated ``AuthenticatedClient`` for ``base_url``, with a token and a timeout.

    Retries are off where the client has them (``max_retries``): each case checks one exchange.
    """
    client_class = importlib.import_module(PACKAGE).AuthenticatedClient
    if attrs.has(client_class) and "max_retries" in attrs.fields_dict(client_class):
        options.setdefault("max_retries", 0)
    return client_class(base_url=base_url, token=TOKEN, timeout=TIMEOUT, **options)


def models() -> ModuleType:
    """The generated models package."""
    return importlib.import_module(f"{PACKAGE}.models")


def unset_class() -> type:
    """The generated client's ``Unset`` type (the default of optional arguments)."""
    unset: type = importlib.import_module(f"{PACKAGE}.types").Unset
    return unset


def arguments(operation: Operation, spec: Schema, function: Callable[..., Any]) -> dict[str, Any]:
    """Keyword arguments for the generated ``function`` of ``operation``, all valid per the spec.

    Path parameters get :data:`HOSTILE_PATH_VALUE` (strings) to prove their encoding; query,
    header and cookie parameters and the JSON body (optional ones too) get :func:`sample` values
    converted to the annotated Python types (the body through ``Model.from_dict``).
    """
    hints = typing.get_type_hints(function)
    names = set(inspect.signature(function).parameters)
    values: dict[str, Any] = {}
    for parameter in operation.parameters:
        python_name = _python_name(parameter, names, operation)
        if parameter.location == "path" and "string" in (types_of(parameter.schema) or ["string"]):
            raw: Any = HOSTILE_PATH_VALUE
        else:
            raw = sample(parameter.schema, spec)
        values[python_name] = to_python(raw, hints[python_name], unset_class())
    if operation.body_schema is not None:
        if "body" not in names:
            raise AssertionError(
                f"{operation}: the spec declares a JSON body, {function.__qualname__} takes none"
            )
        values["body"] = to_python(sample(operation.body_schema, spec), hints["body"], unset_class())
    return values


def _python_name(parameter: Parameter, names: set[str], operation: Operation) -> str:
    """The generated argument name of ``parameter``: snake_case, ``_<location>`` on a clash."""
    base = str(PythonIdentifier(parameter.name, prefix=FIELD_PREFIX))
    for candidate in (base, f"{base}_{parameter.location}"):
        if candidate in names:
            return candidate
    raise AssertionError(f"{operation}: no argument for {parameter.location} parameter {parameter.name!r}")


@dataclass(frozen=True)
class Expected:
    """How a documented response parses: into ``model`` (a class), ``items`` of a list, or as JSON."""

    model: type | None = None
    item_model: type | None = None


def expected_type(operation: Operation, pattern: str, schema: Schema, spec: Schema) -> Expected:
    """The generated type for ``operation``'s ``pattern`` response with ``schema``.

    Named as openapi-python-client names it: a ``$ref`` gives the component's class, an inline
    object ``<OperationId>Response<Pattern>``, an array of inline objects ``...Item``. Any other
    schema (``{}`` above all: shape unknown) parses to the JSON itself.
    """
    package = models()
    if "$ref" in schema:
        return Expected(model=getattr(package, ClassName(str(schema["$ref"]).rsplit("/", 1)[-1], "")))
    kinds = types_of(resolve(spec, schema))
    name = ClassName(f"{operation.operation_id}_response_{pattern}", "")
    if "object" in kinds:
        return Expected(model=getattr(package, name))
    items = schema.get("items")
    if "array" in kinds and isinstance(items, dict) and "object" in types_of(resolve(spec, items)):
        item = items.get("$ref", "").rsplit("/", 1)[-1] if "$ref" in items else f"{name}Item"
        return Expected(item_model=getattr(package, ClassName(item, "")))
    return Expected()


PRISM_ERRORS = "https://stoplight.io/prism/errors#"


def prism_rejection(status: int, headers: Mapping[str, str], content: bytes) -> str | None:
    """Why Prism refused the request, or None when it accepted it.

    Prism marks a refusal either with an ``sl-violations`` header (when it answers with a status
    the spec documents) or with its own ``application/problem+json`` body (401, 404, 405, 422).
    """
    violations = headers.get("sl-violations")
    if violations:
        return f"{status}: {violations}"
    if headers.get("content-type", "").startswith("application/problem+json"):
        try:
            problem = json.loads(content)
        except ValueError:
            problem = {}
        if isinstance(problem, dict) and str(problem.get("type", "")).startswith(PRISM_ERRORS):
            return (
                f"{status}: {problem.get('title')}: {problem.get('detail')} {problem.get('validation', '')}"
            )
    return None


def read_every_field(model: Any) -> list[str]:
    """Read every field of a parsed model, nested ones too, as a user would; what went wrong
    (a promised field missing, a value of another type: the warnings of the package's logger)."""
    from model_reading import read_all, warnings_logged

    with warnings_logged() as messages:
        missing = read_all(model)
    return [str(error) for error in missing] + messages


def check_response(operation: Operation, response: Any, spec: Schema, forced: int | None = None) -> None:
    """Assert the contract for one ``Response`` of the generated function of ``operation``.

    The server accepted the request; the status is documented (``forced``, else a 2xx); the body
    validates against the documented schema; ``parsed`` is the generated type for the status and
    gives the body back (a model's ``to_dict()``, or the JSON itself for a schema of unknown shape).
    """
    status = int(response.status_code)
    rejection = prism_rejection(status, response.headers, response.content)
    assert rejection is None, f"the mock refused the request of {operation}: {rejection}"
    pattern = documented(operation, status)
    assert pattern is not None, (
        f"{operation}: status {status} is not documented ({list(operation.responses)})"
    )
    if forced is not None:
        assert status == forced, f"{operation}: asked for {forced}, got {status}"
    else:
        assert 200 <= status < 300, f"{operation}: the mock answered {status}: {response.content[:300]!r}"
    schema = operation.responses[pattern]
    if schema is None:  # no content documented
        assert response.parsed is None
        return
    body = json.loads(response.content)
    assert problems(body, schema, spec) == [], f"{operation} {status}: the body breaks the spec: {body}"
    expected = expected_type(operation, pattern, schema, spec)
    parsed: Any = response.parsed
    if expected.model is not None:
        assert isinstance(parsed, expected.model), (type(parsed), expected.model)
        assert typing.cast(Any, parsed).to_dict() == body, "the parsed model does not give the body back"
        drift = read_every_field(parsed)
        assert drift == [], f"{operation} {status}: a body that fits the spec read with drift: {drift}"
    elif expected.item_model is not None:
        assert isinstance(parsed, list)
        assert all(isinstance(item, expected.item_model) for item in parsed)
        assert [item.to_dict() for item in parsed] == body
    else:
        assert parsed == body, "a response of unknown shape must be handed back as its JSON"
