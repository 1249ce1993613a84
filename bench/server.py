"""A small keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with a canned body.

Usage: server.py [--lifetime SECONDS] [--max-requests N]

It binds an ephemeral port, prints ``PORT <n>`` on stdout and serves until the first of: its
lifetime is over, it has answered ``--max-requests`` requests, or its standard input is closed
(the benchmark that started it exited). So it always stops by itself.

It is an asyncio protocol with no HTTP library, so that the server's own cost per request is
small and the same for every client measured against it: what differs between two clients'
throughput is then the clients' own work.

Routes (any method): a path ending in ``/webhooks`` gets the RealtimeKit "Fetch all webhooks
details" body with 20 webhooks; one ending in ``/meetings`` "Fetch all meetings for an App"
with 20 meetings; ``/ping`` gets ``{"success": true}``; anything else a JSON 404.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from typing import Any

WEBHOOK_COUNT = 20
EVENTS = ["meeting.started", "meeting.ended", "meeting.participantJoined", "recording.statusUpdate"]


def webhooks_body(count: int = WEBHOOK_COUNT) -> dict[str, Any]:
    """The body of "Fetch all webhooks details" (docs/realtimekit/webhooks.md) with ``count`` webhooks."""
    return {
        "success": True,
        "data": [
            {
                "id": f"0b5e7c1a-4f1d-4d1e-9a3b-{index:012d}",
                "name": f"Webhook {index}",
                "url": f"https://hooks.example.com/realtimekit/{index}",
                "events": EVENTS,
                "enabled": index % 3 != 0,
                "created_at": "2025-01-15T10:20:30.000Z",
                "updated_at": "2025-02-01T08:00:00.000Z",
            }
            for index in range(count)
        ],
    }


MEETING_COUNT = 20


def meetings_body(count: int = MEETING_COUNT) -> dict[str, Any]:
    """The body of "Fetch all meetings for an App" (the API's published shape) with ``count``
    meetings, each with three date-times and a nested recording config."""
    return {
        "success": True,
        "data": [
            {
                "id": f"bbbd4c1e-4f1d-4d1e-9a3b-{index:012d}",
                "title": f"Meeting {index}",
                "status": "ACTIVE" if index % 2 else "INACTIVE",
                "created_at": "2025-01-15T10:20:30.000Z",
                "updated_at": "2025-02-01T08:00:00.000Z",
                "live_stream_on_start": False,
                "persist_chat": True,
                "record_on_start": False,
                "session_keep_alive_time_in_secs": 60,
                "summarize_on_end": False,
                "transcribe_on_end": False,
                "recording_config": {"max_seconds": 3600, "file_name_prefix": f"meeting-{index}"},
            }
            for index in range(count)
        ],
        "paging": {"total_count": count, "start_offset": 0, "end_offset": count - 1},
    }


def http_response(status: str, body: bytes) -> bytes:
    """A complete HTTP/1.1 keep-alive response with a JSON ``body``."""
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


WEBHOOKS = http_response("200 OK", json.dumps(webhooks_body()).encode())
MEETINGS = http_response("200 OK", json.dumps(meetings_body()).encode())
PING = http_response("200 OK", b'{"success": true}')
NOT_FOUND = http_response("404 Not Found", b'{"success": false, "error": {"message": "not found"}}')


def response_for(path: bytes) -> bytes:
    """The canned response for a request target (query string ignored)."""
    path = path.split(b"?", 1)[0]
    if path.endswith(b"/webhooks"):
        return WEBHOOKS
    if path.endswith(b"/meetings"):
        return MEETINGS
    if path == b"/ping":
        return PING
    return NOT_FOUND


class _Budget:
    """Counts answered requests and stops the loop when the budget is spent."""

    def __init__(self, loop: asyncio.AbstractEventLoop, limit: int) -> None:
        self.loop = loop
        self.left = limit

    def spend(self) -> None:
        self.left -= 1
        if self.left == 0:
            self.loop.stop()


class _Connection(asyncio.Protocol):
    """One keep-alive connection: parses request heads (and skips bodies) and writes canned answers."""

    def __init__(self, budget: _Budget) -> None:
        self.budget = budget
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = _content_length(head)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            parts = head.split(b" ", 2)
            target = parts[1] if len(parts) > 1 else b"/"
            assert self.transport is not None
            self.transport.write(response_for(target))
            self.budget.spend()


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip() or 0)
    return 0


def _stop_on_stdin_eof(loop: asyncio.AbstractEventLoop) -> None:
    """Stop the loop once stdin (a pipe) closes: the process that started the server is gone or
    done. Where stdin cannot be watched (a file, /dev/null), the lifetime alone bounds the server."""
    fd = sys.stdin.fileno()

    def readable() -> None:
        if not os.read(fd, 4096):
            loop.remove_reader(fd)
            loop.stop()

    with contextlib.suppress(OSError, ValueError):
        loop.add_reader(fd, readable)


def serve(lifetime: float, max_requests: int) -> None:
    """Serve on 127.0.0.1 until the lifetime, the request budget or stdin runs out."""
    loop = asyncio.new_event_loop()
    budget = _Budget(loop, max_requests)
    server = loop.run_until_complete(
        loop.create_server(lambda: _Connection(budget), "127.0.0.1", 0, backlog=64)
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    loop.call_later(lifetime, loop.stop)
    _stop_on_stdin_eof(loop)
    try:
        loop.run_forever()
    finally:
        server.close()
        loop.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lifetime", type=float, default=300.0, help="seconds before it stops")
    parser.add_argument("--max-requests", type=int, default=2_000_000, help="requests before it stops")
    args = parser.parse_args(argv)
    serve(args.lifetime, args.max_requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
