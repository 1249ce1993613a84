"""``make check``: the committed spec, client and change log are what the docs produce.

The command line only: the code is ``rtkgen.install.output_check``
(scripts/rtkgen/install/output_check.py), run here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.install.output_check", run_name="__main__")
