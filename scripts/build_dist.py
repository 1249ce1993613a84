"""`make dist`: build the generated client's wheel and sdist into ``dist/`` and check them.

The command line only: the code is ``rtkgen.release.build`` (scripts/rtkgen/release/build.py), run
here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.release.build", run_name="__main__")
