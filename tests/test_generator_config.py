"""generator-config.yaml: the generator ignores unknown keys silently, so each key is checked here."""

from __future__ import annotations

from typing import Any

from openapi_python_client.config import ConfigFile

from conftest import ROOT
from openapi_common import load_yaml


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
        'cp "$CUSTOM_TEMPLATE_PATH"/runtime/'
    )
