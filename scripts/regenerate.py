"""The whole pipeline: docs -> OpenAPI document -> generated client, all or nothing.

The command line only: the code is ``rtkgen.install.pipeline`` (scripts/rtkgen/install/pipeline.py),
run here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.install.pipeline", run_name="__main__")
