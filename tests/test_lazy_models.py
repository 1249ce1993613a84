"""Import cost independent of the API's size: ``models/__init__.py`` holds every model in one
string (looked up on first use), not a table or imports, so importing the package, one operation
module or one model runs no per-model code however many models there are; the types are in the
generated stub ``models/__init__.pyi``, which mypy --strict reads (templates/models_init.py.jinja,
templates/models_init.pyi.jinja)."""

from __future__ import annotations

import ast
from pathlib import Path

import jinja2

from conftest import ROOT, run_with_client
from typecheck import run_mypy

PACKAGE = ROOT / "generated_client" / "realtimekit_client"
# the model modules (__init__.py and _index.py, the list of models, are not models)
MODELS = [path for path in (PACKAGE / "models").glob("*.py") if not path.name.startswith("_")]
TEMPLATES = ROOT / "templates"


def test_importing_one_model_imports_only_it_and_what_it_uses() -> None:
    out = run_with_client(
        "import sys\n"
        "from realtimekit_client.models import Meeting\n"
        "print(Meeting.__module__)\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('realtimekit_client.models.'))))\n"
    )
    module, loaded = out.splitlines()
    assert module == "realtimekit_client.models.meeting"
    # the list of models, and meeting.py, which imports the enum of its status at run time (the
    # other models it names only when a field is read)
    assert loaded.split() == [
        "realtimekit_client.models._index",
        "realtimekit_client.models.meeting",
        "realtimekit_client.models.meeting_info_status",
    ]


def test_star_import_dir_and_unknown_names() -> None:
    out = run_with_client(
        "import realtimekit_client.models as models\n"
        "names = models.__all__\n"
        "space = {}\n"
        "exec('from realtimekit_client.models import *', space)\n"
        "listed = set(dir(models))\n"
        "print(len(names), sorted(names) == list(names), set(names) <= set(space), set(names) <= listed)\n"
        "for name in ('NoSuchModel', 'meeting ', 'Meeting .meeting', '__wrapped__'):\n"
        "    try:\n"
        "        getattr(models, name)\n"
        "    except AttributeError as error:\n"
        "        print('AttributeError', error)\n"
    )
    lines = out.splitlines()
    count, ordered, starred, listed = lines[0].split()
    assert int(count) == len(MODELS)
    assert (ordered, starred, listed) == ("True", "True", "True")
    assert len(lines) == 5 and all(line.startswith("AttributeError") for line in lines[1:]), out
    assert "NoSuchModel" in lines[1]


def _render(template: str, count: int) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    imports = [f"from .model_{number} import Model{number}" for number in range(count)]
    return environment.get_template(template).render(imports=imports, alls=[])


def _code_shape(code: object) -> list[tuple[str, int, int]]:
    """Each code object's name, bytecode length and number of names (nested ones included)."""
    assert hasattr(code, "co_code")
    shapes = [(code.co_name, len(code.co_code), len(code.co_names))]  # type: ignore[attr-defined]
    for constant in code.co_consts:  # type: ignore[attr-defined]
        if hasattr(constant, "co_code"):
            shapes += _code_shape(constant)
    return shapes


def test_the_package_is_the_same_for_10_or_20000_models() -> None:
    assert _render("models_init.py.jinja", 10) == _render("models_init.py.jinja", 20_000)
    small, large = _render("models_index.py.jinja", 10), _render("models_index.py.jinja", 20_000)
    assert "Model19999 .model_19999" in large
    # the index (read on the first `from ...models import Name`) is one string, however long
    assert _code_shape(compile(small, "small", "exec")) == _code_shape(compile(large, "large", "exec"))


def test_a_model_module_is_found_without_listing_the_folder() -> None:
    """models/__init__.py puts a finder for its folder into ``sys.path_importer_cache`` that
    finds ``models/NAME.py`` by one stat (Python's own lists the folder: 50 ms at 20,000 models);
    anything else it leaves to Python's finder."""
    out = run_with_client(
        "import os, sys, pkgutil\n"
        "import realtimekit_client.models as models\n"
        "finder = sys.path_importer_cache[models.__path__[0]]\n"
        "print(type(finder).__name__)\n"
        "listed = []\n"
        "real = os.listdir\n"
        "os.listdir = lambda *a: listed.append(a) or real(*a)\n"
        "import realtimekit_client.models.meeting as meeting\n"
        "where = os.path.join(models.__path__[0], 'meeting.py')\n"
        "print(len(listed), meeting.__file__ == where, meeting.__cached__ is not None)\n"
        "print(finder.find_spec('realtimekit_client.models.no_such_model') is None)\n"
        "print(sum(1 for _ in pkgutil.iter_modules(models.__path__)))\n"
    )
    name, found, missing, modules = out.splitlines()
    assert name == "_ModelFinder"
    assert found == "0 True True"  # no listing
    assert missing == "True"
    assert int(modules) == len(MODELS) + 1  # and _index


def test_stub_and_table_list_the_same_models() -> None:
    stub = ast.parse((PACKAGE / "models" / "__init__.pyi").read_text(encoding="utf-8"))
    typed = {
        (alias.name, f".{node.module}")
        for node in stub.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname == alias.name  # re-exported
    }
    tree = ast.parse((PACKAGE / "models" / "_index.py").read_text(encoding="utf-8"))
    (table,) = [
        node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "_MODELS"
        if isinstance(node.value, ast.Constant)
    ]
    assert isinstance(table, str)
    words = table.split()
    assert typed == set(zip(words[0::2], words[1::2], strict=True))
    assert len(typed) > 40


PROGRAM = """
from realtimekit_client.models import Meeting, WebhookParams
from realtimekit_client.models import NoSuchModel  # BAD

reveal_type(Meeting)
reveal_type(WebhookParams.from_dict({}).url)
title: int = Meeting.from_dict({}).title  # BAD
"""


def test_mypy_strict_types_what_models_exports(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(PROGRAM, encoding="utf-8")
    run = run_mypy([program], "[mypy]\nstrict = True\n", tmp_path)
    lines = run.stdout.splitlines()
    revealed = [line for line in lines if "Revealed type" in line]
    assert len(revealed) == 2, run.stdout
    assert "realtimekit_client.models.meeting.Meeting" in revealed[0]
    assert revealed[1].endswith('Revealed type is "str"')
    errors = {int(line.split(":")[1]) for line in lines if ": error:" in line}
    expected = {number for number, text in enumerate(PROGRAM.splitlines(), start=1) if "# BAD" in text}
    assert errors == expected, run.stdout
    assert 'has no attribute "NoSuchModel"' in run.stdout
