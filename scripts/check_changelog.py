"""Check that CHANGES.md matches the spec (``make check`` runs it; see rtkgen.changes.changelog_rules).

The command line only: the code is ``rtkgen.changes.changelog_cli``
(scripts/rtkgen/changes/changelog_cli.py), run here as ``__main__``."""

import runpy

if __name__ == "__main__":
    runpy.run_module("rtkgen.changes.changelog_cli", run_name="__main__")
