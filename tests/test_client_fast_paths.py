"""The generated client's per-call shortcuts (templates/runtime/types.py, property templates) give
the same results as the generator's slower stock code: the same URL as httpx's own merge of a
relative path, and models that hold exactly what the JSON held."""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.webhooks import fetch_all_webhooks_details
from realtimekit_client.models.webhook_list_response import (
    WebhookListResponse,
)
from realtimekit_client.types import request_url

from server import webhooks_body

BASES = [
    "https://api.cloudflare.com/client/v4",
    "https://api.cloudflare.com/client/v4/",
    "http://127.0.0.1:8080",
    "http://[::1]:9000/prefix/deeper/",
    "https://user:pass@example.test/a%20b/",
    "https://ExAmPle.TEST/v4",
]
SEGMENT = st.text(min_size=1, max_size=12).map(lambda s: quote(s, safe=""))


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("client_type", [httpx.Client, httpx.AsyncClient])
def test_request_url_is_the_url_httpx_builds_from_the_relative_path(
    base: str, client_type: type[httpx.Client] | type[httpx.AsyncClient]
) -> None:
    client = client_type(base_url=base)
    for path in ["/accounts/a/realtime/kit/b/webhooks", "/x%2F..%2F1%20%3F%23%25/y", "/"]:
        assert request_url(client, path) == client._merge_url(path)
        assert request_url(client, path) is request_url(client, path)  # cached


@settings(deadline=None)  # an httpx client per example: real work, slow on a busy machine
@given(base=st.sampled_from(BASES), segments=st.lists(SEGMENT, min_size=1, max_size=4))
def test_request_url_matches_httpx_for_any_quoted_path(base: str, segments: list[str]) -> None:
    client = httpx.Client(base_url=base)
    path = "/" + "/".join(segments)
    assert request_url(client, path) == client._merge_url(path)


@pytest.mark.parametrize("base", ["https://example.test/v4?key=1", "https://example.test/v4#top", ""])
def test_request_url_leaves_unusual_base_urls_to_httpx(base: str) -> None:
    assert request_url(httpx.Client(base_url=base), "/x/y") == "/x/y"


def test_a_call_reaches_the_same_url_with_quoted_path_parameters() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=webhooks_body(2))

    client = AuthenticatedClient(
        base_url="https://api.example.test/client/v4",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    for _ in range(2):
        parsed = fetch_all_webhooks_details.sync("a/b ?#%", "app", client=client)
        assert isinstance(parsed, WebhookListResponse)
    assert (
        seen
        == ["https://api.example.test/client/v4/accounts/a%2Fb%20%3F%23%25/realtime/kit/app/webhooks"] * 2
    )


async def test_an_async_call_reaches_the_same_url() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=webhooks_body(1))

    client = AuthenticatedClient(
        base_url="http://127.0.0.1:8080",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    parsed = await fetch_all_webhooks_details.asyncio("acc", "app", client=client)
    assert isinstance(parsed, WebhookListResponse)
    assert seen == ["http://127.0.0.1:8080/accounts/acc/realtime/kit/app/webhooks"]


def test_from_dict_of_the_bench_body() -> None:
    body = json.loads(json.dumps(webhooks_body()))
    model = WebhookListResponse.from_dict(body)
    assert [item.name for item in model.data] == [f"Webhook {i}" for i in range(20)]
    assert model.to_dict() == body


def test_property_tests_have_no_deadline() -> None:
    assert settings().deadline is None  # the profile of conftest.py: a busy machine fails nothing
