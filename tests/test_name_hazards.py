"""Names that could collide or become code: a client generated from tests/data/name_hazards.md.

That docs file holds property names such as ``additional_properties``, ``class``, ``123abc``,
``foo-bar`` next to ``foo_bar``, ``d``, ``cls``, ``field_dict``, ``cast``, ``UNSET`` next to
``Unset``; path parameters ``{body}`` (with a request body), ``{client}``, ``{class}``, ``{a-b}``
next to ``{a_b}``, ``{headers}``, ``{params}``; summaries that snake-case alike; descriptions with
``\"\"\"``, backslashes, ``{{ }}``, ``{% %}``, ``*/`` and a line ``import os``. The client must
import, send every path parameter where it belongs, round-trip a body through ``from_dict`` and
``to_dict`` with every name, and show the descriptions only as docstrings.

The probe runs in a subprocess: this client's package name is the committed client's.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from conftest import ROOT
from rtkgen.core.openapi_common import load_yaml

DOCS = ROOT / "tests" / "data" / "name_hazards.md"
REGENERATE = ROOT / "scripts" / "regenerate.py"

PROBE = r"""
import importlib, inspect, json, pkgutil, sys, typing
from urllib.parse import quote
import httpx
import realtimekit_client.api as api
import realtimekit_client.models as models
from realtimekit_client import AuthenticatedClient

operations = json.loads(sys.argv[1])
report = {"modules": 0, "calls": {}, "docs": {}, "round_trips": {}}
for package in (api, models):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        report["modules"] += 1

sent = []
def handler(request):
    sent.append((request.method, request.url.raw_path.decode(), request.content.decode()))
    return httpx.Response(200, json={"success": True})

