"""Print the API changes from one OpenAPI document to another, and the version that follows.

The command line only: the code is ``rtkgen.changes.cli`` (scripts/rtkgen/changes/cli.py), run here
as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.changes.cli", run_name="__main__")
