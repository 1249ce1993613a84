"""The Prism mock server (``@stoplight/prism-cli``, pinned in package.json) as a child process.

The contract tests call the generated client against a real server built from ``openapi.yaml``:
Prism validates every request against the spec (path, method, bearer token, query, body) and
answers with bodies generated from the documented schemas.

    with MockServer(ROOT, ROOT / "openapi.yaml", log=path) as server:
        server.base_url   # http://127.0.0.1:PORT

The server binds a free loopback port, runs in its own process group (so that no child
outlives it) and is stopped with SIGTERM to that group on ``stop()``, on leaving the ``with``
block, at interpreter exit, and (on Linux) when the Python process dies. A missing ``node`` or
a missing ``npm ci`` raises :class:`MockServerUnavailable` with what to install, never a hang.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

PRISM = Path("node_modules") / ".bin" / "prism"
INSTALL_HINT = (
    "the contract tests need Node.js (20 or later) and npm: install them (for example "
    "`apt-get install nodejs npm`), then run `make test`, which runs `npm ci` to install the "
    "mock server pinned in package.json"
)
_PR_SET_PDEATHSIG = 1


class MockServerUnavailable(RuntimeError):
    """The mock server cannot be started; the message says why and what to do."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def prism_command(
    root: Path, spec: Path, port: int, *, which: Callable[[str], str | None] = shutil.which
) -> list[str]:
    """The command that starts Prism on ``port`` for ``spec``; raises when node or Prism is missing.

    Prism is started from node_modules directly: through ``npx`` its node child would outlive a
    stopped parent.
    """
    node = which("node")
    if node is None:
        raise MockServerUnavailable(f"`node` is not on PATH: {INSTALL_HINT}")
    prism = root / PRISM
    if not prism.exists():
        hint = "run `npm ci` in " + str(root) if which("npm") else INSTALL_HINT
        raise MockServerUnavailable(f"{prism} is missing: {hint}")
    # The options are verified with Prism 5.16.0: static examples from the schemas, --errors
    # turns a response that breaks its own schema into a 500, -v warn keeps the log short.
    return [
        node,
        str(prism),
        "mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--errors",
        "--verboseLevel",
        "warn",
        str(spec),
    ]


def answers_http(port: int, timeout: float = 1.0) -> bool:
    """True once something on ``port`` answers an HTTP request (Prism: 404 for ``GET /``)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", "/")
        connection.getresponse().read()
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()
    return True


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the Python process dies (Linux only)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class MockServer:
    """Prism serving ``spec`` on a free loopback port; see the module docstring."""

    def __init__(
        self, root: Path, spec: Path, *, log: Path, start_timeout: float = 120.0, port: int = 0
    ) -> None:
        self.root = root
        self.fixed_port = port  # 0: a free port
        self.spec = spec
        self.log = log
        self.start_timeout = start_timeout
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        """The URL the client uses: Prism serves the spec's paths at its root (no /client/v4)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, attempts: int = 3) -> MockServer:
        """Start Prism and wait until it answers; retries on a port taken in the meantime."""
        for attempt in range(1, attempts + 1):
            self.port = self.fixed_port or free_port()
            command = prism_command(self.root, self.spec, self.port)
            self._spawn(command)
            if self._wait_until_ready():
                return self
            exited = self.process is not None and self.process.poll() is not None
            self.stop()
            if attempt == attempts or "EADDRINUSE" not in self.log_tail():
                break
        what = "exited" if exited else f"did not answer within {self.start_timeout:.0f} s"
        raise MockServerUnavailable(
            f"the mock server {what} ({' '.join(command)}); "
            f"its log ({self.log}) ends with:\n{self.log_tail()}"
        )

    def _spawn(self, command: list[str]) -> None:
        """Run ``command`` in a new session (its own process group), its output to the log."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1", "FORCE_COLOR": "0"}
        with self.log.open("wb") as log:
            try:
                self.process = subprocess.Popen(
                    command,
                    cwd=self.root,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                    start_new_session=True,
                    preexec_fn=_die_with_parent if sys.platform == "linux" else None,
                )
            except OSError as error:
                raise MockServerUnavailable(f"cannot run {command[0]} ({error}): {INSTALL_HINT}") from error
        atexit.register(self.stop)

    def _wait_until_ready(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                return False
            if answers_http(self.port):
                return True
            time.sleep(0.05)
        return False

    def log_tail(self, limit: int = 3000) -> str:
        """The end of the server's log, for error messages."""
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-limit:]
        except OSError:
            return "(no log)"

    def stop(self, grace: float = 10.0) -> None:
        """SIGTERM the server's process group, SIGKILL it after ``grace`` seconds; idempotent."""
        process, self.process = self.process, None
        atexit.unregister(self.stop)
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        with contextlib.suppress(ProcessLookupError):  # any member of the group still alive
            os.killpg(process.pid, signal.SIGKILL)

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
