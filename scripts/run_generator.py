"""openapi-python-client's command line, with one rule of this project added before it runs.

Usage: run_generator.py generate --path SPEC ... (the generator's own arguments)

**A path parameter named more than once** (``/accounts/{account_id}/x/{account_id}``) is one
parameter whose value fills every place. The generator (0.29.1) compares the list of names in
the path, repeats included, with the declared parameters and drops such an endpoint ("Incorrect
path templating"). ``sort_parameters`` below is the generator's own, with the path's names taken
once each, in the order of their first place; the URL template keeps every place, and the
generated ``"...".format(account_id=...)`` fills them all with the one argument. It also sorts
in place instead of on a ``deepcopy`` of the endpoint (the endpoint is freshly built and thrown
away on error, so the copy protected nothing; it cost a tenth of a large generation).

**Property names that differ only in symbols** (``<=1y`` and ``>1y``) get the same Python name
from the generator, which then drops the whole response ("Conflicting property names"). Here
the conflict is not an error; once a model's properties are read, every one is named by
:func:`property_names.distinct_names` (a name no other property shares is the generator's own).

The patch touches the generator's internals, so it runs only on the pinned version.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from importlib.metadata import version
from typing import Any

from openapi_python_client import schema as oai
from openapi_python_client.config import Config
from openapi_python_client.parser import openapi
from openapi_python_client.parser.errors import ParseError, PropertyError
from openapi_python_client.parser.properties import model_property
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier, pascal_case
from property_names import distinct_names, respell

PINNED = "0.29.1"


def path_parameter_order(path: str) -> list[str]:
    """The ``{name}`` parameters of a path template, each once, in the order of their first place."""
    return list(dict.fromkeys(openapi._PATH_PARAM_REGEX.findall(path)))


def sort_parameters(*, endpoint: openapi.Endpoint) -> openapi.Endpoint | ParseError:
    """The generator's ``Endpoint.sort_parameters``, allowing a name to appear more than once."""
    path = endpoint.path.get_untrusted_value()
    order = path_parameter_order(path)
    declared = endpoint.path_parameters
    names = [parameter.name.get_untrusted_value() for parameter in declared]
    if sorted(order) != sorted(names):
        detail = f"Incorrect path templating for {path} (Path parameters do not match with path)"
        return ParseError(detail=detail)
    declared.sort(key=lambda parameter: order.index(parameter.name.get_untrusted_value()))
    for parameter in declared:
        path = path.replace(f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}")
    endpoint.path = UntrustedString(path)
    return endpoint


def name_properties(properties: list[PropertyProtocol], config: Config) -> None:
    """Give the properties of one model distinct Python names (``property_names``), in place."""
    prefix = config.field_prefix
    wire = [p.name.get_untrusted_value() for p in properties]
    names = distinct_names(
        wire,
        default=lambda name: PythonIdentifier(name, prefix),
        snake=lambda name: PythonIdentifier(name, prefix),
        keep_case=lambda name: PythonIdentifier(name, prefix, skip_snake_case=True),
    )
    for prop, name in zip(properties, names, strict=True):
        identifier = PythonIdentifier(name, prefix, skip_snake_case=True)
        if identifier != name:
            raise RuntimeError(f"property name {name!r} is not stable ({identifier!r})")
        object.__setattr__(prop, "python_name", identifier)


_original_process_properties = model_property._process_properties


def titled_apart(data: oai.Schema) -> oai.Schema:
    """``data`` with a ``title`` (the respelled wire name) on each property schema whose nested
    model class name would be another's: the generator names a nested model after the wire name
    with its symbols dropped (``<=1y`` and ``>1y`` both ``...1Y``), and a title replaces that
    name (``...Le1Y``, ``...Gt1Y``; array items ``..._item``). Other properties are untouched."""
    properties = data.properties or {}
    shared = Counter(pascal_case(key) for key in properties)
    retitled: dict[Any, Any] = {}
    for key, schema in properties.items():
        if shared[pascal_case(key)] > 1 and isinstance(schema, oai.Schema):
            title = respell(key.get_untrusted_value() if isinstance(key, UntrustedString) else key)
            update: dict[str, Any] = {} if schema.title else {"title": title}
            if isinstance(schema.items, oai.Schema) and not schema.items.title:
                update["items"] = schema.items.model_copy(update={"title": f"{title}_item"})
            retitled[key] = schema.model_copy(update=update)
    if not retitled:
        return data
    return data.model_copy(update={"properties": {**properties, **retitled}})


def _process_properties(*, data: oai.Schema, config: Config, **arguments: Any) -> Any:
    """The generator's ``_process_properties`` (nested models titled apart), then
    :func:`name_properties` on its result."""
    result = _original_process_properties(data=titled_apart(data), config=config, **arguments)
    if not isinstance(result, PropertyError):
        name_properties([*result.required_props, *result.optional_props], config)
    return result


def _no_naming_conflict(first: Any, second: Any, config: Config) -> None:
    """Two properties with one Python name are no error: :func:`name_properties` renames them."""
    return None


def install() -> None:
    """Put this project's rules into the generator (refuses another version than the pinned one)."""
    found = version("openapi-python-client")
    if found != PINNED:
        raise SystemExit(f"run_generator.py patches openapi-python-client {PINNED}, found {found}")
    openapi.Endpoint.sort_parameters = staticmethod(sort_parameters)  # type: ignore[method-assign]
    model_property._process_properties = _process_properties
    model_property._resolve_naming_conflict = _no_naming_conflict


def main() -> None:
    install()
    from openapi_python_client.cli import app

    sys.argv[0] = re.sub(r"\.py$", "", sys.argv[0])
    app()


if __name__ == "__main__":
    main()
