"""Generate the Python client from an OpenAPI document, check it, and only then put it in place.

The command line only: the code is ``rtkgen.install.client_build``
(scripts/rtkgen/install/client_build.py), run here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.install.client_build", run_name="__main__")
