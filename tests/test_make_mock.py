"""`make mock` (scripts/serve_mock.py): the mock server on a local port, printed first, which the
facade can use with no account; SIGTERM stops it and its Prism."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

from realtimekit_client import RealtimeKit

from conftest import HANG_GUARD_SECONDS, ROOT


def test_make_mock_prints_a_url_the_facade_can_use() -> None:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve_mock.py")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        found = re.match(r"mock server: (http://127\.0\.0\.1:\d+) ", first)
        assert found, first + (process.stderr.read() if process.stderr and process.poll() is not None else "")
        with RealtimeKit(account_id="any", app_id="any", token="any", base_url=found.group(1)) as rtk:
            assert isinstance(rtk.meetings.create(title="Try me").id, str)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=HANG_GUARD_SECONDS) == 0
