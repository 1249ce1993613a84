"""Issue 18's Done-when program for errors, written with the facade: one ``except RealtimeKitError``
handles a refused connection, a timeout, a 401, a 404 and a 422 (tests/test_error_family.py runs
it against the mock server and checks it with mypy --strict --disallow-any-expr)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from realtimekit_client import ApiConnectionError, ApiError, RealtimeKit, RealtimeKitError


@dataclass
class Caught:
    kind: str
    status: int | None
    text: str
    where: str


def attempt(call: Callable[[RealtimeKit], object], base_url: str, timeout: float = 5.0) -> Caught | None:
    """Run ``call`` on a facade pointed at ``base_url``; what it raised, or None when it succeeded."""
    with RealtimeKit(
        account_id="acc-1",
        app_id="app-1",
        token="mock-token",
        base_url=base_url,
        timeout=timeout,
        max_retries=0,
    ) as rtk:
        try:
            call(rtk)
        except RealtimeKitError as error:
            if isinstance(error, ApiError):
                return Caught(type(error).__name__, error.status_code, str(error), error.operation or "")
            if isinstance(error, ApiConnectionError):
                return Caught(type(error).__name__, None, str(error), f"{error.method} {error.url}")
            return Caught(type(error).__name__, None, str(error), "")
    return None


def run(mock_url: str, refused_url: str, silent_url: str) -> list[Caught | None]:
    """The five failures: nothing listens at ``refused_url``; ``silent_url`` accepts and never
    answers; the mock refuses another auth scheme (401), a path it does not serve (404), a body
    field of the wrong type (422)."""
    return [
        attempt(lambda rtk: rtk.meetings.create(title="refused"), refused_url),
        attempt(lambda rtk: rtk.meetings.create(title="slow"), silent_url, timeout=0.2),
        attempt(
            lambda rtk: rtk.meetings.create(title="x", extra_headers={"Authorization": "Basic eDp5"}),
            mock_url,
        ),
        attempt(lambda rtk: rtk.meetings.get("meeting-1"), mock_url + "/no-such-version"),
        attempt(lambda rtk: rtk.meetings.create(title="x", extra_body={"record_on_start": "yes"}), mock_url),
    ]
