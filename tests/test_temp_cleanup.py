"""A test session leaves nothing in the temporary folder, however its process ends.

Each test process keeps the pipeline's caches in a folder of its own (tests/conftest.py). A
process that ends without its exit handlers (mutmut ends each mutant's worker with
``os._exit``) left that folder behind: thousands of them after a mutation run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

# a pytest session that ends its process as a mutmut worker does: no exit handlers run
SESSION = """
import os, sys
import pytest
code = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:randomly", sys.argv[1]])
os._exit(int(code))
"""


def test_a_session_removes_its_cache_folder_when_its_process_skips_the_exit_handlers(
    tmp_path: Path,
) -> None:
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    one_test = "tests/test_slow_marker.py::test_the_hook_puts_the_marker_on"
    finished = subprocess.run(
        [sys.executable, "-c", SESSION, one_test],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "1 passed" in finished.stdout
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("pipeline-cache-")) == []
