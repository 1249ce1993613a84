"""Convert markdown API docs into an OpenAPI 3.1 YAML document.

The command line only: the code is ``rtkgen.converter.cli`` (scripts/rtkgen/converter/cli.py), run
here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.converter.cli", run_name="__main__")
