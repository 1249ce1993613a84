"""Convert the upstream markdown API docs into an OpenAPI 3.1 document.

Stages, one module each, all pure functions:

* :mod:`.markdown_parser` -- markdown text into typed records (:mod:`.records`);
* :mod:`.openapi_builder` -- records into an OpenAPI dict (with :mod:`.skeletons` and
  :mod:`.naming`);
* :mod:`.convert` -- the stages together, over a list of files;
* :mod:`.yaml_writer` -- the dict into deterministic YAML, written atomically.
"""
