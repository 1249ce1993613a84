"""generator-config.yaml: the generator ignores unknown keys silently, so each key is checked here."""

from __future__ import annotations

from typing import Any

from openapi_python_client.config import ConfigFile

from conftest import ROOT
from rtkgen.core.openapi_common import load_yaml


def config() -> dict[str, Any]:
    document = load_yaml((ROOT / "generator-config.yaml").read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_every_key_is_one_the_generator_knows() -> None:
    assert sorted(set(config()) - set(ConfigFile.model_fields)) == []


def test_the_config_loads_as_the_generator_reads_it() -> None:
    loaded = ConfigFile.model_validate(config())
    assert loaded.package_name_override == "realtimekit_client"
    assert loaded.post_hooks is not None and loaded.post_hooks[0].startswith(
        'find "$CUSTOM_TEMPLATE_PATH"/runtime '
    )


def test_the_first_hook_copies_every_runtime_module_but_the_package_marker() -> None:
    """templates/runtime/ is a package for the linters; its modules (not its __init__.py) are the
    generated package's, whose own __init__.py is templates/package_init.py.jinja's."""
    runtime = sorted(p.name for p in (ROOT / "templates" / "runtime").glob("*.py"))
    package = ROOT / "generated_client" / "realtimekit_client"
    assert {"client.py", "errors.py", "types.py", "retry.py", "pagination.py"} <= set(runtime)
    assert [name for name in runtime if not (package / name).is_file()] == []
    assert "__version__" in (package / "__init__.py").read_text(encoding="utf-8")
    templates = {p.name for p in (ROOT / "templates").iterdir()}
    assert not {"client.py.jinja", "errors.py.jinja", "types.py.jinja"} & templates
