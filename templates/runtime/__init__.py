"""The client's runtime: the hand-written modules of the generated package (not a template).

Every other ``*.py`` file of this folder is copied, as it is, into the generated package at each
regeneration (the first post_hook of ``generator-config.yaml``), over the generator's own
``client.py``, ``errors.py`` and ``types.py``; ruff formats them there with the rest. This file
is not copied (the package's ``__init__.py`` is ``templates/package_init.py.jinja``): it makes
the folder a package, so that ``make lint`` checks the modules and their relative imports
(``from .types import Unset``) with ruff and mypy --strict before any generation.
"""
