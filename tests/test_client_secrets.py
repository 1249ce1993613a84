"""The API token never appears in repr() of the clients, in logs (ours, httpx's and httpcore's at
DEBUG, through a real loopback connection), or in exception messages."""

from __future__ import annotations

import http.server
import json
import logging
import threading
from collections.abc import Iterator

import httpx
import pytest
from realtimekit_client import ApiConnectionError, ApiError, AuthenticatedClient, RetryPolicy
from realtimekit_client.api.meetings import create_a_meeting, fetch_all_meetings_for_an_app

SECRET = "sekret-TOKEN-0123456789abcdef"


class Server(http.server.ThreadingHTTPServer):
    """A loopback server answering 503 to the first request and then each path's scripted status;
    it records the Authorization headers it received."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.seen_auth: list[str] = []
        self.count = 0


class Handler(http.server.BaseHTTPRequestHandler):
    server: Server

    def _answer(self) -> None:
        self.server.seen_auth.append(self.headers.get("Authorization", ""))
        self.server.count += 1
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        code = 503 if self.server.count == 1 else (401 if self.command == "POST" else 200)
        body = json.dumps({"success": code == 200, "data": [], "message": "Unauthorized"}).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


def no_wait() -> RetryPolicy:
    return RetryPolicy(sleep=lambda _: None)


def test_repr_of_the_clients_hides_the_token() -> None:
    client = AuthenticatedClient(token=SECRET, headers={"X-Trace": "1"})
    texts = [repr(client), str(client)]
    sync = client.get_httpx_client()
    asynchronous = client.get_async_httpx_client()
    assert sync.headers["Authorization"] == f"Bearer {SECRET}"  # it is sent ...
    texts += [repr(client), repr(sync), repr(sync.headers), repr(asynchronous.headers)]
    texts += [repr(client.with_headers({"X-More": "2"})), repr(client.with_timeout(httpx.Timeout(1.0)))]
    for text in texts:
        assert SECRET not in text  # ... but never shown
    assert "X-Trace" in texts[0]


def test_the_token_from_the_environment_is_hidden_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", SECRET)
    client = AuthenticatedClient()
    assert client.token == SECRET
    assert SECRET not in repr(client)


def test_logs_and_errors_never_show_the_token(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    client = AuthenticatedClient(
        base_url=base_url,
        token=SECRET,
        raise_on_error=True,
        retry_policy=no_wait(),
        httpx_args={"trust_env": False},
    )
    with caplog.at_level(logging.DEBUG), client as entered:
        fetch_all_meetings_for_an_app.sync("acc", "app", client=entered)  # 503, retried, then 200
        with pytest.raises(ApiError) as caught:
            create_a_meeting.sync("acc", "app", client=entered)  # 401
    assert server.seen_auth == [f"Bearer {SECRET}"] * 3  # the token did go over the wire
    messages = [record.getMessage() for record in caplog.records]
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"httpx", "httpcore", "realtimekit_client"} <= loggers  # the logs were there to be checked
    assert any("retrying GET" in message for message in messages)
    for text in [*messages, caplog.text, str(caught.value), repr(caught.value)]:
        assert SECRET not in text
    assert str(caught.value) == (
        "401 Unauthorized: Unauthorized "
        "[create_a_meeting: POST /accounts/{account_id}/realtime/kit/{app_id}/meetings]"
    )


def test_connection_errors_do_not_show_the_token(caplog: pytest.LogCaptureFixture) -> None:
    client = AuthenticatedClient(
        base_url="http://127.0.0.1:9", token=SECRET, retry_policy=no_wait(), httpx_args={"trust_env": False}
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(ApiConnectionError) as caught:
        fetch_all_meetings_for_an_app.sync("acc", "app", client=client)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    for text in (str(caught.value), repr(caught.value), repr(caught.value.args), str(cause)):
        assert SECRET not in text
    assert SECRET not in repr(cause.request.headers)
    assert SECRET not in caplog.text
