"""`make mock`: serve openapi.yaml with the mock server (Prism) on a local port, printed, so the
client can be tried with no account. Ctrl-C (or SIGTERM) stops it.

Usage: serve_mock.py [--spec openapi.yaml] [--port N]   (default: a free port)

Prism answers every request the spec allows with a body built from the documented schemas and
refuses the others (401 without a bearer token, 404 for an unknown path, 422 for a bad body).
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mock_server import MockServer, MockServerUnavailable  # noqa: E402

USAGE = """\
mock server: {url}  (serving {spec}; Ctrl-C stops it; log: {log})

    from realtimekit_client import RealtimeKit
    rtk = RealtimeKit(account_id="any", app_id="any", token="any", base_url="{url}")
    print(rtk.meetings.create(title="Try me").id)
"""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    log = Path(tempfile.mkdtemp(prefix="mock-")) / "prism.log"
    server = MockServer(ROOT, args.spec.resolve(), log=log, port=args.port)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.start()
    except MockServerUnavailable as error:
        print(f"make mock: {error}", file=sys.stderr)
        return 1
    try:
        print(USAGE.format(url=server.base_url, spec=args.spec, log=log), flush=True)
        if server.process is not None:
            server.process.wait()
            print(f"make mock: the mock server exited; its log:\n{server.log_tail()}", file=sys.stderr)
            return 1
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
