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

The patch touches the generator's internals, so it runs only on the pinned version.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version

from openapi_python_client.parser import openapi
from openapi_python_client.parser.errors import ParseError
from openapi_python_client.schema.untrusted_string import UntrustedString

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


def install() -> None:
    """Put this project's rules into the generator (refuses another version than the pinned one)."""
    found = version("openapi-python-client")
    if found != PINNED:
        raise SystemExit(f"run_generator.py patches openapi-python-client {PINNED}, found {found}")
    openapi.Endpoint.sort_parameters = staticmethod(sort_parameters)  # type: ignore[method-assign]


def main() -> None:
    install()
    from openapi_python_client.cli import app

    sys.argv[0] = re.sub(r"\.py$", "", sys.argv[0])
    app()


if __name__ == "__main__":
    main()
