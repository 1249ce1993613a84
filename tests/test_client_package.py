"""The generated package as a whole: models load lazily (importing one operation does not import
every model, ``from realtimekit_client.models import X`` still works), and mypy --strict is clean
on it and on typical use of the API added by the templates (while catching misuse)."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import pytest

from conftest import ROOT, run_with_client

PACKAGE = ROOT / "generated_client" / "realtimekit_client"
MODEL_FILES = sorted(p.stem for p in (PACKAGE / "models").glob("*.py") if not p.stem.startswith("_"))


def test_importing_one_operation_imports_only_its_models() -> None:
    out = run_with_client(
        "import sys\n"
        "import realtimekit_client.api.webhooks.add_a_webhook\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.startswith('realtimekit_client.models.'))))\n"
    )
    loaded = out.split()
    assert len(MODEL_FILES) > 40
    assert loaded, "add_a_webhook uses models, so some must be loaded"
    used = {"webhook_params", "webhook_event", "webhook_response", "error_response", "unauthorized_response"}
    assert {name.rsplit(".", 1)[1] for name in loaded} <= used, loaded
    assert len(loaded) < len(MODEL_FILES) // 4


def test_importing_the_package_imports_no_model() -> None:
    out = run_with_client(
        "import sys, realtimekit_client, realtimekit_client.models\n"
        "print(sum(m.startswith('realtimekit_client.models.') for m in sys.modules))\n"
    )
    assert out.strip() == "0"


def test_every_model_is_importable_from_models() -> None:
    import realtimekit_client.models as models

    assert len(models.__all__) >= len(MODEL_FILES)
    for name in models.__all__:
        value = getattr(models, name)
        # a model is a class of that name; an enum a Literal alias (with its values)
        assert getattr(value, "__name__", None) == name or typing.get_origin(value) is typing.Literal
    assert set(models.__all__) <= set(dir(models))
    from realtimekit_client.models import WebhookParams

    body = {"events": ["meeting.started"], "name": "n", "url": "https://x.test"}
    assert WebhookParams.from_dict(body).to_dict() == body
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel


GOOD_USE = """
from typing import Any
import httpx
from realtimekit_client import AuthenticatedClient, ApiError, RateLimitError, RetryPolicy, paginate, apaginate
from realtimekit_client.api.meetings import fetch_all_meetings_for_an_app
from realtimekit_client.api.live_streams import fetch_all_livestreams
from realtimekit_client.models import LivestreamPageResponse

client = AuthenticatedClient(max_retries=3, raise_on_error=True, timeout=httpx.Timeout(10.0, connect=2.0),
                             retry_policy=RetryPolicy(backoff_base=1.0))
meetings: list[Any] = list(paginate(fetch_all_meetings_for_an_app, client=client, account_id="a", app_id="b"))

def names(body: LivestreamPageResponse) -> list[str]:
    return [str(body.success)]

typed: list[str] = list(
    paginate(fetch_all_livestreams, client=client, account_id="a", app_id="b", items=names)
)

async def walk() -> None:
    async for _ in apaginate(fetch_all_meetings_for_an_app, client=client, account_id="a", app_id="b"):
        pass

try:
    fetch_all_meetings_for_an_app.sync("a", "b", client=client)
except RateLimitError as error:
    wait: str | None = error.retry_after
except ApiError as error:
    status: int = error.status_code
"""

BAD_USE = """
from realtimekit_client import AuthenticatedClient, paginate
from realtimekit_client.api.live_streams import fetch_all_livestreams

client = AuthenticatedClient()
paginate(42, client=client)  # BAD-1
paginate(fetch_all_livestreams, client=client, items=lambda body: body.no_such_field)  # BAD-2
AuthenticatedClient(max_retries="2")  # BAD-3
"""


def test_mypy_strict_is_clean_on_the_package_and_its_use(tmp_path: Path) -> None:
    (tmp_path / "good_use.py").write_text(GOOD_USE)
    (tmp_path / "bad_use.py").write_text(BAD_USE)
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            str(PACKAGE),
            str(tmp_path / "good_use.py"),
            str(tmp_path / "bad_use.py"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT / "generated_client",
        env={"PYTHONPATH": str(ROOT / "generated_client")},
    )
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    elsewhere = [line for line in errors if "bad_use.py" not in line]
    assert elsewhere == [], run.stdout
    bad_lines = {int(line.split(":")[1]) for line in errors}
    source = BAD_USE.splitlines()
    expected = {number for number, text in enumerate(source, start=1) if "# BAD-" in text}
    assert bad_lines == expected, run.stdout