client = AuthenticatedClient(
    base_url="https://example.test", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
)
for operation_id, (tag, method, path) in operations.items():
    module = importlib.import_module(f"realtimekit_client.api.{tag}.{operation_id}")
    signature = inspect.signature(module.sync_detailed)
    positional = [p for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    arguments = {p.name: f"v/{p.name} ?" for p in positional}
    if "body" in signature.parameters:
        body_class = typing.get_args(signature.parameters["body"].annotation)[0]
        arguments["body"] = body_class.from_dict({"k": "v"})
    module.sync_detailed(client=client, **arguments)
    report["calls"][operation_id] = [sent[-1], [arguments[p.name] for p in positional]]
    report["docs"][operation_id] = module.sync_detailed.__doc__

for name, body in json.loads(sys.argv[2]).items():
    model_module, class_name = name.rsplit(".", 1)
    model = getattr(importlib.import_module(model_module), class_name)
    back = model.from_dict(body).to_dict()
    again = model.from_dict(back).to_dict()
    report["round_trips"][name] = [back, again]
print(json.dumps(report))
"""

# Names that differ only in symbols (scripts/rtkgen/generator/property_names.py) and their Python names.
SYMBOL_FAMILIES = {
    "+x": "plus_x",
    "-x": "minus_x",
    "<=15m": "le_15m",
    "<=1y": "le_1y",
    ">15m": "gt_15m",
    ">1y": "gt_1y",
    "a-b": "a_minus_b",
    "a.b": "a_dot_b",
    "a_b": "a_b",
    "x": "x",
    "x%": "x_pct",
    "foo-bar": "foo_minus_bar",
    "foo_bar": "foo_bar",
}
WIRE_NAMES = [
    *SYMBOL_FAMILIES,
    "",
    "123abc",
    "A_type_0_item",
    "Foo",
    "None",
    "T",
    "UNSET",
    "Unset",
    "additional_keys",
    "additional_properties",
    "cast",
    "class",
    "cls",
    "d",
    "data",
    "field_dict",
    "foo",
    "from_dict",
    "isinstance",
    "nested_type_0",
    "prop",
    "prop_name",
    "self",
    "src_dict",
    "to_dict",
    "type",
    "with space",
    "ñame",
    "名前",
]
BODY: dict[str, Any] = {name: f"value of {name!r}" for name in WIRE_NAMES}
BODY.update(
    {
        "foo": 7,
        "A_type_0_item": 5,
        "a": [{"x": "first"}, {"x": "last"}],
        "list": [{"id": "i", "list_item": 3}, None],
        "list_type_0_item": 9,
        "nested": {"additional_properties": {"x": "y"}, "cls": 1, "d": ["a", None]},
        "success": True,
        "not documented": {"kept": [1, 2]},
    }
)
ROUND_TRIPS = {
    "realtimekit_client.models.get_thing_response_200.GetThingResponse200": BODY,
    "realtimekit_client.models.get_thing_things_2_response_200.GetThingThings2Response200": {
        "additional_properties": "a",
        "cls": "c",
        "success": False,
    },
    "realtimekit_client.models.get_thing_things_things_response_200_result_type_0."
    "GetThingThingsThingsResponse200ResultType0": {"d": "1", "cls": "2", "field_dict": "3"},
}


@pytest.fixture(scope="module")
def hazard_client(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("hazards")
    spec, client = folder / "spec.yaml", folder / "client"
    result = subprocess.run(
        [sys.executable, str(REGENERATE), "--docs", str(DOCS), "--spec", str(spec), "--client", str(client)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return load_yaml(spec.read_text()), client


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    tags = {"Things": "things"}
    return {
        op["operationId"]: (tags[op["tags"][0]], method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
    }


def test_operation_ids_are_unique_and_readable(hazard_client: tuple[dict[str, Any], Path]) -> None:
    document, _ = hazard_client
    by_summary = {
        op["summary"]: op["operationId"] for item in document["paths"].values() for op in item.values()
    }
    long = "A " + "very long summary " * 6
    assert by_summary == {
        "Get thing": "get_thing",
        "Get-thing": "get_thing_things",  # same snake case: the tag is appended
        "get_thing": "get_thing_things_2",  # ... and then a counter
        "Get thing 2": "get_thing_2",  # trailing digits are a different name
        "GET THING": "get_thing_things_3",
        "get thing things": "get_thing_things_things",  # its own name was taken by a suffixed one
        "Get thing!": "get_thing_things_4",
        long + "one": "a_very_long_summary_very_long_summary_very_long_summary_very_long_summary_very",
        long + "two": "a_very_long_summary_very_long_summary_very_long_summary_very_long_summary_very_things",
        "": "get_empty_thing",
        "Get thing things": "get_thing_things_things_2",
        "Get a thing of an account": "get_a_thing_of_an_account",
        "Put a client twice": "put_a_client_twice",
    }


def test_the_client_imports_sends_every_parameter_and_round_trips_bodies(
    hazard_client: tuple[dict[str, Any], Path],
) -> None:
    document, client = hazard_client
    operations = _operations(document)
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(operations), json.dumps(ROUND_TRIPS)],
        capture_output=True,
        text=True,
        cwd=client,
    )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    package_inits = 2  # api/__init__.py and models/__init__.py are the packages walked, not modules
    package = client / "realtimekit_client"
    walked = [path for folder in ("api", "models") for path in package.glob(f"{folder}/**/*.py")]
    assert report["modules"] == len(walked) - package_inits
    for operation_id, (_, method, path) in operations.items():
        (sent_method, sent_path, _), values = report["calls"][operation_id]
        assert (sent_method, sent_path) == (method, expected_path(path, values)), operation_id
    sent_body = report["calls"]["get_thing_things"][0][2]
    assert json.loads(sent_body) == {"k": "v"}
    for name, body in ROUND_TRIPS.items():
        back, again = report["round_trips"][name]
        assert back == body, name
        assert again == body, name
    doc = report["docs"]["get_thing"]
    assert 'os.system("echo pwned")' in doc and "import os" in doc and "{{ x }}" in doc


def expected_path(path: str, values: list[str]) -> str:
    """``path`` with every place of each parameter filled: path parameters come first among the
    arguments, one per name, in the order of the name's first place (a repeated name is one)."""
    names = list(dict.fromkeys(re.findall(r"\{([^}]*)\}", path)))
    for name, value in zip(names, values, strict=False):
        path = path.replace(f"{{{name}}}", quote(value, safe=""))
    return path


def test_a_parameter_named_twice_is_one_argument_sent_in_both_places(
    hazard_client: tuple[dict[str, Any], Path],
) -> None:
    document, client = hazard_client
    path = "/accounts/{account_id}/things/{thing_id}/accounts/{account_id}"
    assert [p["name"] for p in document["paths"][path]["get"]["parameters"]] == ["account_id", "thing_id"]
    source = (client / "realtimekit_client/api/things/get_a_thing_of_an_account.py").read_text()
    assert "def sync_detailed(\n    account_id: str,\n    thing_id: str,\n    *," in source
    probe = (
        "import httpx\nfrom realtimekit_client import AuthenticatedClient\n"
        "from realtimekit_client.api.things import get_a_thing_of_an_account as op\n"
        "from realtimekit_client.api.things import put_a_client_twice as put\n"
        "sent = []\n"
        "def handler(request):\n"
        "    sent.append(request.url.raw_path.decode())\n"
        "    return httpx.Response(204 if request.method == 'PUT' else 200, json={'result': {'id': 'x'}})\n"
        "c = AuthenticatedClient(base_url='https://e.test', token='t', "
        "httpx_args={'transport': httpx.MockTransport(handler)})\n"
        "print(op.sync('acc/1', 'thing', client=c).result.id)\n"
        "put.sync_detailed('cl', 'ab', client=c)\n"
        "print('\\n'.join(sent))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=client)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["x", "/accounts/acc%2F1/things/thing/accounts/acc%2F1", "/r/cl/s/ab/cl"]


def test_names_that_differ_only_in_symbols_get_distinct_readable_names(
    hazard_client: tuple[dict[str, Any], Path],
) -> None:
    _, client = hazard_client
    source = (client / "realtimekit_client/models/get_thing_response_200.py").read_text()
    tree = ast.parse(source)
    (model,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "GetThingResponse200"]
    wire_of: dict[str, str] = {}  # Python name -> the wire name its property reads
    for node in model.body:
        if isinstance(node, ast.FunctionDef) and any(
            isinstance(d, ast.Name) and d.id == "property" for d in node.decorator_list
        ):
            (call,) = [
                n for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.args[0], ast.Constant)
            ]
            wire_of[node.name] = str(typing.cast(ast.Constant, call.args[0]).value)
    assert set(SYMBOL_FAMILIES.values()) <= set(wire_of)
    for wire, python in SYMBOL_FAMILIES.items():
        assert wire_of[python] == wire, wire


def test_descriptions_never_become_code(hazard_client: tuple[dict[str, Any], Path]) -> None:
    _, client = hazard_client
    # descriptions reach the endpoint modules and the models; client.py reads the environment itself
    sources = [*client.glob("realtimekit_client/api/**/*.py"), *client.glob("realtimekit_client/models/*.py")]
    assert sources
    # models/__init__.py is the same for every spec (it imports os for its module finder): no
    # description reaches it
    package_init = client / "realtimekit_client/models/__init__.py"
    assert (
        package_init.read_bytes()
        == (ROOT / "generated_client/realtimekit_client/models/__init__.py").read_bytes()
    )
    sources.remove(package_init)
    for source in sources:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        imported = {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        }
        assert "os" not in imported, source
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "system"
        ]
        assert calls == [], source
