"""openapi-python-client's command line, with this project's patches to the generator installed first.

The command line only: the code is ``rtkgen.generator.patches``
(scripts/rtkgen/generator/patches.py), run here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.generator.patches", run_name="__main__")
