"""The committed client: it imports, keeps the generator's API, and has every operation."""

from __future__ import annotations

import importlib
import inspect
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from rtkgen.generator.client_check import missing_operations, spec_operations

SPEC = ROOT / "openapi.yaml"
CLIENT = ROOT / "generated_client"
OPERATIONS = spec_operations(SPEC)


def test_the_spec_has_the_59_realtimekit_operations() -> None:
    """57 of the docs and the 2 the overlay adds from the reference (docs/maintaining.md, "Overlays")."""
    assert len(OPERATIONS) == 59
    assert len({op.operation_id for op in OPERATIONS}) == 59


def test_every_operation_has_a_complete_module() -> None:
    assert missing_operations(OPERATIONS, CLIENT) == []


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_module_imports_with_its_four_functions(operation) -> None:  # type: ignore[no-untyped-def]
    import realtimekit_client.api as api

    matches = list(Path(api.__file__).parent.glob(f"*/{operation.operation_id}.py"))
    assert len(matches) == 1, matches
    module = importlib.import_module(
        f"realtimekit_client.api.{matches[0].parent.name}.{operation.operation_id}"
    )
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        function = getattr(module, name)
        assert "client" in inspect.signature(function).parameters
        assert inspect.iscoroutinefunction(function) is name.startswith("asyncio")
    assert module._get_kwargs.__code__.co_argcount >= 0


def test_public_client_api_is_kept() -> None:
    from realtimekit_client import AuthenticatedClient, Client

    client = AuthenticatedClient(base_url="https://example.test", token="t", httpx_args={"trust_env": False})
    assert client.get_httpx_client().headers["Authorization"] == "Bearer t"
    assert Client(base_url="https://example.test").get_httpx_client().base_url == "https://example.test"


def test_pip_install_then_import(tmp_path: Path) -> None:
    target = tmp_path / "site"
    source = tmp_path / "source"  # pip builds in place (build/, *.egg-info): keep the committed client clean
    shutil.copytree(CLIENT, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import realtimekit_client, sys; print(realtimekit_client.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.startswith(str(target))


@pytest.mark.parametrize(("value", "segment"), [("...", "..."), ("a.b", "a.b"), ("../x", "..%2Fx")])
def test_a_path_value_stays_one_segment(value: str, segment: str) -> None:
    import httpx
    from realtimekit_client import AuthenticatedClient
    from realtimekit_client.api.webhooks import fetch_details_of_a_webhook

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True})

    client = AuthenticatedClient(
        token="t", max_retries=0, httpx_args={"transport": httpx.MockTransport(answer)}
    )
    fetch_details_of_a_webhook.sync_detailed("acc", value, value, client=client)
    (request,) = sent
    path = request.url.raw_path.decode()
    assert path == f"/client/v4/accounts/acc/realtime/kit/{segment}/webhooks/{segment}"


@pytest.mark.parametrize(("value", "said"), [("", "empty"), (None, "None"), ("UNSET", "UNSET")])
@pytest.mark.parametrize("mode", ["sync", "asyncio"])
async def test_an_empty_none_or_unset_path_value_raises_naming_it_before_sending(
    value: object, said: str, mode: str
) -> None:
    import httpx
    from realtimekit_client import AuthenticatedClient
    from realtimekit_client.api.webhooks import fetch_details_of_a_webhook
    from realtimekit_client.types import UNSET

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True})

    client = AuthenticatedClient(
        token="t",
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    given = UNSET if value == "UNSET" else value
    message = f"path parameter webhook_id is {said}: a value is required"
    with pytest.raises(ValueError, match=message):
        if mode == "sync":
            fetch_details_of_a_webhook.sync_detailed("acc", "app", given, client=client)
        else:
            await fetch_details_of_a_webhook.asyncio_detailed("acc", "app", given, client=client)
    assert sent == []
    fetch_details_of_a_webhook.sync_detailed("acc", "app", 0, client=client)  # 0 is a value
    assert sent[0].url.path.endswith("/webhooks/0")
