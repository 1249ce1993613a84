"""The model names users see: one class per thing, named as users say it, shared by operations.

Every name exported by ``realtimekit_client.models`` is checked: none ends in ``Type0`` /
``ItemType0`` (the generator's names for the parts of a union) or repeats an operation's summary
(its operationId in PascalCase); the names the guide (docs/using-the-client.md) shows exist;
the operations on one thing return one class.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import realtimekit_client.models as models

from conftest import ROOT, committed_spec

SPEC: dict[str, Any] = committed_spec()
OPERATIONS = {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values()}
SUMMARIES = {"".join(word.capitalize() for word in op_id.split("_")) for op_id in OPERATIONS}


def success_model(operation_id: str) -> str:
    responses = OPERATIONS[operation_id]["responses"]
    (schema,) = [
        r["content"]["application/json"]["schema"] for s, r in responses.items() if s.startswith("2")
    ]
    return str(schema["$ref"]).rsplit("/", 1)[1]


@pytest.mark.parametrize("name", sorted(models.__all__))
def test_no_exported_name_is_a_generator_fallback(name: str) -> None:
    assert not re.search(r"Type\d+$|ItemType\d+|Type\d+Item", name), name
    assert not any(summary in name for summary in SUMMARIES), f"{name} repeats an operation's summary"


def test_the_things_users_handle_have_their_names() -> None:
    for name in [
        "Meeting",
        "Participant",
        "Session",
        "Preset",
        "Recording",
        "Livestream",
        "Webhook",
        "App",
        "Poll",
    ]:
        assert name in models.__all__, name
        assert getattr(models, name).__name__ == name


def test_the_guide_names_exist() -> None:
    readme = (ROOT / "docs" / "using-the-client.md").read_text(encoding="utf-8")
    table = readme[readme.index("| model | what |") : readme.index("Request bodies are models too")]
    named = set(re.findall(r"`([A-Z][A-Za-z0-9]+)`", table))
    assert len(named) > 30
    assert named <= set(models.__all__), sorted(named - set(models.__all__))


@pytest.mark.parametrize(
    ("operation_ids", "model"),
    [
        (
            ["create_a_meeting", "fetch_a_meeting_for_an_app", "update_a_meeting", "replace_a_meeting"],
            "MeetingResponse",
        ),
        (["fetch_all_webhooks_details"], "WebhookListResponse"),
        (
            [
                "add_a_webhook",
                "fetch_details_of_a_webhook",
                "edit_a_webhook",
                "replace_a_webhook",
                "delete_a_webhook",
            ],
            "WebhookResponse",
        ),
        (
            ["create_a_preset", "fetch_details_of_a_preset", "update_a_preset", "delete_a_preset"],
            "PresetResponse",
        ),
        (["fetch_details_of_an_active_session", "fetch_details_of_a_session"], "SessionResponse"),
    ],
)
def test_the_operations_on_one_thing_return_one_class(operation_ids: list[str], model: str) -> None:
    assert {success_model(operation_id) for operation_id in operation_ids} == {model}
